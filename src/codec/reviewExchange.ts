import * as z from 'zod/mini'
import { describeIssues, JournalSchema, ReviewCommentSchema, WeekSchema } from '../domain/schema'
import type { Journal, ReviewComment, Week } from '../domain/types'
import { said, type Message } from '../domain/messages'
import { readJsonFile, refusal, sha256Hex } from './jsonFile'

/**
 * The review exchange travels as files, with no server: the intern sends a review package (the journal,
 * chosen weeks and their comments); the mentor sends back a feedback file, signed (signedFeedback.ts).
 * A package carries a checksum of its payload, so a file damaged in transit is refused instead of
 * half-read; the checksum is no proof of who wrote it, so a package is only ever taken as the intern's
 * word (a mentor's decisions never come from it: storage/review.ts).
 */

export const PACKAGE_FORMAT = 'worklog-tracker-review-package'
export const EXCHANGE_SCHEMA_VERSION = 1

export interface ReviewPackagePayload {
  journal: Journal
  weeks: Week[]
  comments: ReviewComment[]
}

interface Envelope<P> {
  format: string
  schemaVersion: number
  exportedAt: string
  checksum: string
  payload: P
}

const PackagePayloadV1 = z.object({
  journal: JournalSchema,
  weeks: z.array(WeekSchema),
  comments: z.array(ReviewCommentSchema),
})

async function seal<P>(format: string, payload: P, now: Date): Promise<string> {
  const body = JSON.stringify(payload)
  const envelope: Envelope<P> = {
    format,
    schemaVersion: EXCHANGE_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    checksum: await sha256Hex(body),
    payload,
  }
  return `${JSON.stringify(envelope, null, 2)}\n`
}

export type Opened<P> =
  { ok: true; payload: P; exportedAt: string } | { ok: false; message: string; said: Message }

async function open<P>(
  text: string,
  format: string,
  label: Message,
  schema: {
    safeParse(
      raw: unknown,
    ): { success: true; data: unknown } | { success: false; error: Parameters<typeof describeIssues>[0] }
  },
): Promise<Opened<P>> {
  const done = said('msg.done.nothingImported')
  const read = readJsonFile(text, {
    format,
    maxVersion: EXCHANGE_SCHEMA_VERSION,
    label,
    name: label,
    nothingDone: done,
  })
  if (!read.ok) return read
  const { record } = read
  if (typeof record.checksum !== 'string' || record.payload === undefined) {
    return refusal(said('msg.exchangeNoChecksum', { kind: label, done }))
  }
  if ((await sha256Hex(JSON.stringify(record.payload))) !== record.checksum) {
    return refusal(said('msg.exchangeChanged', { kind: label, done }))
  }
  const parsed = schema.safeParse(record.payload)
  if (!parsed.success)
    return refusal(said('msg.exchangeDamaged', { kind: label, problem: describeIssues(parsed.error), done }))
  return { ok: true, payload: parsed.data as P, exportedAt: String(record.exportedAt ?? '') }
}

export function writeReviewPackage(payload: ReviewPackagePayload, now = new Date()): Promise<string> {
  return seal(PACKAGE_FORMAT, payload, now)
}

export async function readReviewPackage(text: string): Promise<Opened<ReviewPackagePayload>> {
  const opened = await open<ReviewPackagePayload>(
    text,
    PACKAGE_FORMAT,
    said('msg.kind.reviewPackage'),
    PackagePayloadV1,
  )
  if (!opened.ok) return opened
  const { journal, weeks, comments } = opened.payload
  const stray =
    weeks.find((w) => w.journalId !== journal.id) ?? comments.find((c) => c.journalId !== journal.id)
  if (stray) {
    return refusal(said('msg.packageStray', { journal: stray.journalId }))
  }
  return opened
}

/** `an-nguyen.worklog.json`: the intern's name, made safe for a file name. */
export function packageFileName(owner: string, kind: 'package' | 'feedback'): string {
  const slug =
    owner
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'worklog'
  return kind === 'package' ? `${slug}.worklog.json` : `${slug}.feedback.json`
}

export { FEEDBACK_FORMAT, readFeedback, writeFeedback } from './signedFeedback'
export type { FeedbackPayload, WeekReviewDecision } from './signedFeedback'
