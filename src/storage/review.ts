import { summarizeWeek } from '../domain/progress'
import { sameValue } from '../domain/sameValue'
import { decide, decisionBlock, reviewFromPackage, type DecisionBlock } from '../domain/decisions'
import { mergeComments } from '../domain/review'
import { JournalSchema, ReviewCommentSchema, WeekSchema } from '../domain/schema'
import type { Journal, ReviewComment, Week } from '../domain/types'
import { weekId } from '../domain/ids'
import { announce } from './channel'
import type { IDBPObjectStore, StoreNames } from 'idb'
import { db, type SeenMark, type WeekSnapshot, type WorklogDB } from './db'

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

const blockReasons: Record<DecisionBlock, (n: number) => string> = {
  'not-submitted': (n) =>
    `Week ${n} has not been submitted: only a submitted week can be approved or sent back.`,
  'already-approved': (n) =>
    `Week ${n} is already approved and has not changed since: there is nothing to decide until it changes.`,
  'changes-requested': (n) =>
    `Changes were requested on week ${n}: it can be decided again once the intern resubmits it.`,
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
  const tx = (await db()).transaction(['journals', 'weeks', 'weekSummaries'], 'readwrite')
  const refuse = async (message: string): Promise<never> => {
    tx.abort()
    await tx.done.catch(() => undefined)
    throw new ReviewImportError(message)
  }
  const journal = await tx.objectStore('journals').get(journalId)
  const raw = await tx.objectStore('weeks').get(weekId(journalId, number))
  if (!journal || !raw) return refuse(`Week ${number} is not stored, so it cannot be reviewed.`)
  if (!journal.readOnly) return refuse('Only the mentor approves or sends back a week, from their own copy.')
  const week = WeekSchema.parse(raw)
  if (week.revision !== expectedRevision) {
    return refuse(`Week ${number} changed meanwhile; look again before deciding.`)
  }
  const blocked = decisionBlock(week)
  if (blocked) return refuse(blockReasons[blocked](number))
  const saved: Week = { ...week, review: decide(week, decision.status, now, decision.note) }
  await tx.objectStore('weeks').put(saved)
  await tx.objectStore('weekSummaries').put(summarizeWeek(saved))
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
): Promise<{ added: number; ignored: number }> {
  const stored = (await store.index('byJournal').getAll(journalId)).map((c) => ReviewCommentSchema.parse(c))
  const { merged, added, ignored } = mergeComments(stored, incoming, sender)
  for (const comment of merged) await store.put(comment)
  return { added, ignored }
}

export interface PackageImportReport {
  journal: Journal
  added: number[]
  updated: { number: number; updatedAt: string }[]
  unchanged: number[]
  commentsAdded: number
  /** Weeks whose package carried an approval or a request for changes that is not this mentor's: ignored. */
  decisionsIgnored: number[]
  /** Comments in the mentor's name that this mentor does not hold: ignored. */
  commentsIgnored: number
  /** The package came from the intern's journal on another device, and was taken as the same journal. */
  linked: boolean
}

/** A package from a journal not held here, whose intern and first Monday match one held: ask first. */
export class SameInternQuestion extends Error {
  constructor(readonly candidate: Journal) {
    super(
      `This package is from ${candidate.owner}, whose journal starting ${candidate.firstMonday} you already review, but from another copy of it (a new device?).`,
    )
    this.name = 'SameInternQuestion'
  }
}

const personKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()

/** Moves a package's journal, weeks and comments to the id of the mentor's copy they are linked to. */
function relink(payload: { journal: Journal; weeks: Week[]; comments: ReviewComment[] }, id: string) {
  if (payload.journal.id === id) return payload
  return {
    journal: { ...payload.journal, id, internJournalId: payload.journal.id },
    weeks: payload.weeks.map((w) => ({ ...w, id: weekId(id, w.number), journalId: id })),
    comments: payload.comments.map((c) => ({ ...c, journalId: id })),
  }
}

/**
 * A mentor imports an intern's review package: the journal becomes (or stays) a read-only copy; a week
 * newer than the copy replaces it, the older version kept as a snapshot so the change can be shown;
 * comments merge by id. The package is the intern's word only: the mentor's approvals, requests for
 * changes, notes and comments are never taken from it (the report lists what was ignored). A package
 * from the same intern's journal on another device (same name and first Monday, another id) is asked
 * about (SameInternQuestion) unless `sameInternAs` answers: the copy's id, or null for another intern.
 * One transaction.
 */
