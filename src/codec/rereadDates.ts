import type { DateCorrection, DateReading } from '../domain/transferResults'
import { LANGS, type Lang, type Week, type WeekContent } from '../domain/types'
import { pairLanguages } from '../domain/pairLanguages'
import { parseWeekPage } from './parseWeekPage'

export interface RereadWeek {
  week: Week
  /** How each language version's dates are read now. */
  dates: Partial<Record<Lang, DateReading>>
}

/**
 * A week of the import preview read again from its pages with the date order and year the user set:
 * its tasks (and the Monday their dates give) change; everything else reads as before. A language
 * version without its page is kept as it is.
 */
export function rereadWeekDates(week: Week, correction: DateCorrection): RereadWeek {
  const contents: Partial<Record<Lang, WeekContent>> = {}
  const dates: Partial<Record<Lang, DateReading>> = {}
  let monday = ''
  for (const lang of LANGS) {
    const content = week.content[lang]
    if (!content) continue
    const source = content.source
    const read = source
      ? parseWeekPage(source.text, { fileName: source.path, lang, dates: correction })
      : null
    if (!read?.ok) {
      contents[lang] = content
      continue
    }
    contents[lang] = { ...read.page.content, source }
    if (read.page.dates) dates[lang] = read.page.dates
    monday ||= read.page.monday
  }
  return { week: { ...week, monday: monday || week.monday, content: pairLanguages(contents) }, dates }
}
