// @vitest-environment node
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { diffLines } from 'diff'
import { parseWeekPage, type ParsedWeekPage } from '../../src/codec/parseWeekPage'
import { exportWeekPage } from '../../src/codec/weekPageExport'
import { showsBoxes } from '../../src/codec/patchTicks'
import { addDaysIso, weekdayOf } from '../../src/domain/dates'
import type { AchievementItem, Task, Week, WeekContent, Weekday } from '../../src/domain/types'
import { HAS_CORPUS, asWritten, corpusPages } from './helpers'

/**
 * On every corpus week page, a random sequence of edits (retitle a task, tick an item, add a task, add
 * an objective, delete a task or an objective, edit the summary): the export changes only the lines
 * of the elements edited, and importing it gives back the edited week. Fixed seed, bounded runs.
 */

type Edit = { kind: (typeof KINDS)[number]; at: number; text: string; day: Weekday }
const KINDS = [
  'retitle',
  'tick',
  'addTask',
  'addObjective',
  'deleteTask',
  'deleteObjective',
  'summary',
] as const
const TEXTS = [
  'Set up the VPC',
  'Đọc tài liệu IAM',
  'Deploy Lambda (v2)',
  'Review S3 policies: buckets & ACLs',
]

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(...KINDS),
  at: fc.nat(40),
  text: fc.constantFrom(...TEXTS),
  day: fc.constantFrom<Weekday>(1, 2, 3, 4, 5),
})

interface Touched {
  /** Lines (1-based) of the page the edits may rewrite or remove. */
  lines: Set<number>
  /** How many lines the edits may add. */
  added: number
}

function linesOf(text: string, start: number, end: number, into: Set<number>): void {
  const first = text.slice(0, start).split('\n').length
  const last = text.slice(0, end).split('\n').length
  for (let line = first; line <= last; line++) into.add(line)
}

function flatten(items: AchievementItem[]): AchievementItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)])
}

/** A new task as the page can hold it: dates only where the table has date columns. */
function newTask(page: ParsedWeekPage, edit: Edit): Task {
  const roles = page.layout.taskRoles
  const dated = page.monday !== '' && roles.includes('start')
  const date = dated ? addDaysIso(page.monday || '2025-09-08', edit.day - 1) : ''
  const last = page.content.tasks.at(-1)
  const day = roles.includes('day') || !last ? edit.day : date ? weekdayOf(date) : last.day
  return {
    id: `new-${edit.at}`,
    day,
    title: edit.text,
    detail: '',
    startDate: date,
    completionDate: '',
    reference: '',
    status: 'planned',
  }
}

