/**
 * Imports every corpus page 20 times over and exports the result; prints pages per second for both,
 * and import time over the bare remark parse of the same pages in the same run (the goal is < 1.5×).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseMarkdown } from '../src/codec/markdownTree'
import { parseWeekPage, type ParsedWeekPage } from '../src/codec/parseWeekPage'
import { emitWeekPage } from '../src/codec/emitWeekPage'
import type { Week } from '../src/domain/types'

const ROUNDS = 20
const corpus = resolve(import.meta.dirname, '../../shared/corpus')
if (!existsSync(corpus)) {
  console.error(`No corpus at ${corpus}; the benchmark reads the shared corpus beside the repository.`)
  process.exit(1)
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
const pages = walk(corpus)
  .filter((p) => p.endsWith('.md'))
  .map((p) => ({ path: relative(corpus, p), text: readFileSync(p, 'utf8') }))

function once(run: () => void): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const asWeek = (page: ParsedWeekPage): Week => ({
  id: `bench:${page.number}`,
  journalId: 'bench',
  number: page.number,
  monday: page.monday || '2025-09-08',
  publishDate: page.publishDate,
  revision: 0,
  review: { status: 'draft' },
  content: { [page.lang]: page.content },
  updatedAt: '',
})

// Warm up both paths so the JIT does not count against the first one measured.
const parsed = pages.map((p) => parseWeekPage(p.text, { fileName: p.path }))
for (const p of pages) parseMarkdown(p.text)
const weeks = parsed.flatMap((r) => (r.ok ? [asWeek(r.page)] : []))

// Bare parse and import take turns round by round, so that load from other processes on the machine
// falls on both alike; the ratio is the median of the per-round ratios.
const bareTimes: number[] = []
const importTimes: number[] = []
for (let i = 0; i < ROUNDS; i++) {
  bareTimes.push(once(() => pages.forEach((p) => parseMarkdown(p.text))))
  importTimes.push(once(() => pages.forEach((p) => parseWeekPage(p.text, { fileName: p.path }))))
}
const bareMs = bareTimes.reduce((a, b) => a + b, 0)
const importMs = importTimes.reduce((a, b) => a + b, 0)
let exportMs = 0
for (let i = 0; i < ROUNDS; i++) {
  exportMs += once(() => {
    for (const week of weeks)
      for (const lang of Object.keys(week.content) as ('en' | 'vi')[])
        emitWeekPage(week, lang, { section: 1, days: 'seed' })
  })
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits))
console.log(
  JSON.stringify(
    {
      pages: pages.length,
      weekPages: weeks.length,
      rounds: ROUNDS,
      importPagesPerSecond: round((pages.length * ROUNDS) / (importMs / 1000)),
      exportPagesPerSecond: round((weeks.length * ROUNDS) / (exportMs / 1000)),
      bareRemarkPagesPerSecond: round((pages.length * ROUNDS) / (bareMs / 1000)),
      importToBareParseRatio: round(median(importTimes.map((t, i) => t / bareTimes[i])), 3),
      goal: 'importToBareParseRatio < 1.5',
    },
    null,
    2,
  ),
)
