import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each test runs the real command in a child process (tsx, a fresh database): one file at a time, with room for a
    // loaded machine. Speed is measured by benchmarks, not here.
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
