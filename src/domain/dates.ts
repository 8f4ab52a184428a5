import { addDays, differenceInCalendarDays, format, isMonday, isValid, parse, startOfWeek } from 'date-fns'
import type { IsoDate, Weekday } from './types'

const ISO = 'yyyy-MM-dd'

/** Parses an ISO calendar date to a local-midnight Date, or null when it is not a real date. */
export function parseIsoDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const date = parse(value, ISO, new Date(2000, 0, 1))
  return isValid(date) ? date : null
}

export function toIsoDate(date: Date): IsoDate {
  return format(date, ISO)
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null
}

export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now)
}

export function isIsoMonday(value: IsoDate): boolean {
  const date = parseIsoDate(value)
  return date !== null && isMonday(date)
}

/** The Monday of the week holding `value`. */
export function mondayOf(value: IsoDate): IsoDate {
  const date = parseIsoDate(value)
  if (!date) throw new RangeError(`Not a date: ${value}`)
  return toIsoDate(startOfWeek(date, { weekStartsOn: 1 }))
}

export function addDaysIso(value: IsoDate, days: number): IsoDate {
  const date = parseIsoDate(value)
  if (!date) throw new RangeError(`Not a date: ${value}`)
  return toIsoDate(addDays(date, days))
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
  if (diff < 0) return null
  return Math.floor(diff / 7) + 1
}

/** The weekday (1 = Monday … 7 = Sunday) of an ISO date. */
export function weekdayOf(value: IsoDate): Weekday {
  const date = parseIsoDate(value)
  if (!date) throw new RangeError(`Not a date: ${value}`)
  const js = date.getDay()
  return (js === 0 ? 7 : js) as Weekday
}

/** `dd/MM/yyyy`, the form worklog pages show. */
export function formatDayMonthYear(value: IsoDate | ''): string {
  const date = value ? parseIsoDate(value) : null
  return date ? format(date, 'dd/MM/yyyy') : ''
}
