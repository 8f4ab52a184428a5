import type { ColumnRole } from './taskColumns'

/** A stretch of a page's text, as offsets into its `\n` form. */
export interface Span {
  start: number
  end: number
}

/** Where a page's fields sit in its text: what an edit patches. */
export interface PageLayout {
  frontMatter: Span | null
  /** The text of the page's title heading (`# **WEEK 7 WORKLOG**`), when it has one. */
  titleHeading: Span | null
  /** The objectives heading, when the page has one (a new list goes under it). */
  objectivesHeading: Span | null
  /** One span per objective: its list item. */
  objectiveItems: Span[]
  /** The tasks heading, when the page has one (a new table goes under it). */
  tasksHeading: Span | null
  /** One span per task: its table row; and the column roles of that table. */
  taskRows: Span[]
  taskTable: Span | null
  taskRoles: ColumnRole[]
  /** The summary's text (after its label, or under its heading). */
  summary: Span | null
  /** One span per note: the page's markdown it was read from. */
  notes: Span[]
  /** The summary heading or label, when the page has one. */
  summaryLabel: Span | null
}

export function emptyLayout(): PageLayout {
  return {
    frontMatter: null,
    titleHeading: null,
    objectivesHeading: null,
    objectiveItems: [],
    tasksHeading: null,
    taskRows: [],
    taskTable: null,
    taskRoles: [],
    summary: null,
    notes: [],
    summaryLabel: null,
  }
}
