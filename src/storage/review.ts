import { sameValue } from '../domain/sameValue'
import { laterReview, mergeComments } from '../domain/review'
import { JournalSchema, ReviewCommentSchema, WeekSchema } from '../domain/schema'
import type { Journal, ReviewComment, Week, WeekReview } from '../domain/types'
import { weekId } from '../domain/ids'
import { announce } from './channel'
import type { IDBPObjectStore, StoreNames } from 'idb'
import { db, type SeenMark, type WeekSnapshot, type WorklogDB } from './db'
import { abortOnError, type WriteTransaction } from './transactions'
import { putWeekRecord } from './weekRecords'

/** The review exchange's storage: mentor copies, feedback merges, snapshots and "seen" marks. */

export class ReviewImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReviewImportError'
  }
}

function snapshotOf(week: Week, reason: WeekSnapshot['reason']): WeekSnapshot {
  return {
    id: `${week.id}@${week.revision}`,
    weekId: week.id,
    journalId: week.journalId,
    revision: week.revision,
    week,
    reason,
    at: new Date().toISOString(),
  }
}

/** Keeps weeks as they are now (on submission, or when they leave in a review package). */
export async function snapshotWeeks(weeks: Week[], reason: WeekSnapshot['reason']): Promise<void> {
  const tx = (await db()).transaction('snapshots', 'readwrite')
  await Promise.all(weeks.map((w) => tx.store.put(snapshotOf(w, reason))))
  await tx.done
}

export async function getSnapshot(
  journalId: string,
  number: number,
  revision: number,
): Promise<Week | undefined> {
  const snapshot = await (await db()).get('snapshots', `${weekId(journalId, number)}@${revision}`)
  return snapshot ? WeekSchema.parse(snapshot.week) : undefined
}

export async function listSeen(journalId: string): Promise<SeenMark[]> {
  return (await db()).getAllFromIndex('seen', 'byJournal', journalId)
}

export async function markSeen(week: Pick<Week, 'id' | 'journalId' | 'revision'>): Promise<void> {
  await (await db()).put('seen', { id: week.id, journalId: week.journalId, revision: week.revision })
}

/**
 * Sets the review state of a week without touching its text. In a mentor's read-only copy the revision
 * stays the intern's (comments refer to it); in the intern's own journal it is a save like any other.
 */
export async function setWeekReview(
  journalId: string,
  number: number,
  review: WeekReview,
  expectedRevision?: number,
): Promise<Week> {
  const tx = (await db()).transaction(['journals', 'weeks', 'weekSummaries'], 'readwrite')
  const journal = await tx.objectStore('journals').get(journalId)
  const raw = await tx.objectStore('weeks').get(weekId(journalId, number))
  if (!journal || !raw) {
    tx.abort()
    await tx.done.catch(() => undefined)
    throw new ReviewImportError(`Week ${number} is not stored, so it cannot be reviewed.`)
  }
  const week = WeekSchema.parse(raw)
  if (expectedRevision !== undefined && week.revision !== expectedRevision) {
    tx.abort()
    await tx.done.catch(() => undefined)
    throw new ReviewImportError(
      `Week ${number} changed meanwhile (now revision ${week.revision}); look again before deciding.`,
    )
  }
  const saved: Week = journal.readOnly
    ? { ...week, review }
    : { ...week, review, revision: week.revision + 1, updatedAt: new Date().toISOString() }
  await putWeekRecord(tx, saved)
  await tx.done
  announce({ type: 'week', journalId, number, revision: saved.revision })
  return saved
}

type CommentStore = IDBPObjectStore<WorklogDB, ArrayLike<StoreNames<WorklogDB>>, 'comments', 'readwrite'>

/** Merges incoming comments into a journal's stored ones, inside the caller's transaction; returns how many are new. */
async function mergeStoredComments(
  store: CommentStore,
  journalId: string,
  incoming: ReviewComment[],
): Promise<number> {
  const stored = (await store.index('byJournal').getAll(journalId)).map((c) => ReviewCommentSchema.parse(c))
  const { merged, added } = mergeComments(stored, incoming)
  for (const comment of merged) await store.put(comment)
  return added
}

export interface PackageImportReport {
  journal: Journal
  added: number[]
  updated: { number: number; from: number; to: number }[]
  unchanged: number[]
  commentsAdded: number
}

/**
 * A mentor imports an intern's review package: the journal becomes (or stays) a read-only copy; a week
 * newer than the copy replaces it, the older version kept as a snapshot so the change can be shown;
 * comments merge by id; the later review state of each week wins. One transaction.
 */
export async function importReviewPackage(payload: {
  journal: Journal
  weeks: Week[]
  comments: ReviewComment[]
}): Promise<PackageImportReport> {
  const incomingJournal = JournalSchema.parse(payload.journal)
  const weeks = payload.weeks.map((w) => WeekSchema.parse(w))
  const comments = payload.comments.map((c) => ReviewCommentSchema.parse(c))
  const stores = ['journals', 'weeks', 'weekSummaries', 'comments', 'snapshots', 'seen'] as const
  const tx = (await db()).transaction([...stores], 'readwrite')
  return abortOnError(tx, () => writeReviewPackage(tx, incomingJournal, weeks, comments))
}

