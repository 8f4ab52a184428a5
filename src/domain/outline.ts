import { editItemLists, insertAt, mapGroups, newItem } from './edits'
import type { AchievementItem, Achievements, Objective, WeekContent } from './types'
import { newId } from './ids'

/** One line of pasted text: its words without the list marker, how deep it was indented, and its tick. */
export interface PastedLine {
  text: string
  depth: number
  achieved: boolean
}

// `* `, `- `, `+ `, `1. `, `1) ` and an optional task box `[ ]` / `[x]` after it.
const MARKER = /^(?:[*+-]|\d{1,3}[.)])(?:\s+|$)/
const TICK = /^\[([ xX])\]\s*/

/** Splits pasted text into lines, one per non-blank line, with markers stripped and nesting by indentation. */
export function pastedLines(text: string): PastedLine[] {
  const indents: number[] = []
  const lines: PastedLine[] = []
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') continue
    const indent = raw.replace(/\t/g, '    ').search(/\S/)
    // The depth is the number of shallower indents still open: 2 spaces or 4, both nest once.
    while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop()
    const depth = Math.min(indents.length, (lines.at(-1)?.depth ?? -1) + 1)
    indents.push(indent)
    let words = raw.trim().replace(MARKER, '')
    const tick = TICK.exec(words)
    if (tick) words = words.slice(tick[0].length)
    lines.push({ text: words.trim(), depth, achieved: tick ? tick[1] !== ' ' : false })
  }
  return lines
}

/** Whether pasting this text should make several entries rather than one. */
export function isMultiLine(text: string): boolean {
  return pastedLines(text).length > 1
}

/** The pasted lines as checklist items, nested by their depth. */
export function itemsFromLines(lines: PastedLine[]): AchievementItem[] {
  const roots: AchievementItem[] = []
  const open: AchievementItem[] = []
  for (const line of lines) {
    const item: AchievementItem = { ...newItem(line.text), achieved: line.achieved }
    open.length = Math.min(open.length, line.depth)
    const parent = open.at(-1)
    if (parent) parent.children.push(item)
    else roots.push(item)
    open.push(item)
  }
  return roots
}

/**
 * Pastes several lines at item `id`: an empty item is replaced by them, a filled one gets them after it,
 * at its own level. Returns the new content and the id of the last item pasted (to focus it).
 */
export function pasteItems(
  content: WeekContent,
  id: string,
  text: string,
): { content: WeekContent; last: string } | null {
  const items = itemsFromLines(pastedLines(text))
  if (items.length === 0) return null
  let last = items.at(-1)!
  while (last.children.length > 0) last = last.children.at(-1)!
  const next = editItemLists(content, id, (siblings, i) => {
    const replace = siblings[i].text.trim() === '' && siblings[i].children.length === 0
    const out = siblings.slice()
    out.splice(replace ? i : i + 1, replace ? 1 : 0, ...items)
    return out
  })
  return { content: next, last: last.id }
}

/** Adds pasted lines as the first items of a group (pasted into its title's "first item" place). */
export function pasteItemsIntoGroup(content: WeekContent, groupId: string, text: string): WeekContent {
  const items = itemsFromLines(pastedLines(text))
  return mapGroups(content, (groups) =>
    groups.map((g) => (g.id === groupId ? { ...g, items: [...items, ...g.items] } : g)),
  )
}

/**
 * Pastes several lines at objective `id`, one objective per line (nesting flattened, markers stripped):
 * an empty objective is replaced, a filled one gets them after it. Returns the id of the last one.
 */
export function pasteObjectives(
  content: WeekContent,
  id: string,
  text: string,
): { content: WeekContent; last: string } | null {
  const lines = pastedLines(text)
  const index = content.objectives.findIndex((o) => o.id === id)
  if (lines.length === 0 || index < 0) return null
  const pasted: Objective[] = lines.map((line) => ({ id: newId(), text: line.text }))
  const replace = content.objectives[index].text.trim() === ''
  let objectives = replace ? content.objectives.filter((o) => o.id !== id) : content.objectives.slice()
  const at = replace ? index : index + 1
  for (const [k, objective] of pasted.entries()) objectives = insertAt(objectives, at + k, objective)
  return { content: { ...content, objectives }, last: pasted.at(-1)!.id }
}

/** The item shown just above item `id` (the last of its previous sibling's subtree, or its parent), or null. */
export function itemAbove(achievements: Achievements, id: string): string | null {
  const order: string[] = []
  const walk = (items: AchievementItem[]) =>
    items.forEach((item) => {
      order.push(item.id)
      walk(item.children)
    })
  for (const group of achievements.groups) {
    order.length = 0
    walk(group.items)
    const index = order.indexOf(id)
    if (index >= 0) return index > 0 ? order[index - 1] : null
  }
  return null
}
