import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    restoreMocks: true,
    // Network tests start their own servers on loopback; keep the 2-core machine breathing.
    maxWorkers: 2,
  },
})
