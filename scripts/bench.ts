// `npm run bench`: the app measured in a real browser, on journals of 12, 52 and 520 weeks and a mentor's
// cohort of 50 interns × 12 weeks.
//
// Builds the app with its bench pages (BENCH=1, into its own folder), serves it with `vite preview`
// on 127.0.0.1, seeds the journals through the app's own storage code (bench.html), then measures
// in Debian's Chromium, each figure the median of several runs, and, where a floor exists, as a
// ratio to that floor measured in the same run. Prints JSON.
//
//   BENCH_PORT (default 4219), BENCH_DIST (default /tmp/worklog-bench-dist),
//   BENCH_SKIP_BUILD=1 to reuse a build, BENCH_RUNS (cold loads per page, default 7),
//   BENCH_SKIP_SIZE=1 to leave out the first-page JavaScript (a second, normal build).

import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  BASE,
  build,
  coldLoad,
  DIST,
  launch,
  log,
  root,
  serve,
  waitContent,
  type ColdLoad,
} from './bench/browser'
import { importThroughApp, nextWeek, typing } from './bench/flows'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const SIZES = [520, 52, 12] as const
const CORPUS_SITE = path.resolve(root, '../shared/corpus/36JungKwan+InternshipReport')

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!
}
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits
const m = (xs: number[]) => round(median(xs))

/** The first page's JavaScript, gzip, from a normal build (scripts/size.mjs). */
function firstPageJs(): { totalKB: number; budgetKB: number } | null {
  if (process.env.BENCH_SKIP_SIZE === '1') return null
  const out = `${DIST}-size`
  build(out, false)
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'size.mjs')], {
    cwd: root,
    env: { ...process.env, SIZE_DIST: out },
    encoding: 'utf8',
  })
  rmSync(out, { recursive: true, force: true })
  const json = r.stdout.slice(r.stdout.indexOf('{'), r.stdout.lastIndexOf('}') + 1)
  const report = JSON.parse(json) as { totalKB: number; budgetKB: number }
  return { totalKB: report.totalKB, budgetKB: report.budgetKB }
}

/** Whether the build has the cohort board's ready mark (the board at /review). */
function hasBoard(): boolean {
  const assets = path.join(DIST, 'assets')
  return readdirSync(assets).some(
    (f) => f.endsWith('.js') && readFileSync(path.join(assets, f), 'utf8').includes('data-board-ready'),
  )
}

