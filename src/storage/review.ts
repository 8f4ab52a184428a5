import { said, SaidError, type Message, type MessageCode } from '../domain/messages'
import { decide, decisionBlock, type DecisionBlock } from '../domain/decisions'
import { mergeComments } from '../domain/review'
import { sameValue } from '../domain/sameValue'
import { ReviewCommentSchema, WeekSchema } from '../domain/schema'
import type { ReviewComment, Week } from '../domain/types'
import { weekId } from '../domain/ids'
import { announce } from './channel'
import type { IDBPObjectStore, StoreNames } from 'idb'
import { db, type SeenMark, type WeekSnapshot, type WorklogDB } from './db'
import { putWeekRecord } from './weekRecords'

/** The review's storage: the mentor's decisions, comment merges, snapshots and "seen" marks (files: packageImport.ts, feedback.ts). */

export class ReviewImportError extends SaidError {
  constructor(message: Message) {
    super(message)
    this.name = 'ReviewImportError'
  }
}

export function snapshotOf(week: Week, reason: WeekSnapshot['reason']): WeekSnapshot {
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

/** Every week's seen record, of every journal (the cohort board reads them at once). */
export async function listAllSeen(): Promise<SeenMark[]> {
  return (await db()).getAll('seen')
}

export async function listSeen(journalId: string): Promise<SeenMark[]> {
  return (await db()).getAllFromIndex('seen', 'byJournal', journalId)
}

/** Updates a week's seen record, keeping its other fields (a record is made on first use). */
async function updateSeen(
  week: Pick<Week, 'id' | 'journalId' | 'revision'>,
  patch: (mark: SeenMark) => SeenMark,
): Promise<SeenMark> {
  const tx = (await db()).transaction('seen', 'readwrite')
  const stored = await tx.store.get(week.id)
  const next = patch(stored ?? { id: week.id, journalId: week.journalId, revision: week.revision })
  await tx.store.put(next)
  await tx.done
  return next
}

/** The mentor looked at this revision (for the "changed since" of the week page). */
export async function markSeen(week: Pick<Week, 'id' | 'journalId' | 'revision'>): Promise<void> {
  await updateSeen(week, (mark) => ({ ...mark, revision: week.revision }))
}

/** The person opened the week now: what the other side did before this is no longer new. */
export async function markVisited(
  week: Pick<Week, 'id' | 'journalId' | 'revision'>,
  now = new Date(),
): Promise<SeenMark> {
  return updateSeen(week, (mark) => ({ ...mark, seenAt: now.toISOString() }))
}

/** The mentor marks the week reviewed as it is now: later changes are marked against this text. */
export async function markReviewed(
  week: Pick<Week, 'id' | 'journalId' | 'revision' | 'content'>,
  now = new Date(),
): Promise<SeenMark> {
  return updateSeen(week, (mark) => ({
    ...mark,
    revision: Math.max(mark.revision, week.revision),
    reviewed: { revision: week.revision, content: week.content, at: now.toISOString() },
  }))
}

const blockReasons: Record<DecisionBlock, MessageCode> = {
  'not-submitted': 'msg.notSubmitted',
  'already-approved': 'msg.alreadyApproved',
  'changes-requested': 'msg.changesRequested',
}

/**
 * The mentor's decision on a week of a read-only copy, made on the week as stored now (its text is not
 * touched, its revision stays the intern's): recorded with the hash of the content it was made on, and
 * refused unless the week waits for a decision (submitted, resubmitted, or changed after approval).
 */
export async function decideWeek(
  journalId: string,
  number: number,
  decision: { status: 'approved' | 'changes-requested'; note?: string },
  expectedRevision: number,
  now = new Date(),
): Promise<Week> {
  const tx = (await db()).transaction(['journals', 'weeks', 'weekSummaries', 'seen'], 'readwrite')
  const refuse = async (message: Message): Promise<never> => {
    tx.abort()
    await tx.done.catch(() => undefined)
    throw new ReviewImportError(message)
  }
  const journal = await tx.objectStore('journals').get(journalId)
  const raw = await tx.objectStore('weeks').get(weekId(journalId, number))
  if (!journal || !raw) return refuse(said('msg.weekNotStored', { number }))
  if (!journal.readOnly) return refuse(said('msg.onlyMentorDecides'))
  const week = WeekSchema.parse(raw)
  if (week.revision !== expectedRevision) {
    return refuse(said('msg.weekChangedMeanwhile', { number }))
  }
  const blocked = decisionBlock(week)
  if (blocked) return refuse(said(blockReasons[blocked], { number }))
  const saved: Week = { ...week, review: decide(week, decision.status, now, decision.note) }
  await putWeekRecord(tx, saved)
  // When the decision was made, so that a later submission shows as a resubmission on the board; and the
  // text decided on counts as reviewed, so that the resubmission's changes are marked word by word.
  const mark = await tx.objectStore('seen').get(saved.id)
  await tx.objectStore('seen').put({
    ...(mark ?? { id: saved.id, journalId, revision: saved.revision }),
    decidedAt: now.toISOString(),
    reviewed: { revision: saved.revision, content: saved.content, at: now.toISOString() },
  })
  await tx.done
  announce({ type: 'week', journalId, number, revision: saved.revision })
  return saved
}

type CommentStore = IDBPObjectStore<WorklogDB, ArrayLike<StoreNames<WorklogDB>>, 'comments', 'readwrite'>

/** Merges incoming comments into a journal's stored ones, inside the caller's transaction. */
export async function mergeStoredComments(
  store: CommentStore,
  journalId: string,
  incoming: ReviewComment[],
  sender?: ReviewComment['role'],
): Promise<{ added: number; ignored: number; changed: number }> {
  const stored = (await store.index('byJournal').getAll(journalId)).map((c) => ReviewCommentSchema.parse(c))
  const { merged, added, ignored } = mergeComments(stored, incoming, sender)
  const before = new Map(stored.map((c) => [c.id, c]))
  const changed = merged.filter((c) => !sameValue(before.get(c.id), c))
  for (const comment of changed) await store.put(comment)
  return { added, ignored, changed: changed.length }
}
