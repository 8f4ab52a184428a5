import type { Journal, Lang, ReviewComment, Week } from './types'

// What reading files gives the screens (src/codec builds these; the transfer screens show them), kept here
// so that a screen needs no file-format code to name them.

/** A problem found in a file, where a user can find it: `file, line N: message`. */
export interface CodecIssue {
  file: string
  line: number | null
  message: string
}

/** What the pages say about the journal; the app adds owner, mentor and ids. */
export type JournalDraft = Pick<
  Journal,
  'firstMonday' | 'plannedWeeks' | 'section' | 'languages' | 'sectionPages' | 'pageStyle'
>

export interface FileReport {
  path: string
  status: 'ok' | 'warnings' | 'error'
  /** `week`: read into a week; `section`: the section page, skipped; `skipped`: not a page. */
  role: 'week' | 'section' | 'skipped'
  weekNumber: number | null
  lang: Lang | null
  warnings: CodecIssue[]
  error: CodecIssue | null
}

export interface ImportedPages {
  journalDraft: JournalDraft
  weeks: Week[]
  perFileReport: FileReport[]
}

/** Everything the app holds, as one file. */
export interface Backup {
  format: 'worklog-tracker-backup'
  schemaVersion: 1
  /** ISO instant. */
  exportedAt: string
  journals: Journal[]
  weeks: Week[]
  comments: ReviewComment[]
}
