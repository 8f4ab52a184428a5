import * as z from 'zod/mini'
import { readJsonFile } from './jsonFile'
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

export type ReadBackupResult = { ok: true; backup: Backup } | { ok: false; message: string }

const BackupV1 = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
  exportedAt: z.string(),
  journals: z.array(JournalSchema),
  weeks: z.array(WeekSchema),
  comments: z.array(ReviewCommentSchema),
})

function refuse(message: string): ReadBackupResult {
  return { ok: false, message }
}

/**
 * Reads a backup file and refuses, with the reason, anything that is not a whole backup of a version
 * this app knows: nothing of a damaged file is restored.
 */
export function readBackup(text: string): ReadBackupResult {
  const read = readJsonFile(text, {
    format: BACKUP_FORMAT,
    maxVersion: BACKUP_SCHEMA_VERSION,
    label: 'backup file',
    name: 'backup',
    nothingDone: 'Nothing was restored.',
  })
  if (!read.ok) return read
  const raw = read.record
  const parsed = BackupV1.safeParse(raw)
  if (!parsed.success)
    return refuse(`The backup file is damaged: ${describeIssues(parsed.error)}. Nothing was restored.`)
  const backup = parsed.data as Backup
  const journalIds = new Set(backup.journals.map((j) => j.id))
  const orphan = backup.weeks.find((w) => !journalIds.has(w.journalId))
  if (orphan)
    return refuse(
      `The backup file is damaged: week ${orphan.number} belongs to journal “${orphan.journalId}”, which is not in the file. Nothing was restored.`,
    )
  return { ok: true, backup }
}
