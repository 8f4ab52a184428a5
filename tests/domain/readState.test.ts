import { describe, expect, it } from 'vitest'
import { unseenByWeek, unseenOnWeek } from '../../src/domain/readState'
import type { ReviewComment, WeekReview } from '../../src/domain/types'

const c = (role: 'mentor' | 'intern', createdAt: string, weekNumber = 1): ReviewComment => ({
  id: `${role}-${createdAt}-${weekNumber}`,
  journalId: 'j',
  weekNumber,
  author: role,
  role,
  target: { kind: 'week' },
  revision: 1,
  body: 'x',
  createdAt,
  resolved: false,
})
const wk = (number: number, review: WeekReview) => ({ id: `j:${number}`, number, review })

describe('unseen', () => {
  const comments = [
    c('mentor', '2025-10-10T00:00:00Z'),
    c('mentor', '2025-10-12T00:00:00Z'),
    c('intern', '2025-10-13T00:00:00Z'),
  ]
  it('the intern sees the mentor’s comments and decision after the last visit as new, not their own', () => {
    const week = wk(1, { status: 'approved', changedAt: '2025-10-14T00:00:00Z' })
    expect(unseenOnWeek('intern', week, comments, '2025-10-11T00:00:00Z')).toEqual({
      comments: 1,
      decision: true,
    })
    expect(unseenOnWeek('intern', week, comments, '2025-10-15T00:00:00Z')).toEqual({
      comments: 0,
      decision: false,
    })
    // Never opened since these fields exist: all of it is new.
    expect(unseenOnWeek('intern', week, comments, undefined)).toEqual({ comments: 2, decision: true })
  })
  it('the mentor sees the intern’s comments and a submission as new; an intern’s draft is no decision', () => {
    const week = wk(1, { status: 'submitted', submittedAt: '2025-10-13T00:00:00Z' })
    expect(unseenOnWeek('mentor', week, comments, '2025-10-12T00:00:00Z')).toEqual({
      comments: 1,
      decision: true,
    })
    expect(unseenOnWeek('mentor', wk(1, { status: 'draft' }), comments, undefined)).toEqual({
      comments: 1,
      decision: false,
    })
  })
  it('counts per week and in total', () => {
    const weeks = [
      wk(1, { status: 'approved', changedAt: '2025-10-14T00:00:00Z' }),
      wk(2, { status: 'draft' }),
    ]
    const all = [...comments, c('mentor', '2025-10-20T00:00:00Z', 2)]
    const { byWeek, total } = unseenByWeek('intern', weeks, all, [
      { id: 'j:1', seenAt: '2025-10-11T00:00:00Z' },
      { id: 'j:2', seenAt: '2025-10-21T00:00:00Z' },
    ])
    expect([...byWeek]).toEqual([[1, 2]])
    expect(total).toBe(2)
  })
})
