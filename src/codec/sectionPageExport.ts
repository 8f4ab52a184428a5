import type { Journal, Lang, Week } from '../domain/types'
import { endOffset, parseMarkdown, startOffset } from './markdownTree'
import { emitSectionPage, folderOfWeek } from './sectionPage'
import { toLf, withLineEndsOf } from './pageSource'

interface WeekEntry {
  number: number
  folder: string
  start: number
  end: number
}

const WEEK_LINK = /\]\(\s*(?:\.\/)?(\d+\.(\d+)-week\d+)\/?\s*\)/i

/** The paragraphs of a section page that link to a week folder (`**Week 3:** [text](1.3-week3/)`). */
function weekEntries(text: string): WeekEntry[] {
  const entries: WeekEntry[] = []
  for (const block of parseMarkdown(text).children) {
    if (block.type !== 'paragraph') continue
    const slice = text.slice(startOffset(block), endOffset(block))
    const link = WEEK_LINK.exec(slice)
    if (link)
      entries.push({
        number: Number(link[2]),
        folder: link[1],
        start: startOffset(block),
        end: endOffset(block),
      })
  }
  return entries
}

function linkText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\[\]])/g, '\\$1')
}

/** A new week's entry written like a neighbour's: its number, description and folder put in. */
function entryLike(template: string, from: WeekEntry, week: Week, folder: string, lang: Lang): string {
  const title = linkText(week.content[lang]?.title ?? '')
  return template
    .replace(/\[((?:\\.|[^\]\\])*)\]\(([^)]*)\)/, (_m, _text: string, target: string) => {
      return `[${title}](${target.replace(from.folder, folder)})`
    })
    .replace(
      new RegExp(`(week|tuần)(\\s*)${from.number}\\b`, 'i'),
      (_m, word: string, space: string) => `${word}${space}${week.number}`,
    )
}

/**
 * The section page for export. An imported one keeps every byte; only weeks it does not link yet get
 * an entry, written like the entry before them. A journal without one gets the seed's page.
 */
export function exportSectionPage(journal: Journal, weeks: Week[], lang: Lang): string {
  const source = journal.sectionPages?.[lang]
  if (!source) return emitSectionPage(journal, weeks, lang)
  let text = toLf(source.text)
  const original = text
  const sorted = [...weeks].filter((w) => w.content[lang]).sort((a, b) => a.number - b.number)
  for (const week of sorted) {
    const entries = weekEntries(text)
    const folder = folderOfWeek(journal.section, week)
    if (entries.length === 0 || entries.some((e) => e.folder.toLowerCase() === folder.toLowerCase())) continue
    const before = [...entries].reverse().find((e) => e.number < week.number)
    const template = before ?? entries[0]
    const entry = entryLike(text.slice(template.start, template.end), template, week, folder, lang)
    text = before
      ? `${text.slice(0, before.end)}\n\n${entry}${text.slice(before.end)}`
      : `${text.slice(0, template.start)}${entry}\n\n${text.slice(template.start)}`
  }
  return text === original ? source.text : withLineEndsOf(source.text, text)
}
