import { defineConfig } from 'vitest/config';

/** One test run for every tier: core unit tests, database and route tests, browser journeys. */
export default defineConfig({
  test: {
    root: '.',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    // Browser journeys poll pages that load lazily and imports that run in the background: on a
    // busy two-core machine that takes seconds, not the one second vitest waits by default.
    expect: { poll: { timeout: 30_000 } },
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
