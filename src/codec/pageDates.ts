import type { RootContent } from 'mdast'
import { mondayOf } from '../domain/dates'
import type { IsoDate, Task } from '../domain/types'
import { parseCellDate } from './cellDates'
import { plainText } from './markdownTree'

/** The Monday of the week most dates fall in (the earliest such week on a tie): one typo does not move it. */
function weekMostDatesFallIn(dates: IsoDate[]): IsoDate {
  const weeks = new Map<IsoDate, number>()
  for (const date of dates) weeks.set(mondayOf(date), (weeks.get(mondayOf(date)) ?? 0) + 1)
  let best = ''
  for (const [monday, count] of weeks)
    if (best === '' || count > (weeks.get(best) ?? 0) || (count === weeks.get(best) && monday < best))
      best = monday
  return best
}

/**
 * A day of the week the page is about: the earliest task date, or else the first full date in a
 * heading or paragraph (`## Week 3 (23/03/2026 - 27/03/2026)`); null when the page has no date.
 */
export function findMonday(tasks: Task[], blocks: RootContent[]): IsoDate | null {
  const dates = tasks.flatMap((t) => [t.startDate, t.completionDate]).filter((d): d is IsoDate => d !== '')
  if (dates.length) return weekMostDatesFallIn(dates)
  for (const block of blocks) {
    if (block.type !== 'heading' && block.type !== 'paragraph') continue
    for (const match of plainText(block).matchAll(/\b\d{1,2}[/-]\d{1,2}[/-]\d{4}\b/g)) {
      const parsed = parseCellDate(match[0])
      if (parsed.kind === 'date') return parsed.value
    }
  }
  return null
}