/** The writes of a review package, in its transaction. */
async function writeReviewPackage(
  tx: WriteTransaction,
  incomingJournal: Journal,
  weeks: Week[],
  comments: ReviewComment[],
): Promise<PackageImportReport> {
  const fail = async (message: string): Promise<never> => {
    tx.abort()
    await tx.done.catch(() => undefined)
    throw new ReviewImportError(message)
  }
  const existingJournal = await tx.objectStore('journals').get(incomingJournal.id)
  if (existingJournal && !existingJournal.readOnly) {
    return fail(
      `This review package holds your own journal (${existingJournal.owner}): it is already here and editable, so it was not imported as a copy.`,
    )
  }
  const journal: Journal = { ...incomingJournal, readOnly: true, updatedAt: new Date().toISOString() }
  await tx.objectStore('journals').put(journal)
  const report: PackageImportReport = { journal, added: [], updated: [], unchanged: [], commentsAdded: 0 }
  for (const week of weeks) {
    const raw = await tx.objectStore('weeks').get(week.id)
    const existing = raw ? WeekSchema.parse(raw) : undefined
    let next: Week
    if (!existing) {
      next = week
      report.added.push(week.number)
    } else if (week.revision > existing.revision && sameValue(week.content, existing.content)) {
      // A newer revision with the same text (the intern's save of a review state, e.g. applying feedback):
      // taken as it is, and if the mentor had looked at the previous one, they have seen this one too.
      next = { ...week, review: laterReview(existing.review, week.review) }
      const seen = await tx.objectStore('seen').get(existing.id)
      if (seen?.revision === existing.revision)
        await tx.objectStore('seen').put({ ...seen, revision: week.revision })
      report.unchanged.push(week.number)
    } else if (week.revision > existing.revision) {
      await tx.objectStore('snapshots').put(snapshotOf(existing, 'replaced'))
      next = { ...week, review: laterReview(existing.review, week.review) }
      report.updated.push({ number: week.number, from: existing.revision, to: week.revision })
    } else {
      next = { ...existing, review: laterReview(existing.review, week.review) }
      report.unchanged.push(week.number)
    }
    await putWeekRecord(tx, next)
  }
  report.commentsAdded = await mergeStoredComments(tx.objectStore('comments'), journal.id, comments)
  await tx.done
  announce({ type: 'all' })
  return report
}

export interface FeedbackImportReport {
  journal: Journal
  commentsAdded: number
  statuses: { number: number; status: WeekReview['status'] }[]
  missingWeeks: number[]
}

/**
 * The intern imports the mentor's feedback: comments merge in and review states are applied, and not a
 * byte of the week text changes. One transaction; a file for another journal is refused.
 */
export async function importFeedback(payload: {
  journalId: string
  owner: string
  reviews: {
    weekNumber: number
    status: WeekReview['status']
    revision: number
    changedAt: string
    note?: string
  }[]
  comments: ReviewComment[]
}): Promise<FeedbackImportReport> {
  const comments = payload.comments.map((c) => ReviewCommentSchema.parse(c))
  const tx = (await db()).transaction(['journals', 'weeks', 'weekSummaries', 'comments'], 'readwrite')
  return abortOnError(tx, () => writeFeedback(tx, payload, comments))
}

/** The writes of the mentor's feedback, in its transaction. */
async function writeFeedback(
  tx: WriteTransaction,
  payload: Parameters<typeof importFeedback>[0],
  comments: ReviewComment[],
): Promise<FeedbackImportReport> {
  const fail = async (message: string): Promise<never> => {
    tx.abort()
    await tx.done.catch(() => undefined)
    throw new ReviewImportError(message)
  }
  const rawJournal = await tx.objectStore('journals').get(payload.journalId)
  if (!rawJournal) {
    return fail(
      `This feedback is for the journal of ${payload.owner || 'another intern'}, which is not in this browser. Nothing was imported.`,
    )
  }
  const journal = JournalSchema.parse(rawJournal)
  if (journal.readOnly) {
    return fail(
      `This feedback is for ${journal.owner}'s journal, which you hold as a reviewer: only the intern imports feedback. Nothing was imported.`,
    )
  }
  const report: FeedbackImportReport = { journal, commentsAdded: 0, statuses: [], missingWeeks: [] }
  for (const decision of payload.reviews) {
    const raw = await tx.objectStore('weeks').get(weekId(journal.id, decision.weekNumber))
    if (!raw) {
      report.missingWeeks.push(decision.weekNumber)
      continue
    }
    const week = WeekSchema.parse(raw)
    const review = laterReview(week.review, {
      status: decision.status,
      revision: decision.revision,
      changedAt: decision.changedAt,
      note: decision.note,
    })
    if (review === week.review) continue
    // Applying the decision is a save (open tabs must see it), but not a change of text: when the week is
    // still the one the mentor decided on, the decision holds for the revision it is saved as.
    const revision = week.revision + 1
    const saved: Week = {
      ...week,
      review: week.revision === decision.revision ? { ...review, revision } : review,
      revision,
      updatedAt: new Date().toISOString(),
    }
    await putWeekRecord(tx, saved)
    report.statuses.push({ number: week.number, status: review.status })
  }
  report.commentsAdded = await mergeStoredComments(tx.objectStore('comments'), journal.id, comments)
  await tx.done
  announce({ type: 'all' })
  return report
}
