import { describe, expect, it } from 'vitest'
import { newJournal, newWeek } from '../../src/domain/factories'
import { planImport } from '../../src/domain/importPlan'

const journal = newJournal({
  owner: 'An',
  mentor: '',
  firstMonday: '2025-09-08',
  plannedWeeks: 12,
  section: 1,
  languages: ['en'],
})
const source = newJournal({
  owner: 'x',
  mentor: '',
  firstMonday: '2025-09-08',
  plannedWeeks: 12,
  section: 1,
  languages: ['en'],
})
const imported = [1, 2, 3].map((n) => newWeek(source, n))

describe('planImport', () => {
  it('re-keys new weeks to the journal and dates them from its first Monday', () => {
    const plan = planImport(journal, imported, new Set(), new Map())
    expect(plan.weeks.map((w) => [w.id, w.journalId, w.monday])).toEqual([
      [`${journal.id}:1`, journal.id, '2025-09-08'],
      [`${journal.id}:2`, journal.id, '2025-09-15'],
      [`${journal.id}:3`, journal.id, '2025-09-22'],
    ])
    expect(plan.replaceWeekIds).toEqual([])
  })

  it('replaces, skips or keeps both for weeks the journal already has', () => {
    const plan = planImport(
      journal,
      imported,
      new Set([1, 2, 3, 5]),
      new Map([
        [1, 'replace'],
        [2, 'keep-both'],
      ]),
    )
    expect(plan.replaceWeekIds).toEqual([`${journal.id}:1`])
    expect(plan.renumbered).toEqual([{ from: 2, to: 6 }])
    expect(plan.skipped).toEqual([3])
    expect(plan.weeks.map((w) => w.number)).toEqual([1, 6])
    expect(plan.weeks[1].monday).toBe('2025-10-13')
  })
})
