import { describe, expect, it } from 'vitest'
import { copyContent, emptyContent, newJournal, newTask, newWeek } from '../../src/domain/factories'
import { WeekSchema } from '../../src/domain/schema'

const input = {
  owner: '  An  ',
  mentor: ' Bình ',
  firstMonday: '2025-10-20',
  plannedWeeks: 12,
  section: 1,
  languages: [],
}
const now = new Date('2025-10-20T08:00:00.000Z')

describe('new records', () => {
  it('a journal has trimmed names, English when no language is picked, and is the intern’s own', () => {
    const journal = newJournal(input, now)
    expect(journal).toEqual({
      id: expect.any(String),
      owner: 'An',
      mentor: 'Bình',
      firstMonday: '2025-10-20',
      plannedWeeks: 12,
      section: 1,
      languages: ['en'],
      readOnly: false,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    })
  })

  it('a week is an empty draft in every language of its journal, or in English', () => {
    const week = newWeek({ ...newJournal(input, now), languages: [] }, 2, now)
    expect(week).toEqual({
      id: expect.any(String),
      journalId: expect.any(String),
      number: 2,
      monday: '2025-10-27',
      publishDate: '',
      revision: 0,
      review: { status: 'draft' },
      content: {
        en: {
          title: 'WEEK 2 WORKLOG',
          objectives: [],
          tasks: [],
          achievements: { intro: '', groups: [] },
          summary: '',
          notes: [],
        },
      },
      updatedAt: now.toISOString(),
    })
    expect(WeekSchema.safeParse(week).success).toBe(true)
    expect(emptyContent(3, 'vi').title).toBe('Worklog Tuần 3')
    expect(emptyContent(3).title).toBe('WEEK 3 WORKLOG')
  })

  it('a task is planned on its day with blank detail and reference', () => {
    expect(newTask('2025-10-20', 3, 'Deploy')).toEqual({
      id: expect.any(String),
      day: 3,
      title: 'Deploy',
      detail: '',
      startDate: '2025-10-22',
      completionDate: '2025-10-22',
      reference: '',
      status: 'planned',
    })
  })

  it('a copy for the other language keeps the notes with new ids', () => {
    const content = { ...emptyContent(1), notes: [{ id: 'n1', after: 'summary' as const, markdown: 'x' }] }
    const copy = copyContent(content, 'Tuần 1')
    expect(copy.title).toBe('Tuần 1')
    expect(copy.notes).toEqual([{ id: expect.any(String), after: 'summary', markdown: 'x' }])
    expect(copy.notes[0].id).not.toBe('n1')
  })
})
