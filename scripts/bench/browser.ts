// The browser side of `npm run bench`: the build, `vite preview`, Chromium with the paint watcher, and
// cold loads (a new browser process on a profile each time).

import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium'

export const root = fileURLToPath(new URL('../..', import.meta.url))
const HOST = '127.0.0.1'
const PORT = Number(process.env.BENCH_PORT ?? 4219)
export const DIST = path.resolve(process.env.BENCH_DIST ?? '/tmp/worklog-bench-dist')
export const BASE = `http://${HOST}:${PORT}`
const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js')

export const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`)

export function build(outDir: string, bench: boolean): void {
  log(`building into ${outDir}`)
  const r = spawnSync(
    process.execPath,
    [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: root,
      env: { ...process.env, BENCH: bench ? '1' : '' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  if (r.status !== 0) throw new Error('vite build failed')
}

export async function serve(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', HOST, '--port', String(PORT), '--strictPort', '--outDir', DIST],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  )
  let out = ''
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited:\n${out}`)
    try {
      if ((await fetch(`${BASE}/bench-blank.html`)).ok) return child
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill('SIGKILL')
  throw new Error(`vite preview did not answer on ${BASE}:\n${out}`)
}

/**
 * Runs in every page before its own scripts: for the condition named by `window.__contentKind`, records
 * the time just after the frame that first showed it was painted (`__contentAt`; a task posted from that
 * frame's requestAnimationFrame runs after the paint), and the same for the first frame that showed it
 * from live data, with no screen snapshot left on the page (`__liveAt`).
 */
const WATCHER = `(() => {
  // tsx compiles the functions passed to page.evaluate with esbuild's keepNames, which calls __name.
  window.__name = window.__name || ((f) => f)
  const checks = {
    blank: () => !!document.getElementById('blank'),
    overview: () => !!document.querySelector('main table tbody tr li') && !!document.querySelector('main h1'),
    week: () => !!document.querySelector('main [data-save-status]') && !!document.querySelector('section[aria-labelledby=summary-heading] textarea') && !!document.querySelector('main [role=group] li button'),
    board: () => !!document.querySelector('[data-board-ready]'),
    review: () => !!document.querySelector('main h1') && !document.querySelector('main')?.textContent?.includes('Loading…'),
  }
  window.__afterPaint = (fn) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => fn(performance.now()); ch.port2.postMessage(0) })
  window.__watch = () => {
    let marked = false
    const loop = () => {
      const check = checks[window.__contentKind]
      if (check && check()) {
        if (!marked) { marked = true; window.__afterPaint((t) => { window.__contentAt = t }) }
        if (!document.querySelector('[data-snapshot]')) { window.__afterPaint((t) => { window.__liveAt = t }); return }
      }
      requestAnimationFrame(loop)
    }
    requestAnimationFrame(loop)
  }
  window.__watch()
})()`

export async function launch(profileDir: string): Promise<BrowserContext> {
  // Service workers are blocked: every load is served by vite preview, the same way as the blank page.
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    serviceWorkers: 'block',
  })
  ctx.setDefaultTimeout(60_000)
  await ctx.addInitScript(WATCHER)
  return ctx
}

type W = { __contentAt?: number; __liveAt?: number; __contentKind: string; __watch: () => void }

export interface ColdLoad {
  fcp: number
  /** The screen's content painted (from a snapshot when one was kept). */
  content: number
  /** The screen's content painted from the live read. */
  live: number
}

/** A new browser process on the profile; the page loaded until its live content has been painted. */
export async function coldLoad(profileDir: string, url: string, kind: string): Promise<ColdLoad> {
  const ctx = await launch(profileDir)
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage())
    await page.addInitScript(`window.__contentKind = ${JSON.stringify(kind)}`)
    await page.goto(url)
    await page.waitForFunction(() => (window as unknown as W).__liveAt !== undefined, null, { polling: 50 })
    const r = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      content: (window as unknown as W).__contentAt!,
      live: (window as unknown as W).__liveAt!,
    }))
    // The screen keeps its snapshot a moment after painting: let it, as a person's visit would.
    await page.waitForTimeout(400)
    return r
  } finally {
    await ctx.close()
  }
}

export async function waitContent(page: Page, kind: string): Promise<void> {
  await page.evaluate((k) => {
    const w = window as unknown as W
    w.__contentAt = undefined
    w.__liveAt = undefined
    w.__contentKind = k
    w.__watch()
  }, kind)
  await page.waitForFunction(() => (window as unknown as W).__liveAt !== undefined, null, { polling: 50 })
}

/** Starts watching, in the page, for `text` on screen; `markedAt` then waits for the time just after that paint. */
export async function watchText(page: Page, text: string, mark: string): Promise<void> {
  await page.evaluate(
    ([t, m]) => {
      const w = window as unknown as Record<string, unknown> & {
        __afterPaint: (fn: (t: number) => void) => void
      }
      w[m] = undefined
      const loop = () => {
        if (document.body.textContent?.includes(t)) w.__afterPaint((at) => (w[m] = at))
        else requestAnimationFrame(loop)
      }
      loop()
    },
    [text, mark] as const,
  )
}

export async function markedAt(page: Page, mark: string): Promise<number> {
  await page.waitForFunction((m) => (window as unknown as Record<string, unknown>)[m] !== undefined, mark, {
    polling: 50,
  })
  return page.evaluate((m) => (window as unknown as Record<string, number>)[m]!, mark)
}
