import * as z from 'zod/mini'
import { describeIssues, JournalSchema, ReviewCommentSchema, WeekSchema } from '../domain/schema'
import type { Journal, ReviewComment, Week } from '../domain/types'

export const BACKUP_FORMAT = 'worklog-tracker-backup'
export const BACKUP_SCHEMA_VERSION = 1

/** Everything the app holds, as one file. */
export interface Backup {
  format: typeof BACKUP_FORMAT
  schemaVersion: typeof BACKUP_SCHEMA_VERSION
  /** ISO instant. */
  exportedAt: string
  journals: Journal[]
  weeks: Week[]
  comments: ReviewComment[]
}

export function createBackup(data: { journals: Journal[]; weeks: Week[]; comments: ReviewComment[] }, now = new Date()): Backup {
  return { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, exportedAt: now.toISOString(), ...data }
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

/** Where JSON.parse stopped, as `line L, column C`, from the character offset in its message. */
function jsonPosition(text: string, error: unknown): string {
  const offset = /position (\d+)/.exec(error instanceof Error ? error.message : '')
  if (!offset) return ''
  const before = text.slice(0, Number(offset[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return ` at line ${line}, column ${column}`
}

/**
 * Reads a backup file and refuses, with the reason, anything that is not a whole backup of a version
 * this app knows: nothing of a damaged file is restored.
 */
export function readBackup(text: string): ReadBackupResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (!trimmed) return refuse('The backup file is empty.')
  let raw: unknown
  try {
    raw = JSON.parse(trimmed)
  } catch (error) {
    if (isCutShort(trimmed)) {
      return refuse('The backup file is cut short: it ends in the middle of the data, so it was not saved or downloaded completely. Nothing was restored.')
    }
    return refuse(`The backup file is damaged: it is not valid JSON${jsonPosition(trimmed, error)}. Nothing was restored.`)
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refuse('This file is not a Worklog Tracker backup: it holds no backup object.')
  }
  const record = raw as Record<string, unknown>
  if (record.format !== BACKUP_FORMAT) {
    const what = typeof record.format === 'string' ? ` (its format is “${record.format}”)` : ''
    return refuse(`This file is not a Worklog Tracker backup${what}.`)
  }
  const version = record.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('The backup file is damaged: its schemaVersion is missing or not a version number.')
  }
  if (version > BACKUP_SCHEMA_VERSION) {
    return refuse(`This backup was made by a newer version of Worklog Tracker (backup version ${version}; this version reads up to ${BACKUP_SCHEMA_VERSION}). Update the app to restore it.`)
  }
  const parsed = BackupV1.safeParse(raw)
  if (!parsed.success) return refuse(`The backup file is damaged: ${describeIssues(parsed.error)}. Nothing was restored.`)
  const backup = parsed.data as Backup
  const journalIds = new Set(backup.journals.map((j) => j.id))
  const orphan = backup.weeks.find((w) => !journalIds.has(w.journalId))
  if (orphan) return refuse(`The backup file is damaged: week ${orphan.number} belongs to journal “${orphan.journalId}”, which is not in the file. Nothing was restored.`)
  return { ok: true, backup }
}

/** A JSON text that stops inside an object, array or string (brackets left open) was cut, not mistyped. */
function isCutShort(text: string): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
    } else if (ch === '"') inString = true
    else if (ch === '{' || ch === '[') depth++
    else if (ch === '}' || ch === ']') depth--
  }
  return inString || depth > 0
}
