import type { RootContent } from 'mdast'
import type { IsoDate, Task } from '../domain/types'
import { parseCellDate } from './cellDates'
import { plainText } from './markdownTree'

/**
 * A day of the week the page is about: the earliest task date, or else the first full date in a
 * heading or paragraph (`## Week 3 (23/03/2026 - 27/03/2026)`); null when the page has no date.
 */
export function findMonday(tasks: Task[], blocks: RootContent[]): IsoDate | null {
  const dates = tasks.flatMap((t) => [t.startDate, t.completionDate]).filter((d): d is IsoDate => d !== '')
  if (dates.length) return dates.reduce((a, b) => (a < b ? a : b))
  for (const block of blocks) {
    if (block.type !== 'heading' && block.type !== 'paragraph') continue
    for (const match of plainText(block).matchAll(/\b\d{1,2}[/-]\d{1,2}[/-]\d{4}\b/g)) {
      const parsed = parseCellDate(match[0])
      if (parsed.kind === 'date') return parsed.value
    }
  }
  return null
}
