import { said } from '../domain/messages'
import type { IDBPTransaction } from 'idb'
import { reviewFromPackage } from '../domain/decisions'
import { weekId } from '../domain/ids'
import { sameValue } from '../domain/sameValue'
import { JournalSchema, ReviewCommentSchema, WeekSchema } from '../domain/schema'
import type { Journal, ReviewComment, Week } from '../domain/types'
import { announce } from './channel'
import { db, type WorklogDB } from './db'
import { mergeStoredComments, ReviewImportError, snapshotOf } from './review'
import { abortOnError } from './transactions'
import { putWeekRecord } from './weekRecords'

/** The mentor's side of the file exchange: an intern's review package into the mentor's read-only copy. */

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
 * The mentor's copy a package belongs to: the same journal id, or a copy already linked to it; else a
 * copy of the same intern (name and first Monday) once the mentor said so. An error when the package is
 * the mentor's own journal, or the mentor must first be asked.
 */
function findCopy(
  all: Journal[],
  incoming: Journal,
  sameInternAs: string | null | undefined,
): { copy?: Journal; linked: boolean } | Error {
  const copy =
    all.find((j) => j.id === incoming.id) ?? all.find((j) => j.readOnly && j.internJournalId === incoming.id)
  if (copy && !copy.readOnly) {
    return new ReviewImportError(said('msg.ownJournalPackage', { owner: copy.owner }))
  }
  if (copy) return { copy, linked: false }
  const candidate = all.find(
    (j) =>
      j.readOnly &&
      personKey(j.owner) === personKey(incoming.owner) &&
      j.firstMonday === incoming.firstMonday,
  )
  if (candidate && sameInternAs === undefined) return new SameInternQuestion(candidate)
  if (candidate && sameInternAs === candidate.id) return { copy: candidate, linked: true }
  return { linked: false }
}

type PackageTx = IDBPTransaction<
  WorklogDB,
  ('journals' | 'weeks' | 'weekSummaries' | 'comments' | 'snapshots' | 'seen')[],
  'readwrite'
>

/** One week of a package into the mentor's copy, inside the import's transaction. */
async function mergeWeek(tx: PackageTx, week: Week, report: PackageImportReport): Promise<void> {
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
  await putWeekRecord(tx, next)
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
  return abortOnError(tx, async () => {
    const fail = async (error: Error): Promise<never> => {
      tx.abort()
      await tx.done.catch(() => undefined)
      throw error
    }
    const found = findCopy(
      (await tx.objectStore('journals').getAll()).flatMap((j) => {
        // A damaged journal elsewhere in the store is no reason to refuse this package: it is just not a match.
        const ok = JournalSchema.safeParse(j)
        return ok.success ? [ok.data] : []
      }),
      parsed.journal,
      options.sameInternAs,
    )
    if (found instanceof Error) return fail(found)
    const { copy: existingJournal, linked } = found
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
    for (const week of weeks) await mergeWeek(tx, week, report)
    const merge = await mergeStoredComments(tx.objectStore('comments'), journal.id, comments, 'intern')
    report.commentsAdded = merge.added
    report.commentsIgnored = merge.ignored
    await tx.done
    announce({ type: 'all' })
    return report
  })
}
