import { laterReview } from '../domain/review'
import { sameValue } from '../domain/sameValue'
import { JournalSchema, ReviewCommentSchema, WeekSchema } from '../domain/schema'
import type { Journal, ReviewComment, Week, WeekReview } from '../domain/types'
import { weekId } from '../domain/ids'
import { announce } from './channel'
import { db } from './db'
import { ReadOnlyJournalError, StaleWriteError } from './errors'
import { mergeStoredComments, snapshotOf } from './review'
import { abortOnError } from './transactions'
import { putWeekRecord } from './weekRecords'

/** What a sync server's documents bring into the local records (loaded with the sync client only). */

/** The intern's journal on a device that took it from the server, made from the document's settings. */
export async function createSyncedJournal(journal: Journal): Promise<void> {
  await (await db()).add('journals', JournalSchema.parse(journal))
  announce({ type: 'journal', journalId: journal.id, fromSync: true })
}

/** The week fields a journal document carries. */
export type SyncedWeekFields = Pick<Week, 'number' | 'monday' | 'publishDate' | 'content'>

function sameSynced(week: Week, synced: SyncedWeekFields): boolean {
  return (
    week.monday === synced.monday &&
    week.publishDate === synced.publishDate &&
    sameValue(week.content, synced.content)
  )
}

/**
 * The intern's own journal takes a week as the journal document holds it (an edit from another device):
 * saved as the next revision, refused when the stored week is no longer `expectedRevision` (a local edit
 * was saved meanwhile and must first go into the document). Returns the stored week, changed or not.
 */
export async function saveSyncedWeek(
  journalId: string,
  synced: SyncedWeekFields,
  expectedRevision: number,
): Promise<Week> {
  const tx = (await db()).transaction(['journals', 'weeks', 'weekSummaries'], 'readwrite')
  return abortOnError(tx, async () => {
    const journal = await tx.objectStore('journals').get(journalId)
    if (!journal || journal.readOnly) throw new ReadOnlyJournalError(journalId)
    const raw = await tx.objectStore('weeks').get(weekId(journalId, synced.number))
    const stored = raw ? WeekSchema.parse(raw) : undefined
    if ((stored?.revision ?? 0) !== expectedRevision && stored) throw new StaleWriteError(stored)
    if (stored && sameSynced(stored, synced)) {
      await tx.done
      return stored
    }
    const saved = WeekSchema.parse({
      id: weekId(journalId, synced.number),
      journalId,
      review: { status: 'draft' },
      ...stored,
      number: synced.number,
      monday: synced.monday,
      publishDate: synced.publishDate,
      content: synced.content,
      revision: (stored?.revision ?? 0) + 1,
      updatedAt: new Date().toISOString(),
    })
    await putWeekRecord(tx, saved)
    await tx.done
    announce({ type: 'week', journalId, number: saved.number, revision: saved.revision, fromSync: true })
    return saved
  })
}

/**
 * The mentor's decisions and comments from the server, into the intern's own journal: a decision later
 * than the week's review state is applied (a save of the week, its text untouched); comments merge by id.
 */
export async function applyMentorReview(
  journalId: string,
  reviews: { weekNumber: number; review: WeekReview }[],
  comments: ReviewComment[],
): Promise<boolean> {
  const valid = comments.map((c) => ReviewCommentSchema.parse(c))
  const tx = (await db()).transaction(['journals', 'weeks', 'weekSummaries', 'comments'], 'readwrite')
  return abortOnError(tx, async () => {
    let changed = false
    for (const { weekNumber, review } of reviews) {
      const raw = await tx.objectStore('weeks').get(weekId(journalId, weekNumber))
      if (!raw) continue
      const week = WeekSchema.parse(raw)
      const next = laterReview(week.review, review)
      if (next === week.review) continue
      await putWeekRecord(tx, {
        ...week,
        review: next,
        revision: week.revision + 1,
        updatedAt: new Date().toISOString(),
      })
      changed = true
    }
    const merge = await mergeStoredComments(tx.objectStore('comments'), journalId, valid)
    await tx.done
    if (changed || merge.changed > 0) announce({ type: 'all', fromSync: true })
    return changed || merge.changed > 0
  })
}

export interface MirroredJournal {
  journal: Journal
  weeks: { synced: SyncedWeekFields; review: WeekReview }[]
  comments: ReviewComment[]
}

/**
 * The mentor's read-only copy of an intern's synced journal, brought up to the documents: a week whose
 * text changed becomes a new revision, the older one kept as a snapshot (for "changed since you last
 * looked"); review states come from the documents unless this browser holds a later one (a decision the
 * bridge has not sent yet). One transaction; returns whether anything changed.
 */
export async function mirrorJournal(mirror: MirroredJournal): Promise<boolean> {
  const journal = JournalSchema.parse(mirror.journal)
  const comments = mirror.comments.map((c) => ReviewCommentSchema.parse(c))
  const stores = ['journals', 'weeks', 'weekSummaries', 'comments', 'snapshots'] as const
  const tx = (await db()).transaction([...stores], 'readwrite')
  return abortOnError(tx, async () => {
    let changed = false
    const existing = await tx.objectStore('journals').get(journal.id)
    if (existing && !existing.readOnly) throw new ReadOnlyJournalError(journal.id)
    const kept = existing
      ? { ...journal, createdAt: existing.createdAt, updatedAt: existing.updatedAt }
      : journal
    if (!existing || !sameValue(existing, kept)) {
      await tx.objectStore('journals').put({ ...kept, updatedAt: new Date().toISOString() })
      changed = true
    }
    for (const { synced, review } of mirror.weeks) {
      const raw = await tx.objectStore('weeks').get(weekId(journal.id, synced.number))
      const stored = raw ? WeekSchema.parse(raw) : undefined
      const mine =
        stored && (stored.review.changedAt ?? '') > (review.changedAt ?? '') ? stored.review : review
      if (stored && sameSynced(stored, synced)) {
        if (sameValue(stored.review, mine)) continue
        await putWeekRecord(tx, { ...stored, review: mine })
      } else {
        if (stored) await tx.objectStore('snapshots').put(snapshotOf(stored, 'replaced'))
        await putWeekRecord(tx, {
          id: weekId(journal.id, synced.number),
          journalId: journal.id,
          ...synced,
          review: mine,
          revision: (stored?.revision ?? 0) + 1,
          updatedAt: new Date().toISOString(),
        })
      }
      changed = true
    }
    const merge = await mergeStoredComments(tx.objectStore('comments'), journal.id, comments)
    await tx.done
    if (changed || merge.changed > 0) announce({ type: 'all', fromSync: true })
    return changed || merge.changed > 0
  })
}
