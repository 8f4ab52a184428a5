import type { Journal, Lang, SectionContent, Week } from '../domain/types'
import { writeFrontMatter } from './frontMatter'
import { PAGE_LABELS } from './pageLabels'
import { hugoPre } from './emitWeekPage'
import { linkText } from './sectionPageEdit'
import { sectionContentOf } from './sectionPageRead'

/** `1.7-Week7`: the folder of a week, numbered with the journal's Hugo section. */
export function weekFolder(section: number, week: number): string {
  return `${section}.${week}-Week${week}`
}

/** The folder a week is exported to: the one it was imported from, else `1.7-Week7`. */
export function folderOfWeek(section: number, week: Week): string {
  // Only a plain folder name is kept: a stored name can never point the export elsewhere.
  const kept = week.folder && /^[^/\\]+$/.test(week.folder) && !/^\.+$/.test(week.folder)
  return kept && week.folder ? week.folder : weekFolder(section, week.number)
}

/** `content/1-Worklog/_index.md`: the intro, then one line per week, `**Week 1:** [title](1.1-Week1/)`. */
export function emitSectionPage(
  journal: Journal,
  weeks: Week[],
  lang: Lang,
  content: SectionContent = sectionContentOf(journal, lang, weeks),
): string {
  const labels = PAGE_LABELS[lang]
  const lines = [
    writeFrontMatter({
      title: content.title,
      date: '',
      weight: journal.section,
      pre: hugoPre(journal.section),
    }),
  ]
  const intro = content.intro.replace(/\r\n?/g, '\n').trim()
  if (intro) lines.push(intro)
  const sorted = [...weeks].filter((w) => w.content[lang]).sort((a, b) => a.number - b.number)
  for (const week of sorted) {
    const title =
      linkText(content.weeks[String(week.number)] ?? week.content[lang]?.title ?? '') ||
      labels.sectionWeek(week.number).replace(/:$/, '')
    lines.push(`**${labels.sectionWeek(week.number)}** [${title}](${folderOfWeek(journal.section, week)}/)`)
  }
  return `${lines.join('\n\n')}\n`
}
