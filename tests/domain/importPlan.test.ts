import { describe, expect, it } from 'vitest'
import { newJournal, newTask, newWeek } from '../../src/domain/factories'
import { languagesRemoved, planImport } from '../../src/domain/importPlan'

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

describe('replacing a week that has a language the import lacks', () => {
  const bilingual = newJournal({
    owner: 'An',
    mentor: '',
    firstMonday: '2025-09-08',
    plannedWeeks: 12,
    section: 1,
    languages: ['en', 'vi'],
  })
  const stored = newWeek(bilingual, 1)
  stored.content.vi!.tasks = [{ ...newTask(stored.monday, 2, 'Dựng VPC'), id: 'vi-task' }]
  const page = newWeek(journal, 1)
  page.content.en!.tasks = [newTask(page.monday, 2, 'Build a VPC')]

  it('names the languages a whole replace would remove', () => {
    expect(languagesRemoved(stored, page)).toEqual(['vi'])
    expect(languagesRemoved(undefined, page)).toEqual([])
    expect(languagesRemoved(page, stored)).toEqual([])
  })

  it('keeps the stored Vietnamese version on "replace", paired with the imported English one', () => {
    const plan = planImport(
      bilingual,
      [page],
      new Set([1]),
      new Map([[1, 'replace']]),
      new Map([[1, stored]]),
    )
    const week = plan.weeks[0]
    expect(plan.replaceWeekIds).toEqual([`${bilingual.id}:1`])
    expect(week.content.en!.tasks[0].title).toBe('Build a VPC')
    expect(week.content.vi!.tasks[0].title).toBe('Dựng VPC')
    expect(week.content.vi!.tasks[0].id).toBe(week.content.en!.tasks[0].id)
  })

  it('removes it only on "replace-all"', () => {
    const plan = planImport(
      bilingual,
      [page],
      new Set([1]),
      new Map([[1, 'replace-all']]),
      new Map([[1, stored]]),
    )
    expect(plan.weeks[0].content.vi).toBeUndefined()
    expect(plan.replaceWeekIds).toEqual([`${bilingual.id}:1`])
  })
})
