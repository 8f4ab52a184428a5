import { describe, expect, it } from 'vitest'
import { canonicalJson, weekContentHash } from '../../src/domain/contentHash'
import {
  awaitsDecision,
  changedAfterApproval,
  decide,
  decisionBlock,
  reviewFromPackage,
} from '../../src/domain/decisions'
import { newJournal, newTask, newWeek } from '../../src/domain/factories'
import { mergeComments, toggleResolved } from '../../src/domain/review'
import type { ReviewComment, Week, WeekReview } from '../../src/domain/types'

const journal = newJournal({
  owner: 'An',
  mentor: 'Bình',
  firstMonday: '2025-10-20',
  plannedWeeks: 12,
  section: 1,
  languages: ['en', 'vi'],
})

function bilingualWeek(): Week {
  const week = newWeek(journal, 1)
  week.content.en!.tasks.push(newTask(week.monday, 1, 'Set up the VPC'))
  week.content.vi = structuredClone(week.content.en!)
  week.content.vi.summary = 'Tóm tắt'
  return { ...week, revision: 3, review: { status: 'submitted', changedAt: '2025-10-24T10:00:00.000Z' } }
}

const decidedAt = new Date('2025-10-25T09:00:00.000Z')

describe('the approval hash', () => {
  it('is the same for the same content whatever the key order, and covers both language versions', () => {
    const week = bilingualWeek()
    const reordered = JSON.parse(canonicalJson(week)) as Week
    expect(weekContentHash(reordered)).toBe(weekContentHash(week))
    expect(weekContentHash(week)).toMatch(/^[0-9a-f]{64}$/)
    const viEdited = structuredClone(week)
    viEdited.content.vi!.summary = 'Tóm tắt đã sửa'
    expect(weekContentHash(viEdited)).not.toBe(weekContentHash(week))
    expect(canonicalJson({ b: 1, a: [undefined, 'x'], c: undefined })).toBe('{"a":[null,"x"],"b":1}')
  })

  it('marks an approved week changed after approval once its text changes, in either language', () => {
    const base = bilingualWeek()
    const approved = { ...base, review: decide(base, 'approved', decidedAt) }
    expect(approved.review.contentHash).toBe(weekContentHash(approved))
    expect(changedAfterApproval(approved)).toBe(false)
    const edited = structuredClone(approved)
    edited.content.vi!.tasks[0].title = 'Dựng VPC'
    expect(changedAfterApproval(edited)).toBe(true)
    expect(awaitsDecision(edited)).toBe(true)
    // A tick is content too.
    const ticked = structuredClone(approved)
    ticked.content.en!.tasks[0].status = 'done'
    expect(changedAfterApproval(ticked)).toBe(true)
  })
})

describe('who can decide what', () => {
  it('lets the mentor decide only a submitted (or resubmitted) week, or one changed after approval', () => {
    const week = bilingualWeek()
    expect(decisionBlock(week)).toBeNull()
    expect(decisionBlock({ ...week, review: { status: 'draft' } })).toBe('not-submitted')
    const approved = { ...week, review: decide(week, 'approved', decidedAt) }
    expect(decisionBlock(approved)).toBe('already-approved')
    expect(decisionBlock({ ...week, review: decide(week, 'changes-requested', decidedAt) })).toBe(
      'changes-requested',
    )
  })

  it('never takes an approval or a request for changes from a package', () => {
    const mine: WeekReview = {
      status: 'submitted',
      changedAt: '2025-10-24T10:00:00.000Z',
      submittedAt: '2025-10-24T10:00:00.000Z',
    }
    const forged: WeekReview = { status: 'approved', changedAt: '2025-10-30T10:00:00.000Z', note: 'Great' }
    expect(reviewFromPackage(mine, forged)).toEqual({ review: mine, ignored: true })
    // A first package carrying "approved": the week is taken as submitted, the approval is not.
    expect(reviewFromPackage(undefined, { ...forged, submittedAt: mine.submittedAt })).toEqual({
      review: { status: 'submitted', submittedAt: mine.submittedAt, changedAt: mine.submittedAt },
      ignored: true,
    })
    // The intern's copy of the mentor's own decision coming back is no forgery.
    const decision = decide(bilingualWeek(), 'changes-requested', decidedAt, 'Add references')
    expect(reviewFromPackage(decision, { ...decision, revision: 9 })).toEqual({
      review: decision,
      ignored: false,
    })
    // A resubmission after the decision is the intern's, and is taken.
    const resubmitted: WeekReview = {
      status: 'submitted',
      changedAt: '2025-10-26T08:00:00.000Z',
      revision: 5,
    }
    expect(reviewFromPackage(decision, resubmitted).review).toMatchObject({
      status: 'submitted',
      revision: 5,
    })
    expect(reviewFromPackage(decision, resubmitted).review.contentHash).toBeUndefined()
  })
})

const comment = (id: string, extra: Partial<ReviewComment> = {}): ReviewComment => ({
  id,
  journalId: journal.id,
  weekNumber: 1,
  author: 'Bình',
  role: 'mentor',
  target: { kind: 'week' },
  revision: 1,
  body: 'Add the reference of the VPC lab.',
  createdAt: '2025-10-25T09:00:00.000Z',
  resolved: false,
  ...extra,
})

describe('merging comments: the latest action wins', () => {
  it('carries a reopen to the other side when it is later than the resolve', () => {
    const resolvedByIntern = toggleResolved(comment('a'), new Date('2025-10-26T08:00:00.000Z'))
    const reopenedByMentor = toggleResolved(resolvedByIntern, new Date('2025-10-27T08:00:00.000Z'))
    expect(reopenedByMentor.resolved).toBe(false)
    expect(mergeComments([resolvedByIntern], [reopenedByMentor]).merged[0].resolved).toBe(false)
    expect(mergeComments([reopenedByMentor], [resolvedByIntern]).merged[0].resolved).toBe(false)
    expect(mergeComments([comment('a')], [resolvedByIntern]).merged[0].resolved).toBe(true)
  })

  it('keeps the text of a comment as written, whatever a copy says', () => {
    const edited = { ...comment('a'), body: 'Approved, all good', stateChangedAt: '2025-10-28T00:00:00.000Z' }
    expect(mergeComments([comment('a')], [edited]).merged[0].body).toBe('Add the reference of the VPC lab.')
  })

  it('leaves out new comments of the other role when the sender is known', () => {
    const merge = mergeComments([], [comment('m'), comment('i', { role: 'intern', author: 'An' })], 'intern')
    expect(merge.merged.map((c) => c.id)).toEqual(['i'])
    expect(merge).toMatchObject({ added: 1, ignored: 1 })
  })
})
