import type * as Y from 'yjs'
import { reviewFromEvents, type SyncLink } from '../domain/sync'
import type { Journal, Week, WeekReview } from '../domain/types'
import { StaleWriteError } from '../storage/errors'
import { getJournal, listComments, listWeeks } from '../storage/repository'
import { getLink, putLink } from '../storage/memberships'
import { applyMentorReview, createSyncedJournal, saveSyncedWeek } from '../storage/sync'
import { readJournal, readWeek, syncedWeekNumbers, writeJournal, type SyncedWeek } from './journalDoc'
import {
  appendComments,
  appendSubmission,
  commentList,
  commentsFromDocs,
  readDecisions,
  readEntries,
} from './reviewDoc'
import { Serial } from './serial'
import { baseOf, pushWeek } from './weekExchange'

/** Marks the document changes made from this browser's records, so that they are not read back. */
export const LOCAL = Symbol('local records')

const synced = (week: Week): SyncedWeek => ({
  number: week.number,
  monday: week.monday,
  publishDate: week.publishDate,
  content: week.content,
})

/** A mentor's review document, as the intern reads it. */
export interface MentorReview {
  doc: Y.Doc
  name: string
}

/**
 * The intern's side: one of their journals kept in step with `journal/<me>/<remoteId>`, both ways.
 * A local save goes into the document as an edit of the version it was made on (weekExchange.ts); a
 * change from the document (the same intern on another device) is saved locally as the next revision,
 * through the normal storage path. Submissions go to `actions`, comments and replies to `replies`;
 * the mentors' decisions and comments are read back from their review documents.
 */
export class InternJournalSync {
  readonly queue = new Serial()
  reviews: MentorReview[] = []

  constructor(
    readonly doc: Y.Doc,
    private link: SyncLink,
    private readonly internName: string,
  ) {}

  get journalId(): string {
    return this.link.id
  }

  private async saveLink(weeks: SyncLink['weeks']): Promise<void> {
    this.link = { ...this.link, weeks: { ...this.link.weeks, ...weeks } }
    await putLink(this.link)
  }

  private async pushOne(week: Week): Promise<void> {
    const known = this.link.weeks[week.number]
    if (known?.revision !== week.revision) {
      const base = pushWeek(this.doc, synced(week), known?.base, LOCAL)
      await this.saveLink({ [week.number]: { revision: week.revision, base } })
    }
    this.doc.transact(() => appendSubmission(this.doc, week), LOCAL)
  }

  /** Every local week saved since it was last exchanged goes into the document, and the journal's settings. */
  pushLocal(): Promise<void> {
    return this.queue.run(async () => {
      const journal = await getJournal(this.journalId)
      if (!journal) return
      this.doc.transact(() => writeJournal(this.doc, journal), LOCAL)
      for (const week of (await listWeeks(this.journalId)).items) await this.pushOne(week)
      await this.pushReplies()
    }, 'push')
  }

  private async pushReplies(): Promise<void> {
    const local = (await listComments(this.journalId)).items
    const others = this.reviews.flatMap((r) => readEntries(commentList(r.doc, 'comments')))
    this.doc.transact(() => appendComments(commentList(this.doc, 'replies'), local, 'intern', others), LOCAL)
  }

  /** The journal itself on a device that took it from the server: made from the document's settings. */
  private async ensureJournal(): Promise<boolean> {
    if (await getJournal(this.journalId)) return true
    // Deleted in this browser (its link went with it): not brought back from the server.
    if (!(await getLink(this.journalId))) return false
    const settings = readJournal(this.doc)
    if (!settings) return false
    const now = new Date().toISOString()
    const journal: Journal = {
      ...settings,
      id: this.journalId,
      readOnly: false,
      createdAt: now,
      updatedAt: now,
    }
    await createSyncedJournal(journal)
    return true
  }

  /** What the document holds that the local weeks do not (another device's edits) is saved locally. */
  pullRemote(): Promise<void> {
    return this.queue.run(async () => {
      if (!(await this.ensureJournal())) return
      const local = new Map((await listWeeks(this.journalId)).items.map((w) => [w.number, w]))
      for (const number of syncedWeekNumbers(this.doc)) {
        const mine = local.get(number)
        // A local save not yet in the document goes in first, so that it merges instead of being replaced.
        if (mine) await this.pushOne(mine)
        const theirs = readWeek(this.doc, number)
        if (!theirs) continue
        try {
          const saved = await saveSyncedWeek(this.journalId, theirs, mine?.revision ?? 0)
          await this.saveLink({ [number]: { revision: saved.revision, base: baseOf(this.doc) } })
        } catch (error) {
          // Saved locally meanwhile: that save is queued to go into the document, and is read back after.
          if (!(error instanceof StaleWriteError)) throw error
          void this.pushLocal().then(() => this.pullRemote())
        }
      }
    }, 'pull')
  }

  /** The mentors' decisions and comments, into the local week reviews and comments. */
  pullReviews(): Promise<void> {
    return this.queue.run(async () => {
      if (!(await getJournal(this.journalId))) return
      const decisions = this.reviews.flatMap((r) => readDecisions(r.doc))
      const numbers = new Set(decisions.map((d) => d.weekNumber))
      const reviews: { weekNumber: number; review: WeekReview }[] = [...numbers].map((weekNumber) => ({
        weekNumber,
        review: reviewFromEvents(weekNumber, [], decisions),
      }))
      const weeks = new Map((await listWeeks(this.journalId)).items.map((w) => [w.number, w.revision]))
      const comments = commentsFromDocs(
        this.journalId,
        [
          { entries: readEntries(commentList(this.doc, 'replies')), role: 'intern', author: this.internName },
          ...this.reviews.map((r) => ({
            entries: readEntries(commentList(r.doc, 'comments')),
            role: 'mentor' as const,
            author: r.name,
          })),
        ],
        (n) => weeks.get(n) ?? 0,
      )
      await applyMentorReview(this.journalId, reviews, comments)
    }, 'reviews')
  }
}