export async function importReviewPackage(
  payload: { journal: Journal; weeks: Week[]; comments: ReviewComment[] },
  options: { sameInternAs?: string | null } = {},
): Promise<PackageImportReport> {
  const parsed = {
    journal: JournalSchema.parse(payload.journal),
    weeks: payload.weeks.map((w) => WeekSchema.parse(w)),
    comments: payload.comments.map((c) => ReviewCommentSchema.parse(c)),
  }
  const stores = ['journals', 'weeks', 'weekSummaries', 'comments', 'snapshots', 'seen'] as const
  const tx = (await db()).transaction([...stores], 'readwrite')
  const fail = async (error: Error): Promise<never> => {
    tx.abort()
    await tx.done.catch(() => undefined)
    throw error
  }
  const all = (await tx.objectStore('journals').getAll()).map((j) => JournalSchema.parse(j))
  const incomingId = parsed.journal.id
  let existingJournal =
    all.find((j) => j.id === incomingId) ?? all.find((j) => j.readOnly && j.internJournalId === incomingId)
  if (existingJournal && !existingJournal.readOnly) {
    return fail(
      new ReviewImportError(
        `This review package holds your own journal (${existingJournal.owner}): it is already here and editable, so it was not imported as a copy.`,
      ),
    )
  }
  let linked = false
  if (!existingJournal) {
    const candidate = all.find(
      (j) =>
        j.readOnly &&
        personKey(j.owner) === personKey(parsed.journal.owner) &&
        j.firstMonday === parsed.journal.firstMonday,
    )
    if (candidate && options.sameInternAs === undefined) return fail(new SameInternQuestion(candidate))
    if (candidate && options.sameInternAs === candidate.id) {
      existingJournal = candidate
      linked = true
    }
  }
  const {
    journal: incomingJournal,
    weeks,
    comments,
  } = existingJournal ? relink(parsed, existingJournal.id) : parsed
  const journal: Journal = {
    ...incomingJournal,
    // The mentor's name in the mentor's own copy signs the mentor's comments: a package does not rename it.
    mentor: existingJournal?.mentor ?? incomingJournal.mentor,
    internJournalId: incomingJournal.internJournalId ?? existingJournal?.internJournalId,
    readOnly: true,
    updatedAt: new Date().toISOString(),
  }
  await tx.objectStore('journals').put(journal)
  const report: PackageImportReport = {
    journal,
    added: [],
    updated: [],
    unchanged: [],
    commentsAdded: 0,
    decisionsIgnored: [],
    commentsIgnored: 0,
    linked,
  }
  for (const week of weeks) {
    const raw = await tx.objectStore('weeks').get(week.id)
    const existing = raw ? WeekSchema.parse(raw) : undefined
    const { review, ignored } = reviewFromPackage(existing?.review, week.review)
    if (ignored) report.decisionsIgnored.push(week.number)
    let next: Week
    if (!existing) {
      next = { ...week, review }
      report.added.push(week.number)
    } else if (week.revision > existing.revision && sameValue(week.content, existing.content)) {
      // A newer revision with the same text (the intern's save of a review state, e.g. applying feedback):
      // taken as it is, and if the mentor had looked at the previous one, they have seen this one too.
      next = { ...week, review }
      const seen = await tx.objectStore('seen').get(existing.id)
      if (seen?.revision === existing.revision)
        await tx.objectStore('seen').put({ ...seen, revision: week.revision })
      report.unchanged.push(week.number)
    } else if (week.revision > existing.revision) {
      await tx.objectStore('snapshots').put(snapshotOf(existing, 'replaced'))
      next = { ...week, review }
      report.updated.push({ number: week.number, updatedAt: week.updatedAt })
    } else {
      next = { ...existing, review }
      report.unchanged.push(week.number)
    }
    await tx.objectStore('weeks').put(next)
    await tx.objectStore('weekSummaries').put(summarizeWeek(next))
  }
  const merge = await mergeStoredComments(tx.objectStore('comments'), journal.id, comments, 'intern')
  report.commentsAdded = merge.added
  report.commentsIgnored = merge.ignored
  await tx.done
  announce({ type: 'all' })
  return report
}
