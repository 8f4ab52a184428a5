import { isIsoDate } from '../domain/dates'
import type { IsoDate } from '../domain/types'

export type CellDate =
  | { kind: 'blank' }
  | { kind: 'date'; value: IsoDate }
  /** `dd/MM` with no year: the year comes from the other dates of the page. */
  | { kind: 'no-year'; day: number; month: number }
  | { kind: 'unreadable'; text: string }

/** Day first (`dd/MM/yyyy`, the pages' form) unless a whole table is written month first. */
export type DateOrder = 'day-first' | 'month-first'

const pad = (n: number) => String(n).padStart(2, '0')

function isoFrom(year: number, month: number, day: number): IsoDate | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`
  return isIsoDate(iso) ? iso : null
}

function clean(cell: string): string {
  return cell.replace(/\*\*|__/g, '').trim()
}

/** Explicit formats only (`dd/MM/yyyy`, `dd-MM-yyyy`, `dd.MM.yyyy`, `dd/MM`, ISO); never a guess per cell. */
export function parseCellDate(cell: string, order: DateOrder = 'day-first'): CellDate {
  const text = clean(cell)
  if (!text || /^[-–—]$/.test(text)) return { kind: 'blank' }
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
  if (match) {
    const [a, b, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
    const iso = order === 'day-first' ? isoFrom(year, b, a) : isoFrom(year, a, b)
    return iso ? { kind: 'date', value: iso } : { kind: 'unreadable', text: cell }
  }
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (match) {
    const iso = isoFrom(Number(match[1]), Number(match[2]), Number(match[3]))
    return iso ? { kind: 'date', value: iso } : { kind: 'unreadable', text: cell }
  }
  match = /^(\d{1,2})[/.-](\d{1,2})$/.exec(text)
  if (match) {
    const [day, month] =
      order === 'day-first' ? [Number(match[1]), Number(match[2])] : [Number(match[2]), Number(match[1])]
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { kind: 'no-year', day, month }
  }
  return { kind: 'unreadable', text: cell }
}

/**
 * Some pages write `09/14/2025`. A table is read month first only when some of its dates can only be
 * month first and none can only be day first; otherwise it stays day first.
 */
export function dateOrderOf(cells: string[]): DateOrder {
  let onlyMonthFirst = 0
  let onlyDayFirst = 0
  for (const cell of cells) {
    const match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-]\d{4})?$/.exec(clean(cell))
    if (!match) continue
    const [a, b] = [Number(match[1]), Number(match[2])]
    if (a > 12 && b <= 12) onlyDayFirst++
    if (b > 12 && a <= 12) onlyMonthFirst++
  }
  return onlyMonthFirst > 0 && onlyDayFirst === 0 ? 'month-first' : 'day-first'
}

/** A date without a year takes the year of the surrounding dates (null when the page has none). */
export function withYear(date: { day: number; month: number }, year: number | null): IsoDate | null {
  return year === null ? null : isoFrom(year, date.month, date.day)
}
