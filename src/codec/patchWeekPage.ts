import type { Lang, Week, WeekContent } from '../domain/types'
import type { ParsedWeekPage } from './parseWeekPage'
import { parseWeekPage } from './parseWeekPage'
import { sameContent } from './sameContent'
import { toLf, withLineEndsOf } from './pageSource'
import { applyEdits, type TextEdit } from './textEdits'
import { patchTasks } from './patchTasks'
import { patchObjectives } from './patchObjectives'
import { patchDate, patchTitle } from './patchFrontMatter'
import { patchSummary } from './patchSummary'
import { patchTicks, showsBoxes } from './patchTicks'
import { PAGE_LABELS } from './pageLabels'
import { patchNotes } from './patchNotes'

/** What a page can say of a week: task status and, where the page has no boxes, ticks are the app's. */
function asPageSays(content: WeekContent, boxes: boolean): unknown {
  return {
    ...content,
    tasks: content.tasks.map((task) => ({ ...task, status: undefined })),
    achievements: boxes
      ? content.achievements
      : (JSON.parse(
          JSON.stringify(content.achievements, (key, v: unknown) => (key === 'achieved' ? undefined : v)),
        ) as unknown),
  }
}

function edits(
  text: string,
  base: { page: ParsedWeekPage },
  week: Week,
  content: WeekContent,
  lang: Lang,
): TextEdit[] | null {
  const was = base.page.content
  const layout = base.page.layout
  const parts = [
    layout.frontMatter
      ? patchDate(text, layout.frontMatter, base.page.publishDate, week.publishDate)
      : week.publishDate === base.page.publishDate
        ? []
        : null,
    patchTitle(text, layout.frontMatter, layout.titleHeading, was.title, content.title),
    patchObjectives(
      text,
      layout,
      was.objectives,
      content.objectives,
      `### **${PAGE_LABELS[lang].objectives(week.number)}**`,
    ),
    patchTasks(text, layout, was.tasks, content.tasks, lang),
    patchTicks(text, was.achievements, content.achievements),
    patchSummary(text, layout, was.summary, content.summary, lang),
    patchNotes(layout, was.notes, content.notes),
  ]
  return parts.some((part) => part === null) ? null : parts.flatMap((part) => part ?? [])
}

/**
 * The page with only the changed elements rewritten, in the page's own style; null when a change
 * cannot be placed in the page or the patched page would not read back as the week.
 */
export function patchWeekPage(
  source: string,
  base: { page: ParsedWeekPage },
  week: Week,
  lang: Lang,
): string | null {
  const content = week.content[lang]
  if (!content) return null
  const text = toLf(source)
  const found = edits(text, base, week, content, lang)
  if (!found) return null
  const patched = applyEdits(text, found)
  const back = parseWeekPage(patched, { fileName: base.page.fileName, lang })
  if (!back.ok || back.page.publishDate !== week.publishDate) return null
  const boxes = showsBoxes(patched)
  if (!sameContent(asPageSays(back.page.content, boxes), asPageSays(content, boxes))) return null
  return withLineEndsOf(source, patched)
}
