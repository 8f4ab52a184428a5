import { said, SaidError } from '../domain/messages'
import type { Lang, NoteAnchor, Week } from '../domain/types'
import { writeFrontMatter } from './frontMatter'
import { PAGE_LABELS } from './pageLabels'
import { writeObjectiveItems } from './listItems'
import { writeTasksTable } from './tasksTable'
import { writeAchievements } from './achievementsSection'
import { escapeBlockText } from './blockText'
import { withoutBoxes, type LearnedHeadings } from './pageStyle'
import type { DayStyle } from './days'

export interface EmitWeekOptions {
  /** The Hugo section number: the `1` of `pre: " <b> 1.7 </b> "`. */
  section: number
  /** `seed`: `1 (Monday)`; `template`: the FCJ template's `2`..`6`. */
  days: DayStyle
  /** The journal's own `weight` and `pre` for a week, where its imported pages agree on them. */
  frontMatter?: { weight: (week: number) => number; pre: (week: number) => string } | null
  /** Unticked achievements as `* [ ]` boxes: only where the journal's pages have them (not the seed). */
  checkboxes?: boolean
  /** The journal's own heading lines for its sections, learned from its imported pages. */
  headings?: LearnedHeadings
}

export function hugoPre(section: number, week?: number): string {
  return week === undefined ? ` <b> ${section}. </b> ` : ` <b> ${section}.${week} </b> `
}

/**
 * One week as the page interns publish (the shape of `corpus/seed/week7-worklog.md`). Notes go back
 * after the section they followed, behind a rule, so that a re-import cannot mistake them for fields.
 */
export function emitWeekPage(week: Week, lang: Lang, options: EmitWeekOptions): string {
  const content = week.content[lang]
  if (!content) {
    throw new SaidError(
      said('msg.noVersionToExport', {
        number: String(week.number),
        lang: said(lang === 'vi' ? 'msg.lang.vi' : 'msg.lang.en'),
      }),
    )
  }
  const labels = PAGE_LABELS[lang]
  const n = week.number
  const notesAt = (anchor: NoteAnchor) =>
    content.notes
      .filter((note) => note.after === anchor)
      .map((note) => note.markdown.trim())
      .filter(Boolean)
  const withNotes = (anchor: NoteAnchor) => notesAt(anchor).flatMap((note) => ['---', note])
  const title = content.title.replace(/\s+/g, ' ').trim()

  const blocks: string[] = [
    writeFrontMatter({
      title: content.title,
      date: week.publishDate,
      weight: options.frontMatter?.weight(n) ?? n,
      pre: options.frontMatter?.pre(n) || hugoPre(options.section, n),
    }),
  ]
  if (title) blocks.push(`# **${title}**`)
  blocks.push(...notesAt('start').flatMap((note, i) => (i === 0 ? [note] : ['---', note])))

  blocks.push(options.headings?.objectives?.(n) ?? `### **${labels.objectives(n)}**`)
  if (content.objectives.length)
    blocks.push(writeObjectiveItems(content.objectives.map((o) => o.text)).join('\n'))
  blocks.push(...withNotes('objectives'))

  blocks.push(
    '---',
    options.headings?.tasks?.(n) ?? `### **${labels.tasks}**`,
    writeTasksTable(content.tasks, lang, options.days),
  )
  blocks.push(...withNotes('tasks'))

  blocks.push(
    '---',
    options.headings?.achievements?.(n) ?? `### **${labels.achievements(n)}**`,
    ...writeAchievements(options.checkboxes ? content.achievements : withoutBoxes(content.achievements)),
  )
  blocks.push(...withNotes('achievements'))

  const summary = escapeBlockText(content.summary.trim())
  blocks.push('---', summary ? `**${labels.summary}**\n${summary}` : `**${labels.summary}**`)
  blocks.push(...withNotes('summary'))
  return `${blocks.join('\n\n')}\n`
}
