import * as z from 'zod/mini'
import type { ReviewStatus, WeekReview } from './types'

/** Sharing journals through a sync server (server/PROTOCOL.md): invite links, identities, review events. */

const ID = /^[A-Za-z0-9_-]{1,64}$/

export const IdentitySchema = z.object({
  personId: z.string().check(z.regex(ID)),
  name: z.string(),
  role: z.enum(['mentor', 'intern']),
  cohortId: z.string().check(z.regex(ID)),
  cohortName: z.string(),
})
export type Identity = z.infer<typeof IdentitySchema>

/** This browser's membership of a cohort on a server: joined once from an invite link. */
export const MembershipSchema = z.object({
  /** `<server>#<personId>`: one membership per person and server. */
  id: z.string(),
  server: z.string(),
  token: z.string(),
  identity: IdentitySchema,
  joinedAt: z.string(),
})
export type Membership = z.infer<typeof MembershipSchema>

/**
 * A journal of this browser kept in step with a server document: an intern's own journal
 * (`journal/<me>/<remoteId>`), or a mentor's read-only copy of an intern's one.
 */
export interface SyncLink {
  /** The local journal id. */
  id: string
  membershipId: string
  role: 'intern' | 'mentor'
  internId: string
  /** The journal id in the document name. */
  remoteId: string
  /** By week number: the local revision last exchanged with the document, and the document's snapshot then. */
  weeks: Record<string, { revision: number; base?: Uint8Array }>
}

export type InviteError = 'malformed-link'

/** The server URL and token of an invite link's fragment (`#server=…&token=…`), or why it is not one. */
export function readInviteFragment(hash: string): { server: string; token: string } | { error: InviteError } {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const server = params.get('server') ?? ''
  const token = params.get('token') ?? ''
  let url: URL
  try {
    url = new URL(server)
  } catch {
    return { error: 'malformed-link' }
  }
  if (!['ws:', 'wss:'].includes(url.protocol) || !/^[A-Za-z0-9_-]{20,200}$/.test(token)) {
    return { error: 'malformed-link' }
  }
  return { server: url.toString().replace(/\/$/, ''), token }
}

/** The http(s) form of a ws(s) server URL, where `/identity` answers. */
export function httpUrlOf(server: string): string {
  return server.replace(/^ws(s?):/, 'http$1:')
}

/** The intern's submission, appended to the journal document's `actions`. */
export interface SubmitAction {
  weekNumber: number
  action: 'submitted'
  at: string
  contentHash: string
}

/** A mentor's decision, appended to their review document's `decisions`. */
export interface DecisionEvent {
  weekNumber: number
  decision: 'approved' | 'changes-requested'
  at: string
  contentHash: string
  note?: string
}

/**
 * A week's review state from what the documents hold: the latest of the intern's submissions and the
 * mentor's decisions wins (by time), each bound to the content hash it was made on.
 */
export function reviewFromEvents(
  weekNumber: number,
  actions: readonly SubmitAction[],
  decisions: readonly DecisionEvent[],
): WeekReview {
  const submissions = actions.filter((a) => a.weekNumber === weekNumber && a.action === 'submitted')
  const mine = decisions.filter((d) => d.weekNumber === weekNumber)
  const lastSubmission = submissions.reduce<SubmitAction | undefined>(
    (last, a) => (!last || a.at > last.at ? a : last),
    undefined,
  )
  const lastDecision = mine.reduce<DecisionEvent | undefined>(
    (last, d) => (!last || d.at > last.at ? d : last),
    undefined,
  )
  const submittedAt = lastSubmission?.at
  if (lastDecision && (!lastSubmission || lastDecision.at >= lastSubmission.at)) {
    const status: ReviewStatus = lastDecision.decision
    return {
      status,
      changedAt: lastDecision.at,
      contentHash: lastDecision.contentHash,
      note: lastDecision.note,
      submittedAt,
    }
  }
  if (lastSubmission) return { status: 'submitted', changedAt: lastSubmission.at, submittedAt }
  return { status: 'draft' }
}

/** The id of a journal in document names: a local id (a UUID) already fits; any other loses what does not. */
export function remoteIdFor(localId: string): string {
  return ID.test(localId) ? localId : localId.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64) || 'journal'
}
