import * as z from 'zod/mini'
import { keyFingerprint } from '../domain/contentHash'
import { describeIssues, ReviewCommentSchema } from '../domain/schema'
import type { ReviewComment, ReviewStatus } from '../domain/types'
import { said, type Message } from '../domain/messages'
import { readJsonFile, refusal } from './jsonFile'
import { checkJsonText } from './safeJson'

/**
 * The mentor's feedback file, signed in the mentor's browser: ECDSA P-256 / SHA-256 over the exact bytes
 * of the payload, which the file carries as a string so that nothing needs to be re-serialised to check
 * it. The file also carries the public key (JWK) and the mentor's name; the intern's browser pins that
 * key at the first import and refuses any other afterwards (storage/feedback.ts).
 */

export const FEEDBACK_FORMAT = 'worklog-tracker-review-feedback'
/** Version 1 feedback files were unsigned; they are refused. */
export const FEEDBACK_SCHEMA_VERSION = 2

export interface WeekReviewDecision {
  weekNumber: number
  status: ReviewStatus
  /** The week revision the decision was made on. */
  revision: number
  changedAt: string
  note?: string
  /** The hash of the content decided on (domain/contentHash.ts). */
  contentHash?: string
}

export interface FeedbackPayload {
  journalId: string
  owner: string
  mentor: string
  reviews: WeekReviewDecision[]
  comments: ReviewComment[]
}

export interface FeedbackSigner {
  name: string
  publicKey: JsonWebKey
  privateKey: CryptoKey
}

export interface VerifiedSigner {
  name: string
  publicKey: PublicKeyJwk
  fingerprint: string
}

const PublicKeySchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string(),
  y: z.string(),
})
export type PublicKeyJwk = z.infer<typeof PublicKeySchema>

const FeedbackPayloadSchema = z.object({
  journalId: z.string(),
  owner: z.string(),
  mentor: z.string(),
  reviews: z.array(
    z.object({
      weekNumber: z.number().check(z.int(), z.positive()),
      status: z.enum(['draft', 'submitted', 'changes-requested', 'approved']),
      revision: z.number(),
      changedAt: z.string(),
      note: z.optional(z.string()),
      contentHash: z.optional(z.string()),
    }),
  ),
  comments: z.array(ReviewCommentSchema),
})

const ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const

function toBase64(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}

export { keyFingerprint }

export async function writeFeedback(
  payload: FeedbackPayload,
  signer: FeedbackSigner,
  now = new Date(),
): Promise<string> {
  const body = JSON.stringify({ ...payload, mentor: signer.name })
  const signature = await crypto.subtle.sign(ALGORITHM, signer.privateKey, new TextEncoder().encode(body))
  const { kty, crv, x, y } = signer.publicKey
  const envelope = {
    format: FEEDBACK_FORMAT,
    schemaVersion: FEEDBACK_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    signer: { name: signer.name, publicKey: { kty, crv, x, y } },
    signature: toBase64(signature),
    payload: body,
  }
  return `${JSON.stringify(envelope, null, 2)}\n`
}

export type OpenedFeedback =
  | { ok: true; payload: FeedbackPayload; exportedAt: string; signer: VerifiedSigner }
  | { ok: false; message: string; said: Message }

const NOTHING = said('msg.done.nothingImported')
const refuse = (message: Message): OpenedFeedback =>
  refusal(said('msg.withDone', { reason: message, done: NOTHING }))

async function verified(publicKey: PublicKeyJwk, signature: Uint8Array<ArrayBuffer>, body: string) {
  try {
    const key = await crypto.subtle.importKey(
      'jwk',
      publicKey,
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    )
    return await crypto.subtle.verify(ALGORITHM, key, signature, new TextEncoder().encode(body))
  } catch {
    return false
  }
}

/** Opens a feedback file: refused unless it is signed and its signature matches its exact payload. */
export async function readFeedback(text: string): Promise<OpenedFeedback> {
  const label = said('msg.kind.feedbackFile')
  const read = readJsonFile(text, {
    format: FEEDBACK_FORMAT,
    maxVersion: FEEDBACK_SCHEMA_VERSION,
    label,
    name: label,
    nothingDone: NOTHING,
  })
  if (!read.ok) return read
  const { record } = read
  if (read.version < 2 || record.signature === undefined) {
    return refuse(said('msg.feedbackUnsigned'))
  }
  const signer = z.object({ name: z.string(), publicKey: PublicKeySchema }).safeParse(record.signer)
  const signature = typeof record.signature === 'string' ? fromBase64(record.signature) : null
  if (!signer.success || !signature || typeof record.payload !== 'string') {
    return refuse(said('msg.feedbackNoSignature'))
  }
  if (!(await verified(signer.data.publicKey, signature, record.payload))) {
    return refuse(said('msg.feedbackTampered'))
  }
  // Signed is not well formed: the payload is bounded and parsed like any untrusted JSON.
  const bounded = checkJsonText(record.payload, label)
  if (bounded) return refuse(bounded)
  let body: unknown
  try {
    body = JSON.parse(record.payload)
  } catch {
    return refuse(said('msg.feedbackBadPayload'))
  }
  const parsed = FeedbackPayloadSchema.safeParse(body)
  if (!parsed.success) return refuse(said('msg.feedbackDamaged', { problem: describeIssues(parsed.error) }))
  const payload = parsed.data
  if (payload.mentor !== signer.data.name) {
    return refuse(said('msg.feedbackWrongMentor'))
  }
  const stray = payload.comments.find((c) => c.journalId !== payload.journalId)
  if (stray) {
    return refuse(said('msg.feedbackStray', { journal: stray.journalId }))
  }
  return {
    ok: true,
    payload,
    exportedAt: String(record.exportedAt ?? ''),
    signer: { ...signer.data, fingerprint: keyFingerprint(signer.data.publicKey) },
  }
}