type Load = { fcp: number[]; content: number[]; live: number[] }
const emptyLoad = (): Load => ({ fcp: [], content: [], live: [] })
const push = (into: Load, r: ColdLoad) => {
  into.fcp.push(r.fcp)
  into.content.push(r.content)
  into.live.push(r.live)
}
const summary = (load: Load, blank: Load) => ({
  contentMs: m(load.content),
  liveMs: m(load.live),
  contentRatio: round(median(load.content) / median(blank.content), 2),
  liveRatio: round(median(load.live) / median(blank.content), 2),
})

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== '1') build(DIST, true)
  const size = firstPageJs()
  const server = await serve()
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'worklog-bench-profile-'))
  const boardProfile = mkdtempSync(path.join(os.tmpdir(), 'worklog-bench-mentor-'))
  const closeAll = () => {
    server.kill('SIGTERM')
    rmSync(profileDir, { recursive: true, force: true })
    rmSync(boardProfile, { recursive: true, force: true })
  }
  try {
    // Seed the three journals.
    let ctx = await launch(profileDir)
    let page = ctx.pages()[0] ?? (await ctx.newPage())
    await page.goto(`${BASE}/bench.html`)
    await page.waitForFunction(() => 'bench' in window)
    const journals: Record<number, { id: string; items: number; tasks: number }> = {}
    for (const [i, weeks] of SIZES.entries()) {
      const s = await page.evaluate(([w, seed]) => window.bench!.seed(w, seed), [weeks, 42 + i] as const)
      journals[weeks] = { id: s.journalId, items: s.items, tasks: s.tasks }
      log(`seeded ${s.weeks} weeks, ${s.tasks} tasks, ${s.items} achievement items in ${Math.round(s.ms)} ms`)
    }
    await ctx.close()
    const urls = (weeks: number) => ({
      overview: `${BASE}/j/${journals[weeks]!.id}`,
      week: `${BASE}/j/${journals[weeks]!.id}/w/${weeks / 2}`,
    })
    const blankUrl = `${BASE}/bench-blank.html`

    // Cold loads, interleaved; one warm-up round (disk caches, the first IndexedDB open, the screens'
    // snapshots kept by a first visit) not counted.
    const blank = emptyLoad()
    const cold = Object.fromEntries(SIZES.map((w) => [w, { overview: emptyLoad(), week: emptyLoad() }]))
    for (let run = -1; run < RUNS; run++) {
      const r = await coldLoad(profileDir, blankUrl, 'blank')
      if (run >= 0) push(blank, r)
      for (const weeks of SIZES) {
        for (const kind of ['overview', 'week'] as const) {
          const load = await coldLoad(profileDir, urls(weeks)[kind], kind)
          if (run >= 0) push(cold[weeks]![kind], load)
        }
      }
    }
    log('cold loads done')

    ctx = await launch(profileDir)
    page = ctx.pages()[0] ?? (await ctx.newPage())
    const big = urls(520)
    const start = 260
    await page.goto(big.week)
    await waitContent(page, 'week')
    const switches: number[] = []
    const switchesVisible: number[] = []
    for (let i = 1; i <= 12; i++) {
      const r = await nextWeek(page, start + i)
      switches.push(r.full)
      switchesVisible.push(r.visible)
    }
    log('week switches done')

    const typed = await typing(page, big.week)
    log('typing done')

    await page.goto(`${BASE}/bench.html`)
    await page.waitForFunction(() => 'bench' in window)
    const id520 = journals[520]!.id
    const saves = await page.evaluate(([j, n]) => window.bench!.saveTimes(j, n, 31), [id520, 400] as const)
    const parts = await page.evaluate(([j, n]) => window.bench!.saveParts(j, n, 31), [id520, 400] as const)
    const summariesRead = await page.evaluate((j) => window.bench!.readSummaries(j, 5), id520)
    log('saves done')

    // Import of a 12-week site folder through the app, against the codec alone on the same files.
    let imported: Record<string, unknown> | null = null
    if (existsSync(CORPUS_SITE)) {
      const preview: number[] = []
      const store: number[] = []
      for (let i = 0; i < 3; i++) {
        const r = await importThroughApp(page, CORPUS_SITE, 12, `Import Bench ${i + 1}`)
        preview.push(r.previewMs)
        store.push(r.storeMs)
      }
      await page.goto(`${BASE}/bench.html`)
      await page.waitForFunction(() => 'bench' in window)
      await page.locator('#bench-folder').setInputFiles(CORPUS_SITE)
      const codec = await page.evaluate(() => window.bench!.codecTimes(5))
      const app = median(preview) + median(store)
      imported = {
        folder: path.basename(CORPUS_SITE),
        files: codec.files,
        weeks: codec.weeks,
        appPickToPreviewMs: m(preview),
        appImportToStoredMs: m(store),
        appTotalMs: round(app),
        codecAloneMs: m(codec.ms),
        ratio: round(app / median(codec.ms), 2),
        runs: preview.length,
      }
      log('import done')
    }
    await ctx.close()

    // The mentor's cohort board from a cold browser, on its own profile.
    ctx = await launch(boardProfile)
    page = ctx.pages()[0] ?? (await ctx.newPage())
    await page.goto(`${BASE}/bench.html`)
    await page.waitForFunction(() => 'bench' in window)
    const cohort = await page.evaluate(() => window.bench!.seedCohort(50, 12))
    await ctx.close()
    log(
      `seeded a cohort of ${cohort.journals} journals, ${cohort.weeks} weeks in ${Math.round(cohort.ms)} ms`,
    )
    const board = hasBoard()
    const boardBlank = emptyLoad()
    const boardLoad = emptyLoad()
    for (let run = -1; run < RUNS; run++) {
      const b = await coldLoad(boardProfile, blankUrl, 'blank')
      const r = await coldLoad(boardProfile, `${BASE}/review`, board ? 'board' : 'review')
      if (run < 0) continue
      push(boardBlank, b)
      push(boardLoad, r)
    }
    log('board done')

    const saveApp = median(saves.app)
    const saveBare = median(saves.bare)
    const result = {
      journals: Object.fromEntries(
        SIZES.map((w) => [w, { tasks: journals[w]!.tasks, achievementItems: journals[w]!.items }]),
      ),
      runs: RUNS,
      load: os.loadavg().map((x) => round(x, 2)),
      coldLoad: {
        blank: { fcpMs: m(blank.fcp), contentMs: m(blank.content) },
        ...Object.fromEntries(
          SIZES.map((w) => [
            `weeks${w}`,
            { overview: summary(cold[w]!.overview, blank), week: summary(cold[w]!.week, blank) },
          ]),
        ),
        note: 'content: first paint of the screen (a kept snapshot when there is one); live: painted from IndexedDB. Ratios ÷ the blank page.',
        goal: 'content ≤ 1.5 × blank',
      },
      nextWeek: {
        visibleMedianMs: m(switchesVisible),
        visibleMaxMs: round(Math.max(...switchesVisible)),
        fullMedianMs: m(switches),
        fullMaxMs: round(Math.max(...switches)),
        runs: switches.length,
        note: 'visible: the heading and the task grid painted; full: down to the summary',
        goal: '≤ 16 ms',
      },
      typing: {
        keys: typed.keys.length,
        keyToPaintP50Ms: round(percentile(typed.keys, 50)),
        keyToPaintP95Ms: round(percentile(typed.keys, 95)),
        keyToPaintMaxMs: round(Math.max(...typed.keys)),
        eventTimingOver16Ms: typed.events.length,
        longTasks: typed.longTasks.length,
        longestTaskMs: round(typed.longTasks.length ? Math.max(...typed.longTasks) : 0),
        goal: '≤ 16 ms at p95',
      },
      save: {
        appMs: round(saveApp, 2),
        bareMs: round(saveBare, 2),
        ratio: round(saveApp / saveBare, 2),
        runs: saves.app.length,
        partsMs: {
          validate: round(median(parts.validate), 3),
          summary: round(median(parts.summary), 3),
          draftNoteLocalStorage: round(median(parts.note), 3),
          draftIndexedDb: round(median(parts.draft), 3),
        },
        goal: '≤ 1.5 × bare put',
      },
      overviewRead: { summariesMs: m(summariesRead), note: 'listWeekSummaries of the 520 weeks, warm' },
      import: imported ?? 'corpus folder not found',
      board: {
        measured: board
          ? 'cohort board until [data-board-ready]'
          : 'the current /review page (no cohort board in this build)',
        interns: 50,
        weeks: 12,
        contentMs: m(boardLoad.content),
        blankMs: m(boardBlank.content),
        ratio: round(median(boardLoad.content) / median(boardBlank.content), 2),
      },
      firstPageJs: size ?? 'skipped',
    }
    console.log(JSON.stringify(result, null, 2))
  } finally {
    closeAll()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
