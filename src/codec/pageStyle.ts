import type { Achievements, AchievementItem, Lang, Week } from '../domain/types'
import { classifyHeading } from './headingKinds'
import { showsBoxes } from './patchTicks'

/**
 * Whether the journal's pages in one language show achievements as checkboxes (`* [ ] item`): where
 * most of its imported pages do. A journal without imported pages has the seed's style: plain bullets.
 */
export function learnAchievementBoxes(weeks: Week[], lang: Lang): boolean {
  let boxes = 0
  let plain = 0
  for (const week of weeks) {
    const source = week.content[lang]?.source
    if (!source) continue
    if (showsBoxes(source.text)) boxes += 1
    else plain += 1
  }
  return boxes > plain
}

function plainItems(items: AchievementItem[]): AchievementItem[] {
  return items.map((item) => ({ ...item, achieved: true, children: plainItems(item.children) }))
}

/**
 * Achievements as a page without checkboxes writes them: every item a plain bullet. Ticking stays the
 * app's own progress tracking; it is not page text.
 */
export function withoutBoxes(achievements: Achievements): Achievements {
  return { ...achievements, groups: achievements.groups.map((g) => ({ ...g, items: plainItems(g.items) })) }
}

/** The heading lines a journal's pages write for their sections, with the week number put in. */
export type LearnedHeadings = Partial<
  Record<'objectives' | 'tasks' | 'achievements', (week: number) => string>
>

const HEADING_LINE = /^#{1,6}[ \t]+(.+?)[ \t#]*$/gm

/** The first heading line of each kind on one page, its week number (when it has it) made a slot. */
function headingShapes(text: string, week: number): Map<string, string> {
  const shapes = new Map<string, string>()
  for (const match of text.replace(/\r\n?/g, '\n').matchAll(HEADING_LINE)) {
    const kind = classifyHeading(match[1].replace(/[*_`]/g, ''))
    if (kind === null || kind === 'summary' || shapes.has(kind)) continue
    shapes.set(kind, match[0].replace(new RegExp(`(?<!\\d)${week}(?!\\d)`, 'g'), '\u0000'))
  }
  return shapes
}

/**
 * The heading wording (level, emphasis, words, where the week number goes) most of a journal's
 * imported pages in one language use for objectives, tasks and achievements. Kinds its pages never
 * head stay the seed's.
 */
export function learnHeadings(weeks: Week[], lang: Lang): LearnedHeadings {
  const counts = new Map<string, Map<string, number>>()
  for (const week of weeks) {
    const source = week.content[lang]?.source
    if (!source) continue
    for (const [kind, shape] of headingShapes(source.text, week.number)) {
      const byShape = counts.get(kind) ?? new Map<string, number>()
      byShape.set(shape, (byShape.get(shape) ?? 0) + 1)
      counts.set(kind, byShape)
    }
  }
  const learned: LearnedHeadings = {}
  for (const kind of ['objectives', 'tasks', 'achievements'] as const) {
    const byShape = counts.get(kind)
    if (!byShape) continue
    const best = [...byShape].sort((a, b) => b[1] - a[1])[0][0]
    learned[kind] = (n) => best.split('\u0000').join(String(n))
  }
  return learned
}
