import type { Achievements, AchievementItem, Lang, Week } from '../domain/types'
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
