import type { Root } from 'mdast'
import { mondayOf } from '../domain/dates'
import { defaultWeekTitle } from '../domain/factories'
import { said, type Message } from '../domain/messages'
import type { IsoDate, Lang, WeekContent } from '../domain/types'
import type { DateCorrection, DateReading } from '../domain/transferResults'
import { issue, type CodecIssue } from './issues'
import { parseMarkdown } from './markdownTree'
import { findMonday } from './pageDates'
import { emptyLayout, type PageLayout } from './pageLayout'
import { startReading } from './pageReadState'
import { readFrontMatterBlock } from './readFrontMatterBlock'
import { readPageBlocks } from './readPageBlocks'
import { finishSummary } from './readSummary'
import { pageLang, weekPlace } from './weekIdentity'

export interface ParsedWeekPage {
  fileName: string
  lang: Lang
  number: number
  /** The Hugo section number (`pre` or folder `1.7-Week7`); null when the page does not say. */
  section: number | null
  /** The Monday of the week from the page's dates; '' when the page has no date at all. */
  monday: IsoDate | ''
  publishDate: IsoDate | ''
  content: WeekContent
  /** What was kept as notes, and anything read with a guess. */
  warnings: CodecIssue[]
  /** Where each field sits in the page's `\n` text, for patching it. */
  layout: PageLayout
  /** How the tasks table's dates were read, where the reader assumed the order or the year. */
  dates?: DateReading
}

export type ParseWeekResult = { ok: true; page: ParsedWeekPage } | { ok: false; error: CodecIssue }

export interface ParseWeekOptions {
  fileName: string
  /** Overrides what the file name (`_index.vi.md`) and the headings say. */
  lang?: Lang
  /** The tasks table's date order and year as the user corrected them in the import preview. */
  dates?: DateCorrection
}

function fail(file: string, line: number | null, message: Message): ParseWeekResult {
  return { ok: false, error: issue(file, line, message) }
}

/**
 * Reads one week page as people write it. Sections are recognised by meaning; what fits no field is
 * kept, in order, as notes anchored to the section it followed, and each note is reported.
 */
export function parseWeekPage(text: string, options: ParseWeekOptions): ParseWeekResult {
  const file = options.fileName
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (!source.trim()) return fail(file, null, said('msg.emptyFile'))
  if (source.includes('\u0000')) return fail(file, null, said('msg.notText'))

  const tree: Root = parseMarkdown(source)
  const head = readFrontMatterBlock(file, source, tree.children)
  if (!head.ok) return fail(file, head.line, head.message)
  const layout = emptyLayout()
  layout.frontMatter = head.span
  const reading = startReading(file, source, head.front, layout, [...head.warnings])
  reading.dateCorrection = options.dates
  readPageBlocks(reading, head.body)

  if (reading.seen.size === 0 && reading.tasks.length === 0) {
    const links = /\]\(\s*\d+\.\d+-week\d+\/?\s*\)/i.test(source)
    return fail(file, null, said(links ? 'msg.sectionPage' : 'msg.notAWeekPage'))
  }
  const place = weekPlace(file, head.front, reading.titleHeading)
  if (place.number === null || place.number < 1) return fail(file, null, said('msg.noWeekNumber'))
  const number = place.number
  const lang = pageLang(file, options.lang, reading.vietnameseHeadings)
  const summary = finishSummary(reading)
  const content: WeekContent = {
    title: head.front.title ?? reading.titleHeading ?? defaultWeekTitle(number, lang),
    objectives: reading.objectives,
    tasks: reading.tasks,
    achievements: reading.achievements.result(),
    summary,
    notes: reading.notes,
  }
  const monday = findMonday(reading.tasks, head.body)
  return {
    ok: true,
    page: {
      fileName: file,
      lang,
      number,
      section: place.section,
      monday: monday ? mondayOf(monday) : '',
      publishDate: head.front.date,
      content,
      warnings: reading.warnings,
      layout,
      ...(reading.dates ? { dates: reading.dates } : {}),
    },
  }
}
