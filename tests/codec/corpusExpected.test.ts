// @vitest-environment node
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseWeekPage } from '../../src/codec/parseWeekPage'
import type { AchievementItem } from '../../src/domain/types'
import { HAS_CORPUS, corpusPages } from './helpers'

/**
 * What each corpus week page reads as: counts of tasks, objectives, achievement groups and items, notes,
 * each task's dates and the page's Monday. A regression that puts text in the wrong place, or a date in
 * the wrong month, fails here. `UPDATE_FIXTURES=1` writes the file when it is missing; read it against
 * the pages before committing.
 */

interface PageExpectation {
  tasks: number
  objectives: number
  groups: number
  items: number
  notes: number
  monday: string
  /** `start→completion` of each task, in order. */
  dates: string[]
}

function count(items: AchievementItem[]): number {
  return items.reduce((n, item) => n + 1 + count(item.children), 0)
}

function expectationOf(path: string, text: string): PageExpectation {
  const read = parseWeekPage(text, { fileName: path })
  if (!read.ok) throw new Error(`${path}: ${read.error.message}`)
  const c = read.page.content
  return {
    tasks: c.tasks.length,
    objectives: c.objectives.length,
    groups: c.achievements.groups.length,
    items: c.achievements.groups.reduce((n, g) => n + count(g.items), 0),
    notes: c.notes.length,
    monday: read.page.monday,
    dates: c.tasks.map((t) => `${t.startDate}→${t.completionDate}`),
  }
}

const FILE = join(__dirname, 'fixtures/corpus-expected.json')
const pages = HAS_CORPUS ? corpusPages().filter((p) => !/1-Worklog\/_index(\.vi)?\.md$/.test(p.path)) : []

describe.skipIf(!HAS_CORPUS)('each corpus page reads as expected', () => {
  const actual = Object.fromEntries(pages.map((p) => [p.path, expectationOf(p.path, p.text)]))
  if (!existsSync(FILE) && process.env.UPDATE_FIXTURES === '1')
    writeFileSync(FILE, `${JSON.stringify(actual, null, 2)}\n`)
  const expected = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, PageExpectation>

  it('has an expectation for every page', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(actual).sort())
  })

  it.each(pages.map((p) => p.path))('%s', (path) => {
    expect(actual[path]).toEqual(expected[path])
  })
})
