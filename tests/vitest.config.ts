import { defineConfig } from 'vitest/config';

// Waits in these suites are for events (an element appears, a server answers), never fixed pauses. Their limits
// only catch a hang: they are set for a loaded two-core CI machine, where a page can take many seconds.
const waitsForEvents = { expect: { poll: { timeout: 60_000, interval: 100 } } };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          ...waitsForEvents,
        },
      },
      {
        test: { name: 'reliability', include: ['reliability/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000, fileParallelism: false, ...waitsForEvents },
      },
    ],
  },
});
