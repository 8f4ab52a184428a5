import * as z from 'zod/mini'
import { said, type Message } from '../domain/messages'
import { readJsonFile, refusal } from './jsonFile'
import { describeIssues, JournalSchema, ReviewCommentSchema, WeekSchema } from '../domain/schema'
import type { Journal, ReviewComment, Week } from '../domain/types'
import type { Backup } from '../domain/transferResults'

export const BACKUP_FORMAT = 'worklog-tracker-backup'
export const BACKUP_SCHEMA_VERSION = 1

export type { Backup }

export function createBackup(
  data: { journals: Journal[]; weeks: Week[]; comments: ReviewComment[] },
  now = new Date(),
): Backup {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    ...data,
  }
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`
}

export type ReadBackupResult = { ok: true; backup: Backup } | { ok: false; message: string; said: Message }

const BackupV1 = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
  exportedAt: z.string(),
  journals: z.array(JournalSchema),
  weeks: z.array(WeekSchema),
  comments: z.array(ReviewCommentSchema),
})

const refuse = refusal

/**
 * Reads a backup file and refuses, with the reason, anything that is not a whole backup of a version
 * this app knows: nothing of a damaged file is restored.
 */
export function readBackup(text: string): ReadBackupResult {
  const read = readJsonFile(text, {
    format: BACKUP_FORMAT,
    maxVersion: BACKUP_SCHEMA_VERSION,
    label: said('msg.kind.backupFile'),
    name: said('msg.kind.backup'),
    nothingDone: said('msg.done.nothingRestored'),
  })
  if (!read.ok) return read
  const raw = read.record
  const parsed = BackupV1.safeParse(raw)
  if (!parsed.success) return refuse(said('msg.backupDamaged', { problem: describeIssues(parsed.error) }))
  const backup = parsed.data as Backup
  const journalIds = new Set(backup.journals.map((j) => j.id))
  const orphan = backup.weeks.find((w) => !journalIds.has(w.journalId))
  if (orphan)
    return refuse(said('msg.backupOrphanWeek', { number: orphan.number, journal: orphan.journalId }))
  return { ok: true, backup }
}
