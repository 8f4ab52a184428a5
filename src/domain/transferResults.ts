import type { Message } from './messages'
import type { Journal, Lang, ReviewComment, Week } from './types'

// What reading files gives the screens (src/codec builds these; the transfer screens show them), kept here
// so that a screen needs no file-format code to name them.

/** A problem found in a file, where a user can find it: `file, line N: message`. */
export interface CodecIssue {
  file: string
  line: number | null
  /** In English (the command line prints it); the interface renders `said` in its language. */
  message: string
  said: Message
}

/** What the pages say about the journal; the app adds owner, mentor and ids. */
export type JournalDraft = Pick<
  Journal,
  'firstMonday' | 'plannedWeeks' | 'section' | 'languages' | 'sectionPages' | 'pageStyle'
>

/**
 * How a page's tasks table dates were read, where the reader had to assume: the order when every date
 * reads both ways, the year when some dates have none. The preview shows it and lets the user correct it.
 */
export interface DateReading {
  order: 'day-first' | 'month-first'
  /** Every date could be read day first or month first, with different days. */
  orderUnsure: boolean
  /** The year given to dates written without one (`22/09`); null when none lacks it or none was found. */
  year: number | null
  /** Where that year came from; null when every date has its year. */
  yearFrom: 'dates' | 'front-matter' | 'none' | 'user' | null
}

/** What the user set for a week's dates in the preview: the order, the year, or both. */
export interface DateCorrection {
  order?: 'day-first' | 'month-first'
  year?: number
}

export interface FileReport {
  path: string
  status: 'ok' | 'warnings' | 'error'
  /** `week`: read into a week; `section`: the section page, skipped; `skipped`: not a page. */
  role: 'week' | 'section' | 'skipped'
  weekNumber: number | null
  lang: Lang | null
  warnings: CodecIssue[]
  error: CodecIssue | null
  /** How its tasks table's dates were read, when the reader had to assume the order or the year. */
  dates?: DateReading
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
