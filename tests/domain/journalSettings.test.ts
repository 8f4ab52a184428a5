import { describe, expect, it } from 'vitest'
import { newJournal, newTask, newWeek } from '../../src/domain/factories'
import { isOnlyMoved, moveWeek, settingsChanges, settingsProblems } from '../../src/domain/journalSettings'
import { fileNamePart } from '../../src/queries/transfer'

const journal = newJournal({
  owner: 'An',
  mentor: '',
  firstMonday: '2025-09-08',
  plannedWeeks: 12,
  section: 1,
  languages: ['en'],
})

describe('journal settings', () => {
  it('lists what a change does, the weeks moving with the first Monday included', () => {
    const next = {
      ...journal,
      owner: 'An Nguyen',
      firstMonday: '2025-09-15',
      languages: ['en', 'vi'] as const,
    }
    const changes = settingsChanges(journal, { ...next, languages: [...next.languages] }, [1, 7])
    expect(changes).toEqual([
      { kind: 'owner', from: 'An', to: 'An Nguyen' },
      { kind: 'languages', added: ['vi'], removed: [] },
      {
        kind: 'weeksMove',
        days: 7,
        weeks: [
          { number: 1, from: '2025-09-08', to: '2025-09-15' },
          { number: 7, from: '2025-10-20', to: '2025-10-27' },
        ],
      },
    ])
    expect(settingsChanges(journal, journal, [1])).toEqual([])
  })

  it('refuses a first Monday that is not a Monday, no weeks, no language and an empty name', () => {
    expect(
      settingsProblems({ ...journal, owner: ' ', firstMonday: '2025-09-09', plannedWeeks: 0, languages: [] }),
    ).toEqual(['owner', 'firstMonday', 'plannedWeeks', 'languages'])
    expect(settingsProblems({ ...journal, section: NaN })).toEqual(['section'])
    expect(settingsProblems(journal)).toEqual([])
  })

  it('moves a week and its tasks’ dates to the new calendar, and leaves blank dates blank', () => {
    const week = newWeek(journal, 2)
    week.content.en!.tasks = [{ ...newTask(week.monday, 3, 'VPC'), completionDate: '' }]
    const moved = moveWeek(week, '2025-09-01')
    expect(moved.monday).toBe('2025-09-08')
    expect(moved.content.en!.tasks[0]).toMatchObject({ startDate: '2025-09-10', completionDate: '' })
    expect(moved.revision).toBe(week.revision + 1)
    expect(moveWeek(week, journal.firstMonday)).toBe(week)
  })

  it('tells a week only moved to another Monday from a week also edited', () => {
    const week = newWeek(journal, 2)
    week.content.en!.tasks = [newTask(week.monday, 3, 'VPC')]
    const moved = moveWeek(week, '2025-09-01')
    expect(isOnlyMoved(week, moved)).toBe(true)
    expect(isOnlyMoved(week, week)).toBe(false)
    const edited = { ...moved, content: { en: { ...moved.content.en!, summary: 'theirs' } } }
    expect(isOnlyMoved(week, edited)).toBe(false)
  })

  it('puts the intern’s name in file names without Vietnamese marks', () => {
    expect(fileNamePart('Trần Đức Minh')).toBe('Tran-Duc-Minh')
    expect(fileNamePart('  ')).toBe('journal')
  })
})
