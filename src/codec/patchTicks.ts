import type { AchievementItem, Achievements } from '../domain/types'
import { sameContent } from './sameContent'
import type { TextEdit } from './textEdits'

function flatten(items: AchievementItem[]): AchievementItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)])
}

function allItems(achievements: Achievements): AchievementItem[] {
  return achievements.groups.flatMap((group) => flatten(group.items))
}

function withoutTicks(achievements: Achievements): unknown {
  const strip = (items: AchievementItem[]): unknown[] =>
    items.map((item) => ({ text: item.text, children: strip(item.children) }))
  return {
    intro: achievements.intro,
    groups: achievements.groups.map((g) => ({ title: g.title, items: strip(g.items) })),
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Ticking an item: its `[ ]` becomes `[x]` (or back) where the page shows boxes; an item without a box
 * has nothing to change. Null when the achievements changed in more than their ticks.
 */
export function patchTicks(text: string, base: Achievements, current: Achievements): TextEdit[] | null {
  if (sameContent(base, current)) return []
  if (!sameContent(withoutTicks(base), withoutTicks(current))) return null
  const was = allItems(base)
  const edits: TextEdit[] = []
  allItems(current).forEach((item, i) => {
    if (item.achieved === was[i].achieved) return
    const firstLine = item.text.split('\n')[0].trim()
    const line = new RegExp(
      `^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\[([ xX])\\][ \\t]+${escapeRegExp(firstLine)}`,
      'gm',
    )
    const found = [...text.matchAll(line)]
    if (found.length !== 1) return
    const box = (found[0].index ?? 0) + found[0][0].indexOf('[') + 1
    edits.push({ start: box, end: box + 1, text: item.achieved ? 'x' : ' ' })
  })
  return edits
}

/** Whether the page shows achievement boxes at all: where it does not, a tick is the app's own. */
export function showsBoxes(text: string): boolean {
  return /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/m.test(text)
}
