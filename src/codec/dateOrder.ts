import { mondayOf, weekdayOf } from '../domain/dates'
import type { IsoDate, Weekday } from '../domain/types'
import { dateOrderOf, parseCellDate, withYear, type DateOrder } from './cellDates'

/** One row of a tasks table as far as its dates go: its date cells and what its Day column says. */
export interface DatedRow {
  cells: string[]
  day: Weekday | null
}

function datesRead(
  rows: DatedRow[],
  order: DateOrder,
  year: number | null,
): { date: IsoDate; day: Weekday | null }[] {
  return rows.flatMap((row) =>
    row.cells.flatMap((cell) => {
      const parsed = parseCellDate(cell, order)
      const date =
        parsed.kind === 'date' ? parsed.value : parsed.kind === 'no-year' ? withYear(parsed, year) : null
      return date ? [{ date, day: row.day }] : []
    }),
  )
}

/** How well an order reads the table: how many dates fall in one week, and how many agree with the Day column. */
export function orderScore(rows: DatedRow[], order: DateOrder, year: number | null): [number, number] {
  const dates = datesRead(rows, order, year)
  const weeks = new Map<IsoDate, number>()
  for (const { date } of dates) weeks.set(mondayOf(date), (weeks.get(mondayOf(date)) ?? 0) + 1)
  const together = Math.max(0, ...weeks.values())
  const agreeing = dates.filter(({ date, day }) => day !== null && weekdayOf(date) === day).length
  return [together, agreeing]
}

/**
 * Month first wins only on clear evidence: more dates in one week, and at least as many on the days the
 * Day column names. Agreeing days alone never decide: a Day column may disagree with its own dates.
 */
function monthFirstWins(month: [number, number], day: [number, number]): boolean {
  return month[0] > day[0] && month[1] >= day[1]
}

/**
 * A table's date order, decided from all of its dates together: a date that can only be read one way
 * decides; where every date reads both ways (`10/06/2025` beside `10/07/2025`), the order that puts the
 * dates in one week, on the days the Day column names, wins; a tie stays day first.
 */
export function tableDateOrder(
  rows: DatedRow[],
  year: number | null,
): { order: DateOrder; guessed: boolean } {
  const cells = rows.flatMap((row) => row.cells)
  const decided = dateOrderOf(cells)
  if (decided === 'month-first') return { order: decided, guessed: false }
  const onlyDayFirst = cells.some((cell) => {
    const match = /^(\d{1,2})[/.-](\d{1,2})/.exec(cell.replace(/\*\*|__/g, '').trim())
    return match !== null && Number(match[1]) > 12 && Number(match[2]) <= 12
  })
  if (onlyDayFirst) return { order: 'day-first', guessed: false }
  const month = orderScore(rows, 'month-first', year)
  const day = orderScore(rows, 'day-first', year)
  const wins = monthFirstWins(month, day)
  return { order: wins ? 'month-first' : 'day-first', guessed: wins }
}
