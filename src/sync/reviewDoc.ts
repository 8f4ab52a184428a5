import type * as Y from 'yjs'
import { weekContentHash } from '../domain/contentHash'
import { CommentTargetSchema } from '../domain/schema'
import type { DecisionEvent, SubmitAction } from '../domain/sync'
import type { ReviewComment, Week } from '../domain/types'

/**
 * The review part of the documents (server/PROTOCOL.md): the intern's `actions` and `replies` in the
 * journal document, the mentor's `comments` and `decisions` in their review document. Every list is
 * appended to, never edited. A resolve or reopen is an entry of its own (`state` set, `replyTo` the
 * thread, no body); a thread's state is the latest such entry of either side. Authors are never read
 * from an entry: the caller names them from the roster and the document's name.
 */

export interface CommentEntry {
  id: string
  weekNumber: number
  target: ReviewComment['target']
  body: string
  createdAt: string
  replyTo?: string
  state?: 'resolved' | 'reopened'
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function readEntry(raw: unknown): CommentEntry | null {
  if (!isRecord(raw)) return null
  const target = CommentTargetSchema.safeParse(raw.target)
  if (typeof raw.id !== 'string' || typeof raw.weekNumber !== 'number' || !target.success) return null
  if (typeof raw.body !== 'string' || typeof raw.createdAt !== 'string') return null
  const state = raw.state === 'resolved' || raw.state === 'reopened' ? raw.state : undefined
  const replyTo = typeof raw.replyTo === 'string' ? raw.replyTo : undefined
  return {
    id: raw.id,
    weekNumber: raw.weekNumber,
    target: target.data,
    body: raw.body,
    createdAt: raw.createdAt,
    replyTo,
    state,
  }
}

export const commentList = (doc: Y.Doc, name: 'comments' | 'replies') => doc.getArray<unknown>(name)

export function readEntries(list: Y.Array<unknown>): CommentEntry[] {
  return list.toArray().flatMap((raw) => readEntry(raw) ?? [])
}

export function readActions(doc: Y.Doc): SubmitAction[] {
  return doc
    .getArray<unknown>('actions')
    .toArray()
    .flatMap((raw) =>
      isRecord(raw) &&
      raw.action === 'submitted' &&
      typeof raw.weekNumber === 'number' &&
      typeof raw.at === 'string'
        ? [
            {
              weekNumber: raw.weekNumber,
              action: 'submitted' as const,
              at: raw.at,
              contentHash: String(raw.contentHash ?? ''),
            },
          ]
        : [],
    )
}

export function readDecisions(doc: Y.Doc): DecisionEvent[] {
  return doc
    .getArray<unknown>('decisions')
    .toArray()
    .flatMap((raw) =>
      isRecord(raw) &&
      (raw.decision === 'approved' || raw.decision === 'changes-requested') &&
      typeof raw.weekNumber === 'number' &&
      typeof raw.at === 'string'
        ? [
            {
              weekNumber: raw.weekNumber,
              decision: raw.decision,
              at: raw.at,
              contentHash: String(raw.contentHash ?? ''),
              note: typeof raw.note === 'string' ? raw.note : undefined,
            },
          ]
        : [],
    )
}

/** The intern's submission of a week as stored locally, appended once. */
export function appendSubmission(doc: Y.Doc, week: Week): boolean {
  const at = week.review.submittedAt
  if (week.review.status !== 'submitted' || !at) return false
  if (readActions(doc).some((a) => a.weekNumber === week.number && a.at === at)) return false
  const action: SubmitAction = {
    weekNumber: week.number,
    action: 'submitted',
    at,
    contentHash: weekContentHash(week),
  }
  doc.getArray<unknown>('actions').push([action])
  return true
}

/** The mentor's decision on a week as stored locally, appended once. */
export function appendDecision(doc: Y.Doc, week: Week): boolean {
  const { status, changedAt, contentHash, note } = week.review
  if ((status !== 'approved' && status !== 'changes-requested') || !changedAt || !contentHash) return false
  if (readDecisions(doc).some((d) => d.weekNumber === week.number && d.at >= changedAt)) return false
  const decision: DecisionEvent = { weekNumber: week.number, decision: status, at: changedAt, contentHash }
  if (note) decision.note = note
  doc.getArray<unknown>('decisions').push([decision])
  return true
}

/**
 * Appends this side's comments not yet in `list`, and a state entry for every thread this side resolved
 * or reopened later than any state either document holds (`others`: the other side's entries).
 */
export function appendComments(
  list: Y.Array<unknown>,
  local: readonly ReviewComment[],
  role: ReviewComment['role'],
  others: readonly CommentEntry[],
): boolean {
  const mine = readEntries(list)
  const ids = new Set(mine.map((e) => e.id))
  const latestState = new Map<string, string>()
  for (const entry of [...mine, ...others]) {
    if (entry.state && entry.replyTo && entry.createdAt > (latestState.get(entry.replyTo) ?? ''))
      latestState.set(entry.replyTo, entry.createdAt)
  }
  const added: CommentEntry[] = []
  for (const comment of local) {
    if (comment.role === role && !ids.has(comment.id)) {
      const entry: CommentEntry = {
        id: comment.id,
        weekNumber: comment.weekNumber,
        target: comment.target,
        body: comment.body,
        createdAt: comment.createdAt,
      }
      if (comment.replyTo) entry.replyTo = comment.replyTo
      added.push(entry)
    }
    const at = comment.stateChangedAt
    if (at && at > (latestState.get(comment.id) ?? '') && !ids.has(`${comment.id}@${at}`)) {
      added.push({
        id: `${comment.id}@${at}`,
        weekNumber: comment.weekNumber,
        target: comment.target,
        body: '',
        createdAt: at,
        replyTo: comment.id,
        state: comment.resolved ? 'resolved' : 'reopened',
      })
    }
  }
  if (added.length) list.push(added)
  return added.length > 0
}

/** One side's entries: who wrote them, from the document name and the roster. */
export interface CommentSide {
  entries: readonly CommentEntry[]
  role: ReviewComment['role']
  author: string
}

/** The comments of both sides as the app stores them, each thread's state the latest of either side. */
export function commentsFromDocs(
  journalId: string,
  sides: readonly CommentSide[],
  revisionOf: (weekNumber: number) => number,
): ReviewComment[] {
  const comments = new Map<string, ReviewComment>()
  const states: CommentEntry[] = []
  for (const side of sides) {
    for (const entry of side.entries) {
      if (entry.state) {
        states.push(entry)
        continue
      }
      comments.set(entry.id, {
        id: entry.id,
        journalId,
        weekNumber: entry.weekNumber,
        author: side.author,
        role: side.role,
        target: entry.target,
        revision: revisionOf(entry.weekNumber),
        body: entry.body,
        createdAt: entry.createdAt,
        resolved: false,
        replyTo: entry.replyTo,
      })
    }
  }
  for (const state of states.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const thread = state.replyTo ? comments.get(state.replyTo) : undefined
    if (thread)
      comments.set(thread.id, {
        ...thread,
        resolved: state.state === 'resolved',
        stateChangedAt: state.createdAt,
      })
  }
  return [...comments.values()]
}
