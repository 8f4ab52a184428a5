import { describe, expect, it } from 'vitest'
import { newJournal, newTask, newWeek } from '../../src/domain/factories'
import {
  contentChanges,
  laterReview,
  mergeComments,
  staleness,
  submittedOnTime,
  withReview,
} from '../../src/domain/review'
import type { ReviewComment } from '../../src/domain/types'

const comment = (id: string, createdAt: string, extra: Partial<ReviewComment> = {}): ReviewComment => ({
  id,
  journalId: 'j',
  weekNumber: 1,
  author: 'Bình',
  role: 'mentor',
  target: { kind: 'week' },
  revision: 3,
  body: `comment ${id}`,
  createdAt,
  resolved: false,
  ...extra,
})

describe('mergeComments', () => {
  it('adds comments from both sides once, however often a file is imported', () => {
    const mine = [comment('a', '2025-10-01T10:00:00Z', { role: 'intern' })]
    const incoming = [
      comment('b', '2025-10-02T10:00:00Z'),
      comment('a', '2025-10-01T10:00:00Z', { role: 'intern' }),
    ]
    const first = mergeComments(mine, incoming)
    expect(first.added).toBe(1)
    expect(first.merged.map((c) => c.id)).toEqual(['a', 'b'])
    const again = mergeComments(first.merged, incoming)
    expect(again.added).toBe(0)
    expect(again.merged).toHaveLength(2)
  })

  it('keeps a comment resolved once either side resolved it', () => {
    const resolvedHere = [comment('a', '2025-10-01T10:00:00Z', { resolved: true })]
    expect(mergeComments(resolvedHere, [comment('a', '2025-10-01T10:00:00Z')]).merged[0].resolved).toBe(true)
    expect(mergeComments([comment('a', '2025-10-01T10:00:00Z')], resolvedHere).merged[0].resolved).toBe(true)
  })
})

describe('review states', () => {
  const journal = newJournal({
    owner: 'An',
    mentor: 'Bình',
    firstMonday: '2025-10-20',
    plannedWeeks: 12,
    section: 1,
    languages: ['en'],
  })

  it('lets the later state win, so old feedback does not undo a resubmission', () => {
    const submitted = {
      status: 'submitted' as const,
      changedAt: '2025-10-27T08:00:00Z',
      submittedAt: '2025-10-27T08:00:00Z',
    }
    const approvedBefore = { status: 'approved' as const, changedAt: '2025-10-26T08:00:00Z' }
    const approvedAfter = { status: 'approved' as const, changedAt: '2025-10-28T08:00:00Z' }
    expect(laterReview(submitted, approvedBefore)).toBe(submitted)
    expect(laterReview(submitted, approvedAfter)).toMatchObject({
      status: 'approved',
      submittedAt: submitted.submittedAt,
    })
  })

  it('counts a week submitted by the end of the next Monday as on time', () => {
    const week = newWeek(journal, 1) // Monday 2025-10-20
    expect(submittedOnTime(week)).toBeNull()
    expect(submittedOnTime(withReview(week, 'submitted', new Date('2025-10-27T20:00:00Z')))).toBe(true)
    expect(submittedOnTime(withReview(week, 'submitted', new Date('2025-10-28T09:00:00Z')))).toBe(false)
  })

  it('says when a comment was written on an older revision', () => {
    expect(staleness(comment('a', 'x', { revision: 3 }), { revision: 5 })).toEqual({ on: 3, now: 5 })
    expect(staleness(comment('a', 'x', { revision: 5 }), { revision: 5 })).toBeNull()
  })

  it('lists what changed in the text between two versions', () => {
    const before = newWeek(journal, 1)
    const task = newTask(before.monday, 1, 'Create VPC')
    before.content.en!.tasks = [task]
    before.content.en!.summary = 'old'
    const after = structuredClone(before)
    after.content.en!.tasks[0].title = 'Create 2 VPCs'
    after.content.en!.objectives.push({ id: 'o1', text: 'Learn peering' })
    after.content.en!.summary = 'new'
    const changes = contentChanges(before, after)
    expect(changes).toEqual(
      expect.arrayContaining([
        { part: 'objective', kind: 'added', text: 'Learn peering' },
        expect.objectContaining({ part: 'task', kind: 'changed' }),
        { part: 'summary', kind: 'changed', text: 'new' },
      ]),
    )
    expect(contentChanges(before, structuredClone(before))).toEqual([])
  })
})
