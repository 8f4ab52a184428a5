import { said, SaidError } from '../domain/messages'
import type { Lang, NoteAnchor, PageStyle, Week } from '../domain/types'
import { writeFrontMatter } from './frontMatter'
import { PAGE_LABELS } from './pageLabels'
import { writeObjectiveItems } from './listItems'
import { writeTasksTable } from './tasksTable'
import { writeAchievements } from './achievementsSection'
import { escapeBlockText } from './blockText'
import { withoutBoxes } from './pageStyle'
import { writeStyledTable } from './styledTable'
import type { DayStyle } from './days'

export interface EmitWeekOptions {
  /** The Hugo section number: the `1` of `pre: " <b> 1.7 </b> "`. */
  section: number
  /** `seed`: `1 (Monday)`; `template`: the FCJ template's `2`..`6` (where the style says nothing). */
  days: DayStyle
  /** How the journal's pages are written (learned from its imported pages); absent: the seed's way. */
  style?: PageStyle
}

export function hugoPre(section: number, week?: number): string {
  return week === undefined ? ` <b> ${section}. </b> ` : ` <b> ${section}.${week} </b> `
}

function frontMatterOf(week: Week, title: string, options: EmitWeekOptions): string {
  const n = week.number
  const style = options.style
  const weight = style?.weightConstant ?? n + (style?.weightOffset ?? 0)
  const pre = style?.pre?.replace('{n}', String(n)) || hugoPre(options.section, n)
  return writeFrontMatter({ title, date: week.publishDate, weight, pre, quote: style?.quote })
}

function titleLineOf(title: string, style: PageStyle | undefined): string[] {
  const words = title.replace(/\s+/g, ' ').trim()
  if (!words) return []
  if (style?.titleLine === undefined) return [`# **${words}**`]
  return style.titleLine ? [style.titleLine.replace('{title}', words)] : []
}

/**
 * One week as the page interns publish: the shape of `corpus/seed/week7-worklog.md`, or of the
 * journal's own pages where its style is known (headings, table, bullets, groups, rules). Notes go back
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
  const style = options.style
  // A style learned from the journal's pages (more than whether they show checkboxes).
  const learned = Object.keys(style ?? {}).some((key) => key !== 'checkboxes')
  const n = week.number
  const heading = (kind: 'objectives' | 'tasks' | 'achievements', seed: string) =>
    style?.headings?.[kind]?.split('{n}').join(String(n)) ?? seed
  // A journal with its own style gets a section its pages never head only when there is content for it.
  const shows = (kind: 'objectives' | 'tasks' | 'achievements', empty: boolean) =>
    !learned || !!style?.headings?.[kind] || !empty || notesAt(kind).length > 0
  const notesAt = (anchor: NoteAnchor) =>
    content.notes
      .filter((note) => note.after === anchor)
      .map((note) => note.markdown.trim())
      .filter(Boolean)
  const withNotes = (anchor: NoteAnchor) => notesAt(anchor).flatMap((note) => ['---', note])
  const rule = style?.rules === false ? [] : ['---']
  const bullet = style?.bullet ?? '*'

  const blocks: string[] = [frontMatterOf(week, content.title, options), ...titleLineOf(content.title, style)]
  blocks.push(...notesAt('start').flatMap((note, i) => (i === 0 ? [note] : ['---', note])))

  if (shows('objectives', !content.objectives.length))
    blocks.push(heading('objectives', `### **${labels.objectives(n)}**`))
  if (content.objectives.length)
    blocks.push(
      writeObjectiveItems(
        content.objectives.map((o) => o.text),
        bullet,
      ).join('\n'),
    )
  blocks.push(...withNotes('objectives'))

  const table = style
    ? writeStyledTable(content.tasks, lang, { days: options.days, ...style }, week.publishDate.slice(0, 4))
    : writeTasksTable(content.tasks, lang, options.days)
  if (shows('tasks', !content.tasks.length))
    blocks.push(...rule, heading('tasks', `### **${labels.tasks}**`), table)
  blocks.push(...withNotes('tasks'))

  const boxes = style?.checkboxes ? content.achievements : withoutBoxes(content.achievements)
  const noAchievements = !content.achievements.intro.trim() && !content.achievements.groups.length
  if (shows('achievements', noAchievements))
    blocks.push(
      ...rule,
      heading('achievements', `### **${labels.achievements(n)}**`),
      ...writeAchievements(boxes, { bullet, groups: style?.groups ?? 'heading' }),
    )
  blocks.push(...withNotes('achievements'))

  // A journal whose pages have their own style writes the summary only when there is one.
  const summary = escapeBlockText(content.summary.trim())
  if (summary || !learned || notesAt('summary').length)
    blocks.push(...rule, summary ? `**${labels.summary}**\n${summary}` : `**${labels.summary}**`)
  blocks.push(...withNotes('summary'))
  return `${blocks.join('\n\n')}\n`
}
