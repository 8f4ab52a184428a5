// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseWeekPage } from '../../src/codec/parseWeekPage'
import { emitWeekPage } from '../../src/codec/emitWeekPage'
import { exportWeekPage } from '../../src/codec/weekPageExport'
import { HAS_CORPUS, SEED_PAGE, pageAsWeek } from './helpers'

if (!HAS_CORPUS)
  console.warn(
    `Skipping the seed page test: ${SEED_PAGE} is not there (the shared corpus sits beside the repository).`,
  )

describe.skipIf(!HAS_CORPUS)('the seed page (corpus/seed/week7-worklog.md)', () => {
  it('imports into week 7 with its tasks, groups and summary, and no warnings', () => {
    const result = parseWeekPage(readFileSync(SEED_PAGE, 'utf8'), { fileName: 'seed/week7-worklog.md' })
    if (!result.ok) throw new Error(result.error.message)
    const { page } = result
    expect(page).toMatchObject({
      number: 7,
      section: 1,
      lang: 'en',
      monday: '2025-10-20',
      publishDate: '2025-12-22',
      warnings: [],
    })
    expect(page.content.title).toBe('WEEK 7 WORKLOG')
    expect(page.content.objectives).toHaveLength(5)
    expect(page.content.tasks.map((t) => [t.day, t.title, t.startDate, t.status])).toEqual([
      [1, 'Attend campus learning', '2025-10-20', 'done'],
      [2, 'Research & plan project (Part 1)', '2025-10-21', 'done'],
      [3, 'Research & plan project (Part 2)', '2025-10-22', 'done'],
      [4, 'VPC Peering between two VPCs', '2025-10-23', 'done'],
      [5, 'Self-learn additional', '2025-10-24', 'done'],
    ])
    expect(page.content.achievements.intro).toMatch(/^Week 7 marks the important phase/)
    expect(page.content.achievements.groups.map((g) => g.title)).toEqual([
      'Campus learning activities',
      'Define personal project direction',
      'Research and consult with mentor',
      'Practice network connection with VPC Peering',
      'Self-learn & expand knowledge',
    ])
    expect(page.content.achievements.groups[2].items[0].children.map((c) => c.text)).toContain(
      'Cost optimization',
    )
    expect(page.content.summary).toMatch(/^Week 7 is an important transition phase.*following weeks\.$/s)
  })

  it('exports back to the same page', () => {
    const text = readFileSync(SEED_PAGE, 'utf8')
    const result = parseWeekPage(text, { fileName: 'seed/week7-worklog.md' })
    if (!result.ok) throw new Error(result.error.message)
    const again = emitWeekPage(pageAsWeek(result.page), 'en', { section: 1, days: 'seed' })
    expect(again.trimEnd()).toBe(text.trimEnd())
    // A week made in the app has no page source: the export is the seed's page.
    expect(exportWeekPage(pageAsWeek(result.page), 'en', { section: 1, days: 'seed' })).toBe(again)
  })
})
