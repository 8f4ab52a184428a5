import { defineConfig } from 'vitest/config'

// Real-browser tests: headless Debian Chromium (/usr/bin/chromium) driven by
// playwright-core against `vite preview` of the built dist/ (see e2e/global-setup.ts).
// Run `npm run build` first.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
})
