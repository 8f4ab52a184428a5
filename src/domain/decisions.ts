import { weekContentHash } from './contentHash'
import type { ReviewStatus, Week, WeekReview } from './types'

/**
 * Who may set which review state. The intern drafts and submits; only the mentor approves or asks for
 * changes, and only in the mentor's own browser: a state that arrives in an intern's package is the
 * intern's word, never the mentor's.
 */
export const MENTOR_STATUSES: readonly ReviewStatus[] = ['approved', 'changes-requested']

export function isMentorStatus(status: ReviewStatus): boolean {
  return MENTOR_STATUSES.includes(status)
}

/** The week was approved, and its content is no longer the content the approval recorded. */
export function changedAfterApproval(week: Pick<Week, 'content' | 'review'>): boolean {
  const { status, contentHash } = week.review
  return status === 'approved' && contentHash !== undefined && weekContentHash(week) !== contentHash
}

/** Why the mentor cannot decide on a week now, or null when the week waits for a decision. */
export type DecisionBlock = 'not-submitted' | 'already-approved' | 'changes-requested'

export function decisionBlock(week: Pick<Week, 'content' | 'review'>): DecisionBlock | null {
  switch (week.review.status) {
    case 'submitted':
      return null
    case 'draft':
      return 'not-submitted'
    case 'approved':
      return changedAfterApproval(week) ? null : 'already-approved'
    case 'changes-requested':
      return 'changes-requested'
  }
}

/** The week waits for the mentor: submitted or resubmitted, or changed after it was approved. */
export function awaitsDecision(week: Pick<Week, 'content' | 'review'>): boolean {
  return decisionBlock(week) === null
}

/** The mentor's decision on a week as it is stored now: bound to the hash of that content. */
export function decide(
  week: Pick<Week, 'content' | 'review' | 'revision'>,
  status: ReviewStatus,
  now: Date,
  note?: string,
): WeekReview {
  return {
    ...week.review,
    status,
    revision: week.revision,
    changedAt: now.toISOString(),
    note: note?.trim() || undefined,
    contentHash: weekContentHash(week),
  }
}

function sameDecision(a: WeekReview, b: WeekReview): boolean {
  return (
    a.status === b.status &&
    a.changedAt === b.changedAt &&
    (a.note ?? '') === (b.note ?? '') &&
    a.contentHash === b.contentHash
  )
}

/**
 * The review state of a week after the mentor imports an intern's package. The package speaks for the
 * intern only: a submission later than what the mentor holds is taken; an approval or a request for
 * changes it carries is ignored (`ignored` says whether it differed from the mentor's own record).
 */
export function reviewFromPackage(
  mine: WeekReview | undefined,
  incoming: WeekReview,
): { review: WeekReview; ignored: boolean } {
  if (isMentorStatus(incoming.status)) {
    const ignored = !mine || !sameDecision(mine, incoming)
    if (mine) return { review: mine, ignored }
    // A first package of a week "already approved": the mentor has decided nothing on it here.
    const status = incoming.submittedAt ? 'submitted' : 'draft'
    return {
      review: { status, submittedAt: incoming.submittedAt, changedAt: incoming.submittedAt },
      ignored,
    }
  }
  const theirs: WeekReview = {
    status: incoming.status,
    revision: incoming.revision,
    changedAt: incoming.changedAt,
    note: incoming.note,
    submittedAt: incoming.submittedAt ?? mine?.submittedAt,
  }
  if (!mine) return { review: theirs, ignored: false }
  return { review: (theirs.changedAt ?? '') > (mine.changedAt ?? '') ? theirs : mine, ignored: false }
}
