// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importPages } from '../../src/codec/importPages'
import { rereadWeekDates } from '../../src/codec/rereadDates'

const page = (rows: string[], date = '2025-09-21') =>
  [
    '---',
    'title: "Week 3 Worklog"',
    `date: ${date}`,
    'pre: " <b> 1.3 </b> "',
    '---',
    '',
    '### Tasks to be carried out this week',
    '',
    '| Day | Task | Start Date | Completion Date |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')

const read = (text: string, path = 'content/1-Worklog/1.3-Week3/_index.md') =>
  importPages([{ path, text }], { journalId: 'j', now: new Date(0) })

describe('dates the reader was unsure of, and their correction', () => {
  it('says it read dates that read both ways day first, and reads them month first when told', () => {
    const imported = read(
      page(['|  | Lab A | 03/10/2025 | 03/10/2025 |', '|  | Lab B | 03/10/2025 | 03/10/2025 |']),
    )
    expect(imported.perFileReport[0].dates).toEqual({
      order: 'day-first',
      orderUnsure: true,
      year: null,
      yearFrom: null,
    })
    const week = imported.weeks[0]
    expect(week.content.en!.tasks.map((t) => t.startDate)).toEqual(['2025-10-03', '2025-10-03'])
    const again = rereadWeekDates(week, { order: 'month-first' })
    expect(again.week.content.en!.tasks.map((t) => t.startDate)).toEqual(['2025-03-10', '2025-03-10'])
    expect(again.week.monday).toBe('2025-03-10')
    expect(again.dates.en).toMatchObject({ order: 'month-first', orderUnsure: true })
    // Everything but the tasks reads as before, and the page source stays with the week.
    expect(again.week.content.en!.source).toEqual(week.content.en!.source)
    expect(again.week.content.en!.tasks.map((t) => t.detail)).toEqual(['Lab A', 'Lab B'])
  })

  it('says the year of dates without one came from the front matter, and takes the year the user sets', () => {
    const imported = read(page(['| 2 | Lab A | 22/09 | 22/09 |', '| 3 | Lab B | 23/09 | 23/09 |']))
    expect(imported.perFileReport[0].dates).toEqual({
      order: 'day-first',
      orderUnsure: false,
      year: 2025,
      yearFrom: 'front-matter',
    })
    const again = rereadWeekDates(imported.weeks[0], { year: 2024 })
    expect(again.week.content.en!.tasks.map((t) => t.startDate)).toEqual(['2024-09-22', '2024-09-23'])
    expect(again.dates.en).toMatchObject({ year: 2024, yearFrom: 'user' })
  })

  it('says nothing where every date decides itself', () => {
    const imported = read(page(['| 2 | Lab A | 22/09/2025 | 22/09/2025 |']))
    expect(imported.perFileReport[0].dates).toBeUndefined()
  })
})
