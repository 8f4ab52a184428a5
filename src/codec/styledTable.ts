import type { IsoDate, Lang, PageStyle, Task, Weekday } from '../domain/types'
import { formatDayCell } from './days'
import { textToCell } from './cellText'
import { writeTaskCell } from './taskCell'
import { PAGE_LABELS } from './pageLabels'

type TableStyle = NonNullable<PageStyle['table']>
type Column = TableStyle['columns'][number]

const SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const THU = ['Thứ 2', 'Thứ 3', 'Thứ 4', 'Thứ 5', 'Thứ 6', 'Thứ 7', 'Chủ nhật']

/** The Day cell in the journal's own form: `1 (Monday)`, `2`, `Monday`, `Mon`, `**Mon**`, `Thứ 2`. */
export function styledDayCell(day: Weekday, lang: Lang, style: Pick<PageStyle, 'days' | 'boldDays'>): string {
  const days = style.days ?? 'seed'
  const cell =
    days === 'seed' || days === 'template'
      ? formatDayCell(day, lang, days)
      : days === 'thu'
        ? THU[day - 1]
        : days === 'name'
          ? NAMES[day - 1]
          : SHORT[day - 1]
  return style.boldDays ? `**${cell}**` : cell
}

/**
 * A date in the journal's own format (`dd/MM/yyyy`, `dd-MM-yyyy`, `MM/dd/yyyy`, `d/M/yyyy`). A format
 * without the year is used only when the year goes without saying (the page's publish year); otherwise
 * the year is written, so the date reads back the same.
 */
export function styledDate(value: IsoDate | '', format: string | undefined, year: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return ''
  const [, y, m, d] = match
  let shape = format && /^(dd?|MM?)[/.-](dd?|MM?)([/.-]yyyy)?$/.test(format) ? format : 'dd/MM/yyyy'
  if (!shape.includes('yyyy') && y !== year) shape += `${shape[shape.search(/[/.-]/)]}yyyy`
  return shape.replace(/yyyy|dd?|MM?/g, (token) => {
    if (token === 'yyyy') return y
    const value = token[0] === 'd' ? d : m
    return token.length === 1 ? String(Number(value)) : value
  })
}

function cellOf(task: Task, column: Column, lang: Lang, style: PageStyle, year: string): string {
  switch (column.role) {
    case 'day':
      return styledDayCell(task.day, lang, style)
    case 'task':
      return writeTaskCell(task.title, task.detail)
    case 'start':
      return styledDate(task.startDate, style.dateFormat, year)
    case 'completion':
      return styledDate(task.completionDate, style.dateFormat, year)
    case 'reference':
      return textToCell(task.reference)
    default:
      return textToCell(task.extraCells?.find((c) => c.header === column.header)?.text ?? '')
  }
}

function line(cells: string[], padded: boolean): string {
  return padded ? `| ${cells.join(' | ')} |` : `|${cells.join('|')}|`
}

/** Each cell padded to its column's width; the alignment row's dashes fill the width, colons kept. */
function alignedLines(rows: string[][], align: string[]): string[] {
  const widths = align.map((_, i) => Math.max(3, ...rows.map((row) => [...(row[i] ?? '')].length)))
  const fill = (cell: string, i: number) => cell + ' '.repeat(widths[i] - [...cell].length)
  const rule = align.map((cell, i) => {
    const left = cell.startsWith(':') ? ':' : ''
    const right = cell.endsWith(':') ? ':' : ''
    return left + '-'.repeat(widths[i] - left.length - right.length) + right
  })
  const [header, ...body] = rows
  return [header, rule, ...body].map((row) => `| ${row.map(fill).join(' | ')} |`)
}

/**
 * The tasks table in the journal's own shape: its columns (headers as written, in its order), its
 * alignment row, cell padding, day labels and date format. Columns the tasks carry that the journal's
 * table has not are added after its own.
 */
export function writeStyledTable(tasks: Task[], lang: Lang, style: PageStyle, year: string): string {
  const table = style.table ?? {
    columns: PAGE_LABELS[lang].columns.map((header, i) => ({
      header,
      role: (['day', 'task', 'start', 'completion', 'reference'] as const)[i],
    })),
    align: PAGE_LABELS[lang].columns.map(() => ':---'),
    padded: true,
  }
  const extra = [...new Set(tasks.flatMap((t) => (t.extraCells ?? []).map((c) => c.header)))].filter(
    (header) => header.trim() && !table.columns.some((c) => c.role === 'other' && c.header === header),
  )
  const columns: Column[] = [...table.columns, ...extra.map((header) => ({ header, role: 'other' as const }))]
  const align = [...table.align, ...extra.map(() => '---')].slice(0, columns.length)
  while (align.length < columns.length) align.push('---')
  const rows = [
    columns.map((c) => c.header),
    ...tasks.map((task) => columns.map((column) => cellOf(task, column, lang, style, year))),
  ]
  if (table.aligned) return alignedLines(rows, align).join('\n')
  const [header, ...body] = rows
  return [header, align, ...body].map((row) => line(row, table.padded)).join('\n')
}
