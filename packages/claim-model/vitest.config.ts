import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI runs every package at once on two cores: generous limits; speed is measured by benchmarks, not here.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
