import { weekId } from './ids'
import type { ReviewComment, ReviewStatus, Week } from './types'

/**
 * What one person of this browser (the intern in their own journal, the mentor in a read-only copy) has
 * seen of a week: the revision last opened, the content the mentor last marked reviewed, when a decision
 * was last made, and when the week was last opened (for "new since your last visit"). Stored in the
 * `seen` store, one record per week; every field but the first three is optional, so records written
 * before these fields existed stay valid.
 */
export interface SeenMark {
  /** The week id. */
  id: string
  journalId: string
  revision: number
  /** The week as the mentor last marked it reviewed: its text is what "changed since" compares against. */
  reviewed?: { revision: number; content: Week['content']; at: string }
  /** ISO instant of the mentor's last decision on the week (a later submission is a resubmission). */
  decidedAt?: string
  /** ISO instant this person last opened the week. */
  seenAt?: string
}

/** Who reads a journal: its intern, or a mentor holding a read-only copy. */
export type Reader = 'intern' | 'mentor'

/**
 * What the other side did on a week that its reader has not seen yet: comments written by the other role
 * after the reader last opened the week, and the other side's latest step on the review (for the intern,
 * the mentor's decision; for the mentor, a submission) when it came after that visit.
 */
export function unseenOnWeek(
  reader: Reader,
  week: Pick<Week, 'number' | 'review'> | undefined,
  comments: readonly ReviewComment[],
  seenAt: string | undefined,
): { comments: number; decision: boolean } {
  const after = (instant: string | undefined) =>
    instant !== undefined && (seenAt === undefined || instant > seenAt)
  const other = reader === 'intern' ? 'mentor' : 'intern'
  const newComments = comments.filter((c) => c.role === other && after(c.createdAt)).length
  let decision = false
  if (week) {
    const status: ReviewStatus = week.review.status
    if (reader === 'intern')
      decision = (status === 'approved' || status === 'changes-requested') && after(week.review.changedAt)
    else decision = status === 'submitted' && after(week.review.submittedAt)
  }
  return { comments: newComments, decision }
}

/** Unseen counts per week number of a journal (only weeks with something new), and their total. */
export function unseenByWeek(
  reader: Reader,
  weeks: readonly Pick<Week, 'id' | 'number' | 'review'>[],
  comments: readonly ReviewComment[],
  marks: readonly Pick<SeenMark, 'id' | 'seenAt'>[],
): { byWeek: Map<number, number>; total: number } {
  const seenAt = new Map(marks.map((m) => [m.id, m.seenAt]))
  const weekByNumber = new Map(weeks.map((w) => [w.number, w]))
  const numbers = new Set([...weeks.map((w) => w.number), ...comments.map((c) => c.weekNumber)])
  const byWeek = new Map<number, number>()
  let total = 0
  for (const number of numbers) {
    const week = weekByNumber.get(number)
    const onWeekComments = comments.filter((c) => c.weekNumber === number)
    const id = week?.id ?? weekId(onWeekComments[0]?.journalId ?? '', number)
    const onWeek = unseenOnWeek(reader, week, onWeekComments, seenAt.get(id))
    const count = onWeek.comments + (onWeek.decision ? 1 : 0)
    if (count > 0) byWeek.set(number, count)
    total += count
  }
  return { byWeek, total }
}
