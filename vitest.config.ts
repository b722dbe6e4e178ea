import { defineConfig } from 'vitest/config';

// Two projects: fast unit and fixture suites in Node (jsdom where a DOM is needed), and the real-browser
// end-to-end suite, which runs the built extension in headless Chromium and Firefox (needs `node build.mjs`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
