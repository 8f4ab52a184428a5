// `npm run bench:search`: the search over 520 weeks in both languages (ten years of a journal), in Node.
// Prints figures as JSON (medians of several runs); it asserts nothing about speed.

import { copyContent, newJournal, newTask, newWeek } from '../src/domain/factories'
import { buildSearchIndex, searchIndex } from '../src/domain/search'
import type { AchievementItem, Week, Weekday } from '../src/domain/types'

const WORDS = ['VPC', 'subnet', 'Lambda', 'tuần', 'học', 'triển khai', 'CloudFormation', 'định tuyến', 'IAM']

function sentence(n: number): string {
  return Array.from({ length: 8 }, (_, i) => WORDS[(n * 7 + i * 3) % WORDS.length]).join(' ') + ` ${n}`
}

function weeks(count: number): Week[] {
  const journal = newJournal({
    owner: 'Bench',
    mentor: 'Mentor',
    firstMonday: '2016-01-04',
    plannedWeeks: count,
    section: 1,
    languages: ['en', 'vi'],
  })
  return Array.from({ length: count }, (_, index) => {
    const week = newWeek(journal, index + 1)
    const content = week.content.en!
    content.tasks = Array.from({ length: 8 }, (_, t) => {
      const task = newTask(week.monday, ((t % 5) + 1) as Weekday, sentence(index * 10 + t))
      task.detail = sentence(index * 20 + t)
      return task
    })
    content.objectives = Array.from({ length: 4 }, (_, o) => ({ id: `o${o}`, text: sentence(index + o) }))
    const items: AchievementItem[] = Array.from({ length: 20 }, (_, i) => ({
      id: `i${i}`,
      text: sentence(index * 30 + i),
      achieved: i % 2 === 0,
      children: [],
    }))
    content.achievements.groups = [{ id: 'g', title: 'Campus learning activities', items }]
    content.summary = sentence(index) + ' ' + sentence(index + 1)
    week.content.vi = copyContent(content)
    return week
  })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return Number(sorted[Math.floor(sorted.length / 2)]!.toFixed(2))
}

function time<T>(run: () => T): [T, number] {
  const started = performance.now()
  const result = run()
  return [result, performance.now() - started]
}

const corpus = weeks(520)
const builds: number[] = []
let index = buildSearchIndex(corpus)
for (let i = 0; i < 7; i++) {
  const [built, ms] = time(() => buildSearchIndex(corpus))
  index = built
  builds.push(ms)
}
const queries: Record<string, { hits: number; ms: number }> = {}
for (const query of ['tuan', 'dinh tuyen', 'cloudformation 517', 'kubernetes', 'e']) {
  const runs: number[] = []
  let hits = 0
  for (let i = 0; i < 15; i++) {
    const [found, ms] = time(() => searchIndex(index, query, 51))
    hits = found.length
    runs.push(ms)
  }
  queries[query] = { hits, ms: median(runs) }
}
console.log(
  JSON.stringify(
    { weeks: corpus.length, entries: index.length, buildIndexMs: median(builds), queries },
    null,
    2,
  ),
)
