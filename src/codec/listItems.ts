import type { List, ListItem, Nodes } from 'mdast'
import { newId } from '../domain/ids'
import type { AchievementItem } from '../domain/types'
import { endOffset, startOffset } from './markdownTree'
import { dedentContinuation, escapeItemText, indentContinuation, unescapeItemText } from './blockText'

function itemIndent(node: Nodes): number {
  return Math.max(0, (node.position?.start.column ?? 1) - 1)
}

/** The whole content of a list item as markdown, nested lists included, with the item's indent taken off. */
export function itemSource(item: ListItem, source: string): string {
  const children = item.children
  if (children.length === 0) return ''
  const raw = source.slice(startOffset(children[0]), endOffset(children[children.length - 1]))
  const mark = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : ''
  return mark + unescapeItemText(dedentContinuation(raw, itemIndent(children[0])).trim())
}

/**
 * An achievement item: its own text, then its nested items. An item whose nested list is followed by
 * more text keeps all of it as text, so that nothing moves.
 */
export function readAchievementItem(item: ListItem, source: string): AchievementItem {
  const children = item.children
  const firstList = children.findIndex((child) => child.type === 'list')
  const canonical = firstList === -1 || children.slice(firstList).every((child) => child.type === 'list')
  const achieved = item.checked !== false
  if (!canonical || firstList === -1) {
    const text = itemSource({ ...item, checked: null }, source)
    return { id: newId(), text, achieved, children: [] }
  }
  const own = children.slice(0, firstList)
  const text =
    own.length === 0
      ? ''
      : unescapeItemText(dedentContinuation(source.slice(startOffset(own[0]), endOffset(own[own.length - 1])), itemIndent(own[0])).trim())
  const nested = (children.slice(firstList) as List[]).flatMap((list) => list.children.map((child) => readAchievementItem(child, source)))
  return { id: newId(), text, achieved, children: nested }
}

/** `* text` with two spaces of indent per level; an item not achieved is an open task-list box. */
export function writeAchievementItems(items: AchievementItem[], depth = 0): string[] {
  const pad = '  '.repeat(depth)
  return items.flatMap((item) => {
    const box = item.achieved ? '' : '[ ] '
    const text = indentContinuation(escapeItemText(item.text.trim()), pad.length + 2)
    const head = `${pad}*${box || text ? ' ' : ''}${box}${text}`
    return [head, ...writeAchievementItems(item.children, depth + 1)]
  })
}

export function writeObjectiveItems(texts: string[]): string[] {
  return texts.map((text) => {
    const body = indentContinuation(escapeItemText(text.trim()), 2)
    return body ? `* ${body}` : '*'
  })
}
