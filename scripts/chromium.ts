// Debian's Chromium and the flags it runs with here, shared by the browser tests (e2e/harness.ts) and the
// benchmark (scripts/bench.ts). `npx playwright install` cannot work on these machines: no downloads.
export const CHROMIUM_PATH = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
