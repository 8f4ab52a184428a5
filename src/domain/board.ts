import { addDaysIso, weekMonday } from './dates'
import { changedAfterApproval } from './decisions'
import type { SeenMark } from './readState'
import { submittedOnTime } from './review'
import type { IsoDate, Journal, ReviewComment, Week } from './types'

/**
 * The mentor's cohort board: one row per intern, one cell per week. A week's deadline is the end of the
 * Monday after it (as for "submitted on time"); "late" is a submission after that day, never a week
 * written after the fact.
 */
export type CellState =
  /** Not written, and its deadline has passed. */
  | 'missing'
  /** Written but still a draft after its deadline. */
  | 'overdue'
  /** Not written, its deadline still ahead. */
  | 'upcoming'
  | 'draft'
  | 'submitted'
  /** Submitted again after the mentor's decision on it. */
  | 'resubmitted'
  | 'changes-requested'
  | 'approved'
  | 'changed-after-approval'
  /** Beyond the intern's planned weeks and not written. */
  | 'unplanned'

export const CELL_STATES: readonly CellState[] = [
  'missing',
  'overdue',
  'upcoming',
  'draft',
  'submitted',
  'resubmitted',
  'changes-requested',
  'approved',
  'changed-after-approval',
  'unplanned',
]

export interface BoardCell {
  number: number
  monday: IsoDate
  state: CellState
  /** Submitted after the week's deadline. */
  late: boolean
  /** Whether the week is stored (a cell of a week not written opens nothing to read). */
  stored: boolean
}

export interface Behind {
  /** Weeks past their deadline with no submission (missing or overdue drafts). */
  overdue: number
  /** Weeks waiting for the mentor: submitted, resubmitted, changed after approval. */
  waiting: number
  /** Weeks sent back, waiting for the intern. */
  changesRequested: number
  /** The oldest submission still waiting for the mentor (ISO instant), or null. */
  oldestWaiting: string | null
}

export interface BoardRow {
  journal: Journal
  cells: BoardCell[]
  openThreads: number
  /** ISO instant of the latest change on either side (a week saved, a decision, a comment), or null. */
  lastActivity: string | null
  behind: Behind
}

export interface BoardInput {
  journal: Journal
  weeks: readonly Week[]
  comments: readonly ReviewComment[]
  marks: readonly Pick<SeenMark, 'id' | 'decidedAt'>[]
}

/** The last day a week may be submitted on time: the Monday after it. */
export function weekDeadline(monday: IsoDate): IsoDate {
  return addDaysIso(monday, 7)
}

const WAITING: readonly CellState[] = ['submitted', 'resubmitted', 'changed-after-approval']

/** The state of one week's cell, on `today`. */
export function cellState(
  week: Week | undefined,
  monday: IsoDate,
  today: IsoDate,
  decidedAt?: string,
  planned = true,
): CellState {
  const due = today > weekDeadline(monday)
  if (!week) return !planned ? 'unplanned' : due ? 'missing' : 'upcoming'
  if (changedAfterApproval(week)) return 'changed-after-approval'
  switch (week.review.status) {
    case 'approved':
      return 'approved'
    case 'changes-requested':
      return 'changes-requested'
    case 'submitted': {
      const submittedAt = week.review.submittedAt ?? week.review.changedAt ?? ''
      return decidedAt !== undefined && submittedAt > decidedAt ? 'resubmitted' : 'submitted'
    }
    case 'draft':
      return due ? 'overdue' : 'draft'
  }
}

/** The weeks the board shows: 1 up to the longest plan or the last week anyone wrote. */
export function boardWeekCount(inputs: readonly BoardInput[]): number {
  let count = 0
  for (const { journal, weeks } of inputs) {
    count = Math.max(count, journal.plannedWeeks, ...weeks.map((w) => w.number))
  }
  return count
}

function latest(instants: (string | undefined)[]): string | null {
  let best: string | null = null
  for (const instant of instants) if (instant && (best === null || instant > best)) best = instant
  return best
}

/** One intern's row. */
export function boardRow(input: BoardInput, weekCount: number, today: IsoDate): BoardRow {
  const { journal, weeks, comments, marks } = input
  const byNumber = new Map(weeks.map((w) => [w.number, w]))
  const decidedAt = new Map(marks.map((m) => [m.id, m.decidedAt]))
  const cells: BoardCell[] = []
  const behind: Behind = { overdue: 0, waiting: 0, changesRequested: 0, oldestWaiting: null }
  for (let number = 1; number <= weekCount; number++) {
    const week = byNumber.get(number)
    const monday = week?.monday ?? weekMonday(journal.firstMonday, number)
    const state = cellState(
      week,
      monday,
      today,
      week ? decidedAt.get(week.id) : undefined,
      number <= journal.plannedWeeks,
    )
    cells.push({
      number,
      monday,
      state,
      late: week ? submittedOnTime(week) === false : false,
      stored: !!week,
    })
    if (state === 'missing' || state === 'overdue') behind.overdue += 1
    if (state === 'changes-requested') behind.changesRequested += 1
    if (week && WAITING.includes(state)) {
      behind.waiting += 1
      const since = week.review.submittedAt ?? week.review.changedAt ?? week.updatedAt
      if (behind.oldestWaiting === null || since < behind.oldestWaiting) behind.oldestWaiting = since
    }
  }
  return {
    journal,
    cells,
    openThreads: comments.filter((c) => !c.replyTo && !c.resolved).length,
    lastActivity: latest([
      ...weeks.flatMap((w) => [w.updatedAt, w.review.changedAt, w.review.submittedAt]),
      ...comments.flatMap((c) => [c.createdAt, c.stateChangedAt]),
    ]),
    behind,
  }
}

/**
 * Most behind first: more weeks overdue, then more weeks waiting for the mentor, then the one waiting
 * longest, then more weeks sent back; equal rows by name.
 */
export function compareBehind(a: BoardRow, b: BoardRow): number {
  return (
    b.behind.overdue - a.behind.overdue ||
    b.behind.waiting - a.behind.waiting ||
    (a.behind.oldestWaiting ?? '\uffff').localeCompare(b.behind.oldestWaiting ?? '\uffff') ||
    b.behind.changesRequested - a.behind.changesRequested ||
    a.journal.owner.localeCompare(b.journal.owner)
  )
}

export interface Board {
  weekCount: number
  rows: BoardRow[]
}

/** The whole board, rows sorted most behind first. */
export function buildBoard(inputs: readonly BoardInput[], today: IsoDate): Board {
  const weekCount = boardWeekCount(inputs)
  const rows = inputs.map((input) => boardRow(input, weekCount, today)).sort(compareBehind)
  return { weekCount, rows }
}
