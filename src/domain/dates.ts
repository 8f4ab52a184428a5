import { addDays, differenceInCalendarDays, startOfWeek } from 'date-fns'
import type { IsoDate, Weekday } from './types'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Parses an ISO calendar date to a local-midnight Date, or null when it is not a real date. */
export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(year, month - 1, day)
  // Date rolls 2025-02-30 over to March: such a string is not a real date.
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null
}

export function toIsoDate(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null
}

export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now)
}

function mustParse(value: IsoDate): Date {
  const date = parseIsoDate(value)
  if (!date) throw new RangeError(`Not a date: ${value}`)
  return date
}

export function isIsoMonday(value: IsoDate): boolean {
  return parseIsoDate(value)?.getDay() === 1
}

/** The Monday of the week holding `value`. */
export function mondayOf(value: IsoDate): IsoDate {
  return toIsoDate(startOfWeek(mustParse(value), { weekStartsOn: 1 }))
}

export function addDaysIso(value: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(mustParse(value), days))
}

/** Monday of week `n` (1-based) of an internship that starts on `firstMonday`. */
export function weekMonday(firstMonday: IsoDate, n: number): IsoDate {
  return addDaysIso(firstMonday, (n - 1) * 7)
}

/** The date of `day` (1 = Monday) in the week starting `monday`. */
export function dayDate(monday: IsoDate, day: Weekday): IsoDate {
  return addDaysIso(monday, day - 1)
}

/** Monday…Friday of week `n`. */
export function workdayDates(firstMonday: IsoDate, n: number): IsoDate[] {
  const monday = weekMonday(firstMonday, n)
  return [0, 1, 2, 3, 4].map((offset) => addDaysIso(monday, offset))
}

/** The week number holding `date`, or null before the first Monday. */
export function weekNumberOn(firstMonday: IsoDate, date: IsoDate): number | null {
  const start = parseIsoDate(firstMonday)
  const day = parseIsoDate(date)
  if (!start || !day) return null
  const diff = differenceInCalendarDays(day, start)
  return diff < 0 ? null : Math.floor(diff / 7) + 1
}

/** The weekday (1 = Monday … 7 = Sunday) of an ISO date. */
export function weekdayOf(value: IsoDate): Weekday {
  const js = mustParse(value).getDay()
  return (js === 0 ? 7 : js) as Weekday
}

/** `dd/MM/yyyy`, the form worklog pages show. */
export function formatDayMonthYear(value: IsoDate | ''): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : ''
}

/**
 * Reads a date typed as dd/MM/yyyy — with `/`, `.`, `-` or spaces between the parts, one-digit day and
 * month, or the eight digits alone (20102025) — or pasted as ISO yyyy-MM-dd. Null when it is not a real date.
 */
export function parseDayMonthYear(text: string): IsoDate | null {
  const value = text.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return isIsoDate(value) ? value : null
  const match =
    /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4})$/.exec(value) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(value)
  if (!match) return null
  const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`
  return isIsoDate(iso) ? iso : null
}
