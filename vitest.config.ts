import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // builds dist/, which the tests that start the service as a process run
    globalSetup: ['test/support/global-setup.ts'],
    // servers and a real browser start inside tests: allow them time, never assert on it
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
