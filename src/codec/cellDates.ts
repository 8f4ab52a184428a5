import { isIsoDate } from '../domain/dates'
import type { IsoDate } from '../domain/types'

export type CellDate =
  | { kind: 'blank' }
  | { kind: 'date'; value: IsoDate }
  /** `dd/MM` with no year: the year comes from the other dates of the page. */
  | { kind: 'no-year'; day: number; month: number }
  | { kind: 'unreadable'; text: string }

const pad = (n: number) => String(n).padStart(2, '0')

function isoFrom(year: number, month: number, day: number): IsoDate | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`
  return isIsoDate(iso) ? iso : null
}

/** Explicit formats only (`dd/MM/yyyy`, `dd-MM-yyyy`, `dd.MM.yyyy`, `dd/MM`, ISO): never guess month-first. */
export function parseCellDate(cell: string): CellDate {
  const text = cell.replace(/\*\*|__/g, '').trim()
  if (!text || /^[-–—]$/.test(text)) return { kind: 'blank' }
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
  if (match) {
    const iso = isoFrom(Number(match[3]), Number(match[2]), Number(match[1]))
    return iso ? { kind: 'date', value: iso } : { kind: 'unreadable', text: cell }
  }
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (match) {
    const iso = isoFrom(Number(match[1]), Number(match[2]), Number(match[3]))
    return iso ? { kind: 'date', value: iso } : { kind: 'unreadable', text: cell }
  }
  match = /^(\d{1,2})[/.-](\d{1,2})$/.exec(text)
  if (match) {
    const day = Number(match[1])
    const month = Number(match[2])
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { kind: 'no-year', day, month }
  }
  return { kind: 'unreadable', text: cell }
}

/** A date without a year takes the year of the surrounding dates (null when the page has none). */
export function withYear(date: { day: number; month: number }, year: number | null): IsoDate | null {
  return year === null ? null : isoFrom(year, date.month, date.day)
}
