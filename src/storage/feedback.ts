import { formatDayMonthYear } from '../domain/dates'
import { said, type Message } from '../domain/messages'
import { sameKey } from '../domain/contentHash'
import { isMentorStatus } from '../domain/decisions'
import { laterReview } from '../domain/review'
import { JournalSchema, ReviewCommentSchema, WeekSchema } from '../domain/schema'
import type { Journal, ReviewComment, WeekReview } from '../domain/types'
import { weekId } from '../domain/ids'
import { announce } from './channel'
import type { IDBPTransaction } from 'idb'
import { db, type KeyRecord, type WorklogDB } from './db'
import { pinId } from './keys'
import { abortOnError } from './transactions'
import { putWeekRecord } from './weekRecords'
import { mergeStoredComments, ReviewImportError } from './review'

/** The intern's side of the file exchange: a signed feedback file from the mentor merges in. */

export interface FeedbackImportReport {
  journal: Journal
  commentsAdded: number
  statuses: { number: number; status: WeekReview['status'] }[]
  missingWeeks: number[]
  /** The mentor's key was pinned by this import (the first feedback for this journal). */
  pinned: boolean
  /** The key's fingerprint and the name it speaks for. */
  signer: { name: string; fingerprint: string }
}

export interface FeedbackSignerKey {
  name: string
  publicKey: JsonWebKey
  fingerprint: string
}

/**
 * A feedback file signed by another key than the one pinned for its journal. Refused; the fingerprints
 * let the intern check with the mentor, by voice, whether the mentor really has a new key (a browser
 * profile lost), and only then trust it (`trustNewKey`).
 */
export class KeyMismatchError extends ReviewImportError {
  constructor(
    readonly pinned: { name: string; fingerprint: string; at: string },
    readonly offered: { name: string; fingerprint: string },
  ) {
    super(
      said('msg.keyMismatch', {
        name: pinned.name,
        fingerprint: pinned.fingerprint,
        at: formatDayMonthYear(pinned.at.slice(0, 10)),
      }),
    )
    this.name = 'KeyMismatchError'
  }
}

function mismatch(pin: KeyRecord, signer: FeedbackSignerKey): KeyMismatchError {
  return new KeyMismatchError(
    { name: pin.name, fingerprint: pin.fingerprint ?? '?', at: pin.at },
    { name: signer.name, fingerprint: signer.fingerprint },
  )
}

type FeedbackTx = IDBPTransaction<
  WorklogDB,
  ('journals' | 'weeks' | 'weekSummaries' | 'comments' | 'keys')[],
  'readwrite'
>

/**
 * The signer's key against the one pinned for the journal: pinned now if there is none (true), the same
 * (false), or another one, refused unless the intern named its fingerprint after checking with the mentor.
 */
async function checkPin(
  tx: FeedbackTx,
  journalId: string,
  signer: FeedbackSignerKey,
  trustNewKey: string | undefined,
): Promise<boolean | KeyMismatchError> {
  const pin = await tx.objectStore('keys').get(pinId(journalId))
  if (pin && sameKey(pin.publicKey, signer.publicKey)) return false
  if (pin && trustNewKey !== signer.fingerprint) return mismatch(pin, signer)
  await tx.objectStore('keys').put({
    id: pinId(journalId),
    publicKey: signer.publicKey,
    name: signer.name,
    fingerprint: signer.fingerprint,
    at: new Date().toISOString(),
  })
  return true
}

/**
 * The intern imports the mentor's feedback, its signature already checked against the key it carries
 * (codec/signedFeedback.ts). That key must be the one pinned for the journal, or is pinned now if this
 * is the journal's first feedback. Comments merge in and review states are applied, and not a byte of the
 * week text changes. One transaction; a file for another journal or signed by another key is refused.
 */
export async function importFeedback(
  payload: {
    journalId: string
    owner: string
    reviews: {
      weekNumber: number
      status: WeekReview['status']
      revision: number
      changedAt: string
      note?: string
      contentHash?: string
    }[]
    comments: ReviewComment[]
  },
  signer: FeedbackSignerKey,
  options: { trustNewKey?: string } = {},
): Promise<FeedbackImportReport> {
  const comments = payload.comments.map((c) => ReviewCommentSchema.parse(c))
  const stores = ['journals', 'weeks', 'weekSummaries', 'comments', 'keys'] as const
  const tx = (await db()).transaction([...stores], 'readwrite')
  return abortOnError(tx, async () => {
    const fail = async (reason: Message | Error): Promise<never> => {
      tx.abort()
      await tx.done.catch(() => undefined)
      throw reason instanceof Error ? reason : new ReviewImportError(reason)
    }
    const rawJournal = await tx.objectStore('journals').get(payload.journalId)
    if (!rawJournal) {
      return fail(said('msg.feedbackNoJournal', { owner: payload.owner || said('msg.anotherIntern') }))
    }
    const journal = JournalSchema.parse(rawJournal)
    if (journal.readOnly) {
      return fail(said('msg.feedbackForReviewer', { owner: journal.owner }))
    }
    const pinned = await checkPin(tx, journal.id, signer, options.trustNewKey)
    if (pinned instanceof Error) return fail(pinned)
    const report: FeedbackImportReport = {
      journal,
      commentsAdded: 0,
      statuses: [],
      missingWeeks: [],
      pinned,
      signer: { name: signer.name, fingerprint: signer.fingerprint },
    }
    for (const decision of payload.reviews) {
      // A feedback file speaks for the mentor: approvals and requests for changes, nothing of the intern's.
      if (!isMentorStatus(decision.status)) continue
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
        contentHash: decision.contentHash,
      })
      if (review === week.review) continue
      // Applying the decision is a save (open tabs must see it), but not a change of text: when the week is
      // still the one the mentor decided on, the decision holds for the revision it is saved as.
      const revision = week.revision + 1
      const saved = {
        ...week,
        review: week.revision === decision.revision ? { ...review, revision } : review,
        revision,
        updatedAt: new Date().toISOString(),
      }
      await putWeekRecord(tx, saved)
      report.statuses.push({ number: week.number, status: review.status })
    }
    report.commentsAdded = (await mergeStoredComments(tx.objectStore('comments'), journal.id, comments)).added
    await tx.done
    announce({ type: 'all' })
    return report
  })
}
