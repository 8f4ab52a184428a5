import type { Journal, Lang, SectionContent, Week } from '../domain/types'
import { emitSectionPage, folderOfWeek } from './sectionPage'
import { toLf, withLineEndsOf } from './pageSource'
import { readSectionPage, sectionContentOf, type SectionEntry } from './sectionPageRead'
import { linkText, sectionPageEdits } from './sectionPageEdit'
import { applyEdits } from './textEdits'

/** A week's one-line description: as the intern set it, else its page title. */
export function descriptionOf(content: SectionContent, week: Week, lang: Lang): string {
  return content.weeks[String(week.number)] ?? week.content[lang]?.title ?? ''
}

/** A new week's entry written like a neighbour's: its number, description and folder put in. */
function entryLike(
  template: string,
  from: SectionEntry,
  week: Week,
  folder: string,
  description: string,
): string {
  const title = linkText(description)
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
  const content = sectionContentOf(journal, lang, weeks)
  if (!source) return emitSectionPage(journal, weeks, lang, content)
  const lf = toLf(source.text)
  let text = applyEdits(lf, sectionPageEdits(lf, readSectionPage(lf), content))
  const sorted = [...weeks].filter((w) => w.content[lang]).sort((a, b) => a.number - b.number)
  for (const week of sorted) {
    const entries = readSectionPage(text).entries
    const folder = folderOfWeek(journal.section, week)
    if (entries.length === 0 || entries.some((e) => e.folder.toLowerCase() === folder.toLowerCase())) continue
    const before = [...entries].reverse().find((e) => e.number < week.number)
    const template = before ?? entries[0]
    const entry = entryLike(
      text.slice(template.start, template.end),
      template,
      week,
      folder,
      descriptionOf(content, week, lang),
    )
    text = before
      ? `${text.slice(0, before.end)}\n\n${entry}${text.slice(before.end)}`
      : `${text.slice(0, template.start)}${entry}\n\n${text.slice(template.start)}`
  }
  return text === lf ? source.text : withLineEndsOf(source.text, text)
}
