// `npm run bench`: the app measured in a real browser on a journal of 520 weeks.
//
// Builds the app with its bench pages (BENCH=1, into its own folder), serves it with `vite preview`
// on 127.0.0.1, seeds the journal through the app's own storage code (bench.html), then measures
// in Debian's Chromium, each figure the median of several runs, and, where a floor exists, as a
// ratio to that floor measured in the same run. Prints JSON.
//
//   BENCH_PORT (default 4219), BENCH_DIST (default /tmp/worklog-bench-dist),
//   BENCH_SKIP_BUILD=1 to reuse a build, BENCH_RUNS (cold loads per page, default 7).

import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'

const root = fileURLToPath(new URL('..', import.meta.url))
const HOST = '127.0.0.1'
const PORT = Number(process.env.BENCH_PORT ?? 4219)
const DIST = path.resolve(process.env.BENCH_DIST ?? '/tmp/worklog-bench-dist')
const BASE = `http://${HOST}:${PORT}`
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const WEEKS = 520

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`)

function build(): void {
  if (process.env.BENCH_SKIP_BUILD === '1') return
  log(`building into ${DIST}`)
  const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  const r = spawnSync(
    process.execPath,
    [viteBin, 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: root,
      env: { ...process.env, BENCH: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  if (r.status !== 0) throw new Error('vite build failed')
}

async function serve(): Promise<ChildProcess> {
  const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', HOST, '--port', String(PORT), '--strictPort', '--outDir', DIST],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    },
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
 * Runs in every page before its own scripts: records, for the condition named by `window.__contentCheck`,
 * the time just after the frame that first showed it was painted (a task posted from that frame's
 * requestAnimationFrame runs after the paint).
 */
const WATCHER = `(() => {
  // tsx compiles the functions passed to page.evaluate with esbuild's keepNames, which calls __name.
  window.__name = window.__name || ((f) => f)
  const checks = {
    blank: () => !!document.getElementById('blank'),
    overview: () => !!document.querySelector('main table tbody tr li') && !!document.querySelector('main h1'),
    week: () => !!document.querySelector('main [data-save-status]') && !!document.querySelector('section[aria-labelledby=summary-heading] textarea') && !!document.querySelector('main [role=group] li button'),
  }
  window.__afterPaint = (fn) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => fn(performance.now()); ch.port2.postMessage(0) })
  const loop = () => {
    const check = checks[window.__contentKind]
    if (check && check()) { window.__afterPaint((t) => { window.__contentAt = t }); return }
    requestAnimationFrame(loop)
  }
  requestAnimationFrame(loop)
})()`

async function launch(profileDir: string): Promise<BrowserContext> {
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

async function coldLoad(
  profileDir: string,
  url: string,
  kind: string,
): Promise<{ fcp: number; content: number }> {
  const ctx = await launch(profileDir)
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage())
    await page.addInitScript(`window.__contentKind = ${JSON.stringify(kind)}`)
    await page.goto(url)
    await page.waitForFunction(
      () => (window as unknown as { __contentAt?: number }).__contentAt !== undefined,
      null,
      { polling: 50 },
    )
    return await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      content: (window as unknown as { __contentAt: number }).__contentAt,
    }))
  } finally {
    await ctx.close()
  }
}

async function waitContent(page: Page, kind: string): Promise<void> {
  await page.evaluate((k) => {
    const w = window as unknown as { __contentKind: string; __contentAt?: number }
    w.__contentAt = undefined
    w.__contentKind = k
  }, kind)
  await page.waitForFunction(
    () => (window as unknown as { __contentAt?: number }).__contentAt !== undefined,
    null,
    { polling: 50 },
  )
}

/** Click "Next week →" and time it until the next week's content has been painted. */
async function nextWeek(page: Page, to: number): Promise<number> {
  return page.evaluate(
    (n) =>
      new Promise<number>((resolve, reject) => {
        const w = window as unknown as { __afterPaint: (fn: (t: number) => void) => void }
        const link = document.querySelector<HTMLAnchorElement>('a[rel=next]')
        if (!link) return reject(new Error('no next-week link'))
        const ready = () =>
          document.querySelector('main h1')?.textContent === `Week ${n}` &&
          (
            document.querySelector<HTMLTextAreaElement>('section[aria-labelledby=summary-heading] textarea')
              ?.value ?? ''
          ).startsWith(`Week ${n}:`)
        const t0 = performance.now()
        link.click()
        const loop = () => {
          if (ready()) w.__afterPaint((t) => resolve(t - t0))
          else if (performance.now() - t0 > 10_000) reject(new Error(`week ${n} did not show`))
          else requestAnimationFrame(loop)
        }
        requestAnimationFrame(loop)
      }),
    to,
  )
}

async function main() {
  build()
  const server = await serve()
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'worklog-bench-profile-'))
  const closeAll = () => {
    server.kill('SIGTERM')
    rmSync(profileDir, { recursive: true, force: true })
  }
  try {
    // Seed.
    let ctx = await launch(profileDir)
    let page = ctx.pages()[0] ?? (await ctx.newPage())
    await page.goto(`${BASE}/bench.html`)
    await page.waitForFunction(() => 'bench' in window)
    const seeded = await page.evaluate((weeks) => window.bench!.seed(weeks), WEEKS)
    log(
      `seeded ${seeded.weeks} weeks, ${seeded.tasks} tasks, ${seeded.items} achievement items in ${Math.round(seeded.ms)} ms`,
    )
    await ctx.close()
    const journal = seeded.journalId
    const weekNumber = 260
    const urls = {
      blank: `${BASE}/bench-blank.html`,
      overview: `${BASE}/j/${journal}`,
      week: `${BASE}/j/${journal}/w/${weekNumber}`,
    }

    // Cold loads: a new browser process on the seeded profile each time, the pages interleaved.
    const cold: Record<keyof typeof urls, { fcp: number[]; content: number[] }> = {
      blank: { fcp: [], content: [] },
      overview: { fcp: [], content: [] },
      week: { fcp: [], content: [] },
    }
    // One warm-up round (disk caches, the first IndexedDB open of the profile), not counted.
    for (const kind of ['blank', 'overview', 'week'] as const) await coldLoad(profileDir, urls[kind], kind)
    for (let run = 0; run < RUNS; run++) {
      for (const kind of ['blank', 'overview', 'week'] as const) {
        const r = await coldLoad(profileDir, urls[kind], kind)
        cold[kind].fcp.push(r.fcp)
        cold[kind].content.push(r.content)
      }
    }
    log('cold loads done')

    ctx = await launch(profileDir)
    page = ctx.pages()[0] ?? (await ctx.newPage())

    // Switching to the next week.
    await page.goto(urls.week)
    await waitContent(page, 'week')
    const switches: number[] = []
    for (let i = 1; i <= 12; i++) switches.push(await nextWeek(page, weekNumber + i))
    log('week switches done')

    // Typing in a task's title: key press to the next paint, and the long tasks meanwhile.
    await page.goto(urls.week)
    await waitContent(page, 'week')
    await page.locator('main [role=group] li button').first().click()
    const title = page.getByLabel('Task title', { exact: true })
    await title.focus()
    await page.keyboard.press('End')
    await page.evaluate(() => {
      const w = window as unknown as {
        __keys: number[]
        __longTasks: number[]
        __events: number[]
        __afterPaint: (fn: (t: number) => void) => void
      }
      w.__keys = []
      w.__longTasks = []
      w.__events = []
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => w.__longTasks.push(e.duration)),
      ).observe({ type: 'longtask' })
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => {
          if (e.name === 'keydown' || e.name === 'keypress' || e.name === 'keyup' || e.name === 'input')
            w.__events.push(e.duration)
        }),
      ).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
      document.addEventListener(
        'keydown',
        (e) => {
          const start = e.timeStamp
          w.__afterPaint((t) => w.__keys.push(t - start))
        },
        true,
      )
    })
    const typed = ' measured while typing in the title'
    for (const ch of typed) {
      await page.keyboard.press(ch === ' ' ? 'Space' : ch)
      await page.waitForTimeout(60)
    }
    await page.waitForTimeout(1500) // the debounced save runs inside the observed window too
    const typing = await page.evaluate(() => {
      const w = window as unknown as { __keys: number[]; __longTasks: number[]; __events: number[] }
      return { keys: w.__keys, longTasks: w.__longTasks, events: w.__events }
    })
    const titleValue = await title.inputValue()
    if (!titleValue.endsWith(typed)) throw new Error(`typing did not reach the field: ${titleValue}`)
    log('typing done')

    // Saving a week edit against a bare IndexedDB put of the same record.
    await page.goto(`${BASE}/bench.html`)
    await page.waitForFunction(() => 'bench' in window)
    const saves = await page.evaluate(
      ([j, n]) => window.bench!.saveTimes(j as string, n as number, 31),
      [journal, 400],
    )
    const summariesRead = await page.evaluate((j) => window.bench!.readSummaries(j, 5), journal)
    log('saves done')

    // JS heap with the overview open (after a garbage collection), and with the blank page.
    const heapOf = async (url: string, kind: string) => {
      await page.goto(url)
      await waitContent(page, kind)
      const cdp = await ctx.newCDPSession(page)
      await cdp.send('HeapProfiler.collectGarbage')
      const { usedSize } = await cdp.send('Runtime.getHeapUsage')
      await cdp.detach()
      return usedSize / 1024 / 1024
    }
    const heapOverview = await heapOf(urls.overview, 'overview')
    const heapBlank = await heapOf(urls.blank, 'blank')
    const domNodes = await (async () => {
      await page.goto(urls.overview)
      await waitContent(page, 'overview')
      return page.evaluate(() => ({
        nodes: document.getElementsByTagName('*').length,
        rows: document.querySelectorAll('main tbody tr').length,
      }))
    })()
    await ctx.close()

    const m = (xs: number[]) => round(median(xs))
    const blankFcp = median(cold.blank.fcp)
    const blankContent = median(cold.blank.content)
    const saveApp = median(saves.app)
    const saveBare = median(saves.bare)
    const maxLong = typing.longTasks.length ? Math.max(...typing.longTasks) : 0
    const result = {
      journal: {
        weeks: seeded.weeks,
        tasks: seeded.tasks,
        achievementItems: seeded.items,
        seedMs: Math.round(seeded.ms),
      },
      runs: RUNS,
      coldLoad: {
        blank: { fcpMs: m(cold.blank.fcp), contentMs: m(cold.blank.content) },
        overview: {
          fcpMs: m(cold.overview.fcp),
          contentMs: m(cold.overview.content),
          fcpRatio: round(median(cold.overview.fcp) / blankFcp, 2),
          contentRatio: round(median(cold.overview.content) / blankContent, 2),
          goal: 'content ≤ 1.5 × blank',
        },
        week: {
          fcpMs: m(cold.week.fcp),
          contentMs: m(cold.week.content),
          fcpRatio: round(median(cold.week.fcp) / blankFcp, 2),
          contentRatio: round(median(cold.week.content) / blankContent, 2),
        },
      },
      nextWeek: {
        medianMs: m(switches),
        maxMs: round(Math.max(...switches)),
        runs: switches.length,
        goal: '≤ 50 ms',
      },
      typing: {
        keys: typing.keys.length,
        keyToPaintMedianMs: m(typing.keys),
        keyToPaintMaxMs: round(Math.max(...typing.keys)),
        eventTimingOver16Ms: typing.events.length,
        longTasks: typing.longTasks.length,
        longestTaskMs: round(maxLong),
        goal: 'no task over 50 ms',
      },
      save: {
        appMs: round(saveApp, 2),
        bareMs: round(saveBare, 2),
        ratio: round(saveApp / saveBare, 2),
        runs: saves.app.length,
        goal: '≤ 2 × bare put',
      },
      overviewRead: { summariesMs: m(summariesRead), note: 'listWeekSummaries of the 520 weeks, warm' },
      heap: { overviewMB: round(heapOverview, 2), blankMB: round(heapBlank, 2), overviewDom: domNodes },
    }
    const pass = {
      overviewLoad: result.coldLoad.overview.contentRatio <= 1.5,
      nextWeek: result.nextWeek.medianMs <= 50,
      typing: maxLong <= 50,
      save: result.save.ratio <= 2,
    }
    console.log(JSON.stringify({ ...result, pass }, null, 2))
  } finally {
    closeAll()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
