import type * as Y from 'yjs'
import { reviewFromEvents } from '../domain/sync'
import type { Journal } from '../domain/types'
import { listComments, listWeeks } from '../storage/repository'
import { mirrorJournal } from '../storage/sync'
import { readJournal, readWeek, syncedWeekNumbers } from './journalDoc'
import { LOCAL } from './internBridge'
import {
  appendComments,
  appendDecision,
  commentList,
  commentsFromDocs,
  readActions,
  readDecisions,
  readEntries,
} from './reviewDoc'
import { Serial } from './serial'

/** The local id of a mentor's copy of an intern's synced journal. */
export function mirrorId(internId: string, remoteId: string): string {
  return `sync-${internId}-${remoteId}`
}

/**
 * The mentor's side of one intern's journal: `journal/<intern>/<journal>` (read-only) mirrored into a
 * read-only local copy, the same records a review package makes, so that the review screens show it;
 * the mentor's decisions and comments on that copy written to `review/<me>/<intern>/<journal>`. The
 * intern's name comes from the roster, the mentor's from their identity: never from a document field.
 */
export class MentorMirror {
  readonly queue = new Serial()

  constructor(
    readonly journalDoc: Y.Doc,
    readonly reviewDoc: Y.Doc,
    private readonly who: {
      internId: string
      remoteId: string
      internName: () => string
      mentorName: string
    },
  ) {}

  get journalId(): string {
    return mirrorId(this.who.internId, this.who.remoteId)
  }

  /** The documents into the local copy. */
  mirror(): Promise<void> {
    return this.queue.run(async () => {
      const settings = readJournal(this.journalDoc)
      if (!settings) return
      const now = new Date().toISOString()
      const journal: Journal = {
        ...settings,
        id: this.journalId,
        owner: this.who.internName(),
        mentor: this.who.mentorName,
        readOnly: true,
        internJournalId: this.who.remoteId,
        createdAt: now,
        updatedAt: now,
      }
      const actions = readActions(this.journalDoc)
      const decisions = readDecisions(this.reviewDoc)
      const weeks = syncedWeekNumbers(this.journalDoc).flatMap((number) => {
        const synced = readWeek(this.journalDoc, number)
        return synced ? [{ synced, review: reviewFromEvents(number, actions, decisions) }] : []
      })
      const revisions = new Map((await listWeeks(this.journalId)).items.map((w) => [w.number, w.revision]))
      const comments = commentsFromDocs(
        this.journalId,
        [
          {
            entries: readEntries(commentList(this.journalDoc, 'replies')),
            role: 'intern',
            author: journal.owner,
          },
          {
            entries: readEntries(commentList(this.reviewDoc, 'comments')),
            role: 'mentor',
            author: journal.mentor,
          },
        ],
        (n) => revisions.get(n) ?? 1,
      )
      await mirrorJournal({ journal, weeks, comments })
    }, 'mirror')
  }

  /** The mentor's decisions and comments on the local copy, into their review document. */
  pushReview(): Promise<void> {
    return this.queue.run(async () => {
      const weeks = (await listWeeks(this.journalId)).items
      const local = (await listComments(this.journalId)).items
      const replies = readEntries(commentList(this.journalDoc, 'replies'))
      this.reviewDoc.transact(() => {
        for (const week of weeks) appendDecision(this.reviewDoc, week)
        appendComments(commentList(this.reviewDoc, 'comments'), local, 'mentor', replies)
      }, LOCAL)
    }, 'push')
  }
}
