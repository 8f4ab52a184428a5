// @vitest-environment node
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseWeekPage } from '../../src/codec/parseWeekPage'
import { exportWeekPage } from '../../src/codec/weekPageExport'
import type { AchievementItem, Week, WeekContent, Weekday } from '../../src/domain/types'
import { asWritten } from './helpers'

/**
 * Codec cases as folders: `input.md` is read and compared with `expected.json`; with `edit.json` (a list
 * of edits) the edited week is exported and compared with `edited.md` byte for byte. A new case is new
 * files. `UPDATE_FIXTURES=1` writes missing expectations, to be read by hand before committing.
 */

type FixtureEdit =
  | { kind: 'retitle'; task: number; title: string }
  | { kind: 'addTask'; day: Weekday; title: string; date: string }
  | { kind: 'deleteTask'; task: number }
  | { kind: 'addObjective'; text: string }
  | { kind: 'deleteObjective'; objective: number }
  | { kind: 'tick'; item: number }
  | { kind: 'summary'; text: string }
  | { kind: 'note'; note: number; markdown: string }

function flatten(items: AchievementItem[]): AchievementItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)])
}

function applyEdit(c: WeekContent, edit: FixtureEdit): WeekContent {
  switch (edit.kind) {
    case 'retitle':
      return { ...c, tasks: c.tasks.map((t, i) => (i === edit.task ? { ...t, title: edit.title } : t)) }
    case 'addTask': {
      const task = { id: 'new', day: edit.day, title: edit.title, detail: '', reference: '' }
      const dates = { startDate: edit.date, completionDate: edit.date, status: 'done' as const }
      return { ...c, tasks: [...c.tasks, { ...task, ...dates }] }
    }
    case 'deleteTask':
      return { ...c, tasks: c.tasks.filter((_, i) => i !== edit.task) }
    case 'addObjective':
      return { ...c, objectives: [...c.objectives, { id: 'new', text: edit.text }] }
    case 'deleteObjective':
      return { ...c, objectives: c.objectives.filter((_, i) => i !== edit.objective) }
    case 'tick': {
      const target = c.achievements.groups.flatMap((g) => flatten(g.items))[edit.item]
      const tick = (items: AchievementItem[]): AchievementItem[] =>
        items.map((x) =>
          x === target ? { ...x, achieved: !x.achieved } : { ...x, children: tick(x.children) },
        )
      const groups = c.achievements.groups.map((g) => ({ ...g, items: tick(g.items) }))
      return { ...c, achievements: { ...c.achievements, groups } }
    }
    case 'summary':
      return { ...c, summary: edit.text }
    case 'note':
      return { ...c, notes: c.notes.map((n, i) => (i === edit.note ? { ...n, markdown: edit.markdown } : n)) }
  }
}

const ROOT = join(__dirname, 'fixtures')
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(ROOT, e.name, 'input.md')))
  .map((e) => e.name)
  .sort()
const update = process.env.UPDATE_FIXTURES === '1'

function expectOrWrite(path: string, actual: string): void {
  if (!existsSync(path) && update) writeFileSync(path, actual)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

describe('codec cases', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(2))

  it.each(cases)('%s', (name) => {
    const dir = join(ROOT, name)
    const input = readFileSync(join(dir, 'input.md'), 'utf8')
    const read = parseWeekPage(input, { fileName: `${name}/_index.md` })
    if (!read.ok) throw new Error(read.error.message)
    const { page } = read
    const summary = {
      number: page.number,
      lang: page.lang,
      monday: page.monday,
      publishDate: page.publishDate,
    }
    expectOrWrite(
      join(dir, 'expected.json'),
      `${JSON.stringify({ ...summary, content: asWritten(page.content) }, null, 2)}\n`,
    )
    if (!existsSync(join(dir, 'edit.json'))) return
    const edits = JSON.parse(readFileSync(join(dir, 'edit.json'), 'utf8')) as FixtureEdit[]
    const source = { path: `${name}/_index.md`, text: input }
    const content = edits.reduce(applyEdit, { ...page.content, source })
    const week = {
      number: page.number,
      publishDate: page.publishDate,
      content: { [page.lang]: content },
    } as Week
    expectOrWrite(join(dir, 'edited.md'), exportWeekPage(week, page.lang, { section: 1, days: 'seed' }))
  })
})
