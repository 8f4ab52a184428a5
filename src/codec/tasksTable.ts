import type { Table, TableCell } from 'mdast'
import { newId } from '../domain/ids'
import { englishText, said, type Message } from '../domain/messages'
import { formatDayMonthYear, weekdayOf } from '../domain/dates'
import type { IsoDate, Lang, Task, Weekday } from '../domain/types'
import type { DateCorrection, DateReading } from '../domain/transferResults'
import { endOffset, lineOf, plainText, startOffset } from './markdownTree'
import { assignRoles, type ColumnRole } from './taskColumns'
import { cellToText, textToCell } from './cellText'
import { parseCellDate, withYear, type DateOrder } from './cellDates'
import { orderScore, tableDateOrder, type DatedRow } from './dateOrder'
import { formatDayCell, parseDayCell, type DayStyle } from './days'
import { readTaskCell, writeTaskCell } from './taskCell'
import { PAGE_LABELS } from './pageLabels'

export interface TableWarning {
  line: number | null
  message: Message
}

function cellSource(cell: TableCell | undefined, source: string): string {
  if (!cell || cell.children.length === 0) return ''
  return source.slice(startOffset(cell.children[0]), endOffset(cell.children[cell.children.length - 1]))
}

/** Whether a table is a tasks table: it has a column that reads as the task. */
export function tasksTableRoles(table: Table, source: string): ColumnRole[] | null {
  const [header, ...rows] = table.children
  if (!header) return null
  const headers = header.children.map((cell) => plainText(cell))
  const roles = assignRoles(headers, (i) => rows.map((row) => cellSource(row.children[i], source)))
  return roles.includes('task') ? roles : null
}

function dateCells(table: Table, roles: ColumnRole[], source: string): string[] {
  return table.children
    .slice(1)
    .flatMap((row) =>
      roles.flatMap((role, i) =>
        role === 'start' || role === 'completion' ? [cellToText(cellSource(row.children[i], source))] : [],
      ),
    )
}

/** Each row's date cells and Day column, for deciding the table's date order from all of them. */
function datedRows(table: Table, roles: ColumnRole[], source: string): DatedRow[] {
  const dayColumn = roles.indexOf('day')
  return table.children.slice(1).map((row) => ({
    cells: roles.flatMap((role, i) =>
      role === 'start' || role === 'completion' ? [cellToText(cellSource(row.children[i], source))] : [],
    ),
    day: dayColumn === -1 ? null : parseDayCell(cellToText(cellSource(row.children[dayColumn], source))),
  }))
}

function firstYear(cells: string[], order: DateOrder): number | null {
  for (const cell of cells) {
    const date = parseCellDate(cell, order)
    if (date.kind === 'date') return Number(date.value.slice(0, 4))
  }
  return null
}

/**
 * Every date cell reads both ways (`03/10/2025`), some to another day each way, and neither way puts
 * more dates in one week or on the days the Day column names: nothing on the page tells the order.
 */
function orderUnsure(cells: string[], rows: DatedRow[], year: number | null): boolean {
  const day = orderScore(rows, 'day-first', year)
  const month = orderScore(rows, 'month-first', year)
  if (day[0] !== month[0] || day[1] !== month[1]) return false
  const pairs = cells.flatMap((cell) => {
    const match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-]\d{4})?$/.exec(cell.replace(/\*\*|__/g, '').trim())
    return match ? [[Number(match[1]), Number(match[2])]] : []
  })
  return pairs.every(([a, b]) => a <= 12 && b <= 12) && pairs.some(([a, b]) => a !== b)
}

/** How the table's dates were read, when the reader assumed anything; undefined when it did not. */
function dateReading(
  cells: string[],
  rows: DatedRow[],
  order: DateOrder,
  year: { value: number | null; from: DateReading['yearFrom'] },
  corrected: DateCorrection | undefined,
): DateReading | undefined {
  const noYear = cells.some((cell) => parseCellDate(cell, order).kind === 'no-year')
  const unsure = orderUnsure(cells, rows, year.value)
  const yearFrom = noYear ? year.from : null
  if (!unsure && (yearFrom === null || yearFrom === 'dates') && !corrected) return undefined
  return { order, orderUnsure: unsure, year: noYear ? year.value : null, yearFrom }
}

