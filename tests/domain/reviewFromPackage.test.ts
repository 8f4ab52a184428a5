import { describe, expect, it } from 'vitest'
import { weekContentHash } from '../../src/domain/contentHash'
import { awaitsDecision, changedAfterApproval, decide, reviewFromPackage } from '../../src/domain/decisions'
import { emptyContent } from '../../src/domain/factories'
import type { WeekReview } from '../../src/domain/types'

const content = { en: emptyContent(1) }
const hash = weekContentHash({ content })

describe('a week changed after approval', () => {
  it('needs an approval that recorded a hash, and other content', () => {
    const other = { en: { ...emptyContent(1), summary: 'more' } }
    expect(changedAfterApproval({ content: other, review: { status: 'approved', contentHash: hash } })).toBe(
      true,
    )
    expect(changedAfterApproval({ content, review: { status: 'approved', contentHash: hash } })).toBe(false)
    expect(changedAfterApproval({ content: other, review: { status: 'approved' } })).toBe(false)
    expect(changedAfterApproval({ content: other, review: { status: 'submitted', contentHash: hash } })).toBe(
      false,
    )
    expect(awaitsDecision({ content, review: { status: 'draft' } })).toBe(false)
    expect(awaitsDecision({ content, review: { status: 'submitted' } })).toBe(true)
  })

  it('a decision keeps a trimmed note, and none for a blank one', () => {
    const week = { content, review: { status: 'submitted' as const }, revision: 2 }
    const now = new Date('2025-10-25T09:00:00.000Z')
    expect(decide(week, 'approved', now, '  fine  ')).toEqual({
      status: 'approved',
      revision: 2,
      changedAt: now.toISOString(),
      note: 'fine',
      contentHash: hash,
    })
    expect(decide(week, 'approved', now, '   ').note).toBeUndefined()
    expect(decide(week, 'approved', now).note).toBeUndefined()
  })
})

describe('the review state a package brings', () => {
  const approved: WeekReview = {
    status: 'approved',
    changedAt: '2025-10-25T09:00:00.000Z',
    note: 'ok',
    contentHash: hash,
    submittedAt: '2025-10-24T10:00:00.000Z',
  }

  it('ignores a decision it carries, saying so only when it differs from the mentor’s own', () => {
    expect(reviewFromPackage(approved, { ...approved })).toEqual({ review: approved, ignored: false })
    for (const change of [
      { status: 'changes-requested' as const },
      { changedAt: '2025-10-26T09:00:00.000Z' },
      { note: 'other' },
      { contentHash: 'x' },
    ])
      expect(reviewFromPackage(approved, { ...approved, ...change }), JSON.stringify(change)).toEqual({
        review: approved,
        ignored: true,
      })
    expect(reviewFromPackage({ ...approved, note: undefined }, { ...approved, note: '' }).ignored).toBe(false)
  })

  it('turns a first decision it carries into the submission it was, or a draft', () => {
    expect(reviewFromPackage(undefined, approved)).toEqual({
      review: { status: 'submitted', submittedAt: approved.submittedAt, changedAt: approved.submittedAt },
      ignored: true,
    })
    expect(reviewFromPackage(undefined, { ...approved, submittedAt: undefined })).toEqual({
      review: { status: 'draft', submittedAt: undefined, changedAt: undefined },
      ignored: true,
    })
  })

  it('takes the intern’s state when it is later, keeping the mentor’s submission time if it has none', () => {
    const mine: WeekReview = { status: 'submitted', changedAt: '2025-10-24T10:00:00.000Z', submittedAt: 'S' }
    const later: WeekReview = {
      status: 'draft',
      revision: 4,
      changedAt: '2025-10-26T10:00:00.000Z',
      note: 'n',
    }
    expect(reviewFromPackage(mine, later)).toEqual({
      review: { status: 'draft', revision: 4, changedAt: later.changedAt, note: 'n', submittedAt: 'S' },
      ignored: false,
    })
    expect(reviewFromPackage(mine, { ...later, changedAt: mine.changedAt })).toEqual({
      review: mine,
      ignored: false,
    })
    expect(reviewFromPackage(mine, { ...later, changedAt: undefined })).toEqual({
      review: mine,
      ignored: false,
    })
    expect(reviewFromPackage(undefined, later)).toEqual({
      review: { status: 'draft', revision: 4, changedAt: later.changedAt, note: 'n', submittedAt: undefined },
      ignored: false,
    })
  })
})