/** Applies one edit to the content and notes which lines of the page it may touch. */
function apply(
  page: ParsedWeekPage,
  c: WeekContent,
  edit: Edit,
  text: string,
  touched: Touched,
): WeekContent {
  const { layout } = page
  const at = (n: number) => edit.at % n
  const rowOf = (task: Task) => page.content.tasks.findIndex((t) => t.id === task.id)
  const objectiveOf = (id: string) => page.content.objectives.findIndex((o) => o.id === id)
  switch (edit.kind) {
    case 'retitle': {
      if (!c.tasks.length) return c
      const i = at(c.tasks.length)
      const row = rowOf(c.tasks[i])
      if (row >= 0) linesOf(text, layout.taskRows[row].start, layout.taskRows[row].end, touched.lines)
      touched.added += 1
      return { ...c, tasks: c.tasks.map((t, k) => (k === i ? { ...t, title: edit.text } : t)) }
    }
    case 'tick': {
      const items = c.achievements.groups.flatMap((g) => flatten(g.items))
      if (!items.length) return c
      const item = items[at(items.length)]
      const line = text
        .split('\n')
        .findIndex((l) => /\[[ xX]\]/.test(l) && item.text && l.includes(item.text.split('\n')[0]))
      if (line >= 0) touched.lines.add(line + 1)
      const tick = (list: AchievementItem[]): AchievementItem[] =>
        list.map((x) => (x === item ? { ...x, achieved: !x.achieved } : { ...x, children: tick(x.children) }))
      return {
        ...c,
        achievements: {
          ...c.achievements,
          groups: c.achievements.groups.map((g) => ({ ...g, items: tick(g.items) })),
        },
      }
    }
    case 'addTask':
      touched.added += layout.taskTable ? 1 : 4
      return { ...c, tasks: [...c.tasks, newTask(page, edit)] }
    case 'addObjective':
      touched.added += layout.objectiveItems.length ? 1 : 4
      return { ...c, objectives: [...c.objectives, { id: `o-${edit.at}`, text: edit.text }] }
    case 'deleteTask': {
      if (!c.tasks.length) return c
      const i = at(c.tasks.length)
      const row = rowOf(c.tasks[i])
      if (row >= 0) linesOf(text, layout.taskRows[row].start, layout.taskRows[row].end, touched.lines)
      return { ...c, tasks: c.tasks.filter((_, k) => k !== i) }
    }
    case 'deleteObjective': {
      if (!c.objectives.length) return c
      const i = at(c.objectives.length)
      const item = objectiveOf(c.objectives[i].id)
      if (item >= 0)
        linesOf(text, layout.objectiveItems[item].start, layout.objectiveItems[item].end, touched.lines)
      return { ...c, objectives: c.objectives.filter((_, k) => k !== i) }
    }
    case 'summary':
      if (layout.summary) linesOf(text, layout.summary.start, layout.summary.end, touched.lines)
      touched.added += 4
      return { ...c, summary: `${edit.text}.` }
  }
}

/** What a page holds of a week: no task status, and ticks only where the page shows boxes. */
function asPageHolds(content: WeekContent, boxes: boolean): unknown {
  const plain = asWritten(content)
  return JSON.parse(
    JSON.stringify(plain, (key, v: unknown) =>
      key === 'status' || (!boxes && key === 'achieved') ? undefined : v,
    ),
  ) as unknown
}

const pages = HAS_CORPUS ? corpusPages().filter((p) => !/1-Worklog\/_index(\.vi)?\.md$/.test(p.path)) : []

describe.skipIf(!HAS_CORPUS)('edits of real pages are minimal diffs', () => {
  it('changes only the edited lines, and reads back as the edited week', () => {
    pages.forEach((source, index) => {
      const parsed = parseWeekPage(source.text, { fileName: source.path })
      if (!parsed.ok) throw new Error(source.path)
      const page = parsed.page
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 1, maxLength: 3 }), (edits) => {
          const touched: Touched = { lines: new Set(), added: 0 }
          // Adding after a last line without a line break gives that line one: in a line diff, it changes.
          if (!source.text.endsWith('\n')) touched.lines.add(source.text.split('\n').length)
          let content: WeekContent = { ...page.content, source: { path: source.path, text: source.text } }
          for (const edit of edits) content = apply(page, content, edit, source.text, touched)
          const week = {
            number: page.number,
            publishDate: page.publishDate,
            content: { [page.lang]: content },
          } as Week
          const out = exportWeekPage(week, page.lang, { section: 1, days: 'seed' })
          let line = 1
          let added = 0
          for (const part of diffLines(source.text, out)) {
            const count = part.count ?? 0
            if (part.removed)
              for (let k = 0; k < count; k++)
                expect(touched.lines, `${source.path} line ${line + k}`).toContain(line + k)
            if (part.added) added += count
            if (!part.added) line += count
          }
          expect(added, source.path).toBeLessThanOrEqual(touched.added + touched.lines.size)
          const back = parseWeekPage(out, { fileName: source.path, lang: page.lang })
          if (!back.ok) throw new Error(`${source.path}: the export does not read back`)
          const boxes = showsBoxes(out)
          expect(asPageHolds(back.page.content, boxes), source.path).toEqual(asPageHolds(content, boxes))
        }),
        { seed: 20261126 + index, numRuns: 1 },
      )
    })
  }, 120_000)
})