/** The rows of a tasks table as tasks; text that has no column of its own is appended to the detail. */
export function readTasksTable(
  table: Table,
  roles: ColumnRole[],
  source: string,
  yearHint: number | null,
  corrected?: DateCorrection,
): {
  tasks: Task[]
  warnings: TableWarning[]
  rows: { start: number; end: number }[]
  dates?: DateReading
} {
  const warnings: TableWarning[] = []
  const headerCells = table.children[0].children.map((cell) => cellToText(cellSource(cell, source)))
  const cellsWithDates = dateCells(table, roles, source)
  const dated = datedRows(table, roles, source)
  const decided = tableDateOrder(dated, corrected?.year ?? yearHint)
  const order = corrected?.order ?? decided.order
  const guessed = !corrected?.order && decided.guessed
  const fromDates = firstYear(cellsWithDates, order)
  const year = corrected?.year ?? fromDates ?? yearHint
  const yearFrom = corrected?.year ? 'user' : fromDates ? 'dates' : yearHint ? 'front-matter' : 'none'
  const dates = dateReading(cellsWithDates, dated, order, { value: year, from: yearFrom }, corrected)
  if (order === 'month-first')
    warnings.push({
      line: lineOf(table),
      message: said(guessed ? 'msg.monthFirstDatesGuessed' : 'msg.monthFirstDates'),
    })
  const tasks: Task[] = []
  const rows: { start: number; end: number }[] = []
  let previousDay: Weekday | null = null
  const otherColumns = roles.flatMap((role, i) => (role === 'other' && i < headerCells.length ? [i] : []))
  if (otherColumns.length) {
    const names = otherColumns.map(
      (i) => headerCells[i] || englishText(said('msg.columnNumber', { n: i + 1 })),
    )
    warnings.push({
      line: lineOf(table),
      message: said('msg.otherColumns', { names: names.join(', ') }),
    })
  }
  for (const row of table.children.slice(1)) {
    const line = lineOf(row)
    const cells = row.children
    const texts = cells.map((cell) => cellToText(cellSource(cell, source)))
    if (texts.every((t) => t === '')) continue
    let title = ''
    let detail = ''
    let reference = ''
    let dayText = ''
    const dates: Record<'start' | 'completion', IsoDate | ''> = { start: '', completion: '' }
    const extras: string[] = []
    cells.forEach((cell, i) => {
      const role: ColumnRole = roles[i] ?? 'other'
      const text = texts[i]
      if (role === 'task') ({ title, detail } = readTaskCell(cell, source))
      else if (role === 'reference') reference = text
      else if (role === 'day') dayText = text
      else if (role === 'start' || role === 'completion') {
        const parsed = parseCellDate(text, order)
        const value =
          parsed.kind === 'date' ? parsed.value : parsed.kind === 'no-year' ? withYear(parsed, year) : null
        if (value) dates[role] = value
        else if (parsed.kind !== 'blank') {
          extras.push(`${headerCells[i] || role}: ${text}`)
          warnings.push({
            line,
            message: said('msg.notADate', { text, column: headerCells[i] || role }),
          })
        }
      } else if (text && i >= headerCells.length) extras.push(text)
    })
    const extraCells = otherColumns.map((i) => ({ header: headerCells[i], text: texts[i] ?? '' }))
    if (cells.length > headerCells.length && texts.slice(headerCells.length).some((t) => t)) {
      warnings.push({
        line,
        message: said('msg.extraCells', { cells: cells.length, header: headerCells.length }),
      })
    }
    let day = parseDayCell(dayText)
    if (day === null && dayText) {
      extras.push(`${headerCells[roles.indexOf('day')] || 'Day'}: ${dayText}`)
      warnings.push({
        line,
        message: said('msg.notADay', { text: dayText }),
      })
    }
    day ??= dates.start
      ? weekdayOf(dates.start)
      : dates.completion
        ? weekdayOf(dates.completion)
        : previousDay
    if (day === null) {
      day = 1
      warnings.push({ line, message: said('msg.noDayNoDate') })
    }
    previousDay = day
    rows.push({ start: startOffset(row), end: endOffset(row) })
    if (extras.length) detail = [detail, ...extras].filter(Boolean).join('\n')
    tasks.push({
      id: newId(),
      day,
      title,
      detail,
      startDate: dates.start,
      completionDate: dates.completion,
      reference,
      // A page records what was done and when, never a status: a completion date is the only sign of done.
      status: dates.completion ? 'done' : 'planned',
      // A row whose extra cells are all empty is a task like any other: one added in the app reads back so.
      ...(extraCells.some((cell) => cell.text) ? { extraCells } : {}),
    })
  }
  return { tasks, warnings, rows, ...(dates ? { dates } : {}) }
}

/** The page's own extra columns the tasks carry (Status, Hours), by header, in the order first met. */
function extraHeaders(tasks: Task[]): string[] {
  const headers: string[] = []
  for (const task of tasks)
    for (const cell of task.extraCells ?? [])
      if (cell.header.trim() && !headers.includes(cell.header)) headers.push(cell.header)
  return headers
}

export function writeTasksTable(tasks: Task[], lang: Lang, days: DayStyle): string {
  const extras = extraHeaders(tasks)
  const columns = [...PAGE_LABELS[lang].columns, ...extras.map(textToCell)]
  const lines = [`| ${columns.join(' | ')} |`, `| ${columns.map(() => ':---').join(' | ')} |`]
  for (const task of tasks) {
    const cells = [
      formatDayCell(task.day, lang, days),
      writeTaskCell(task.title, task.detail),
      formatDayMonthYear(task.startDate),
      formatDayMonthYear(task.completionDate),
      textToCell(task.reference),
      ...extras.map((header) => textToCell(task.extraCells?.find((c) => c.header === header)?.text ?? '')),
    ]
    lines.push(`| ${cells.join(' | ')} |`)
  }
  return lines.join('\n')
}
