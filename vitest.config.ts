import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI scenario tests spawn no processes: they call run…() in-process, so the default pool is fine.
    testTimeout: 20_000,
  },
});
