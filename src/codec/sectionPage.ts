import type { Journal, Lang, Week } from '../domain/types'
import { writeFrontMatter } from './frontMatter'
import { PAGE_LABELS } from './pageLabels'
import { hugoPre } from './emitWeekPage'

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

function linkText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\[\]])/g, '\\$1')
}

/** `content/1-Worklog/_index.md`: one line per week, `**Week 1:** [title](1.1-Week1/)`. */
export function emitSectionPage(journal: Journal, weeks: Week[], lang: Lang): string {
  const labels = PAGE_LABELS[lang]
  const lines = [
    writeFrontMatter({
      title: labels.sectionTitle,
      date: '',
      weight: journal.section,
      pre: hugoPre(journal.section),
    }),
  ]
  const sorted = [...weeks].filter((w) => w.content[lang]).sort((a, b) => a.number - b.number)
  for (const week of sorted) {
    const title =
      linkText(week.content[lang]?.title ?? '') || labels.sectionWeek(week.number).replace(/:$/, '')
    lines.push(`**${labels.sectionWeek(week.number)}** [${title}](${folderOfWeek(journal.section, week)}/)`)
  }
  return `${lines.join('\n\n')}\n`
}
