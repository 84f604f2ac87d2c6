import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // servers and a real browser start inside tests: allow them time, never assert on it
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
