import { foldText } from './headingKinds'
import { parseDayCell } from './days'
import { parseCellDate } from './cellDates'

export type ColumnRole = 'day' | 'task' | 'start' | 'completion' | 'reference' | 'other'

/** A header cell's meaning, from its words (English or Vietnamese), whatever the column order. */
export function roleOfHeader(header: string): ColumnRole | null {
  const folded = foldText(header)
  if (!folded) return null
  if (/^(day|days|thu|weekday|ngay trong tuan|thu trong tuan)$/.test(folded)) return 'day'
  if (/\b(start|begin|bat dau|from)\b/.test(folded)) return 'start'
  if (
    /\b(completion|completed|complete|end|finish|finished|hoan thanh|hoan than|ket thuc|done|due|to)\b/.test(
      folded,
    )
  )
    return 'completion'
  if (/\b(references?|materials?|resources?|tai lieu|nguon|links?|sources?)\b/.test(folded))
    return 'reference'
  if (
    /\b(tasks?|cong viec|nhiem vu|activit(y|ies)|hoat dong|noi dung|content|work|description|mo ta|viec)\b/.test(
      folded,
    )
  )
    return 'task'
  if (/^date$|^ngay$/.test(folded)) return 'start'
  return 'other'
}

/** An empty header cell: guess from what the column holds. */
export function roleOfContents(cells: string[]): ColumnRole {
  const filled = cells.filter((c) => c.trim() !== '')
  if (filled.length === 0) return 'other'
  const days = filled.filter((c) => parseDayCell(c) !== null && c.trim().length <= 20).length
  if (days * 2 > filled.length) return 'day'
  const dates = filled.filter((c) => parseCellDate(c).kind !== 'unreadable').length
  if (dates * 2 > filled.length) return 'start'
  return 'task'
}

const PLAIN_DATE = /^(date|ngay)$/

/** A header that names a start or completion date in so many words (`Ngày bắt đầu`), not a bare `Ngày`. */
function namesDateRole(header: string): boolean {
  const role = roleOfHeader(header)
  return (role === 'start' || role === 'completion') && !PLAIN_DATE.test(foldText(header))
}

/**
 * One role per column; a second column with a role already taken is kept as `other` so nothing is lost.
 * A bare `Date` / `Ngày` column is the start date only when no column names the start or completion.
 */
export function assignRoles(headers: string[], columnCells: (i: number) => string[]): ColumnRole[] {
  const taken = new Set<ColumnRole>()
  const namedDates = headers.some(namesDateRole)
  return headers.map((header, i) => {
    let role = roleOfHeader(header) ?? roleOfContents(columnCells(i))
    if (namedDates && PLAIN_DATE.test(foldText(header))) role = 'other'
    if (role === 'start' && taken.has('start') && !taken.has('completion')) role = 'completion'
    if (role !== 'other' && taken.has(role)) role = 'other'
    taken.add(role)
    return role
  })
}
