import type { List, ListItem, Nodes } from 'mdast'
import { newId } from '../domain/ids'
import type { AchievementItem } from '../domain/types'
import { endOffset, startOffset } from './markdownTree'
import { dedentContinuation, escapeItemText, indentContinuation, unescapeItemText } from './blockText'

function itemIndent(node: Nodes): number {
  return Math.max(0, (node.position?.start.column ?? 1) - 1)
}

/**
 * mdast moves a task item's paragraph past `[ ]` only when the text after the box is plain text; the
 * box is still in the slice when nothing but the bullet stands before it on its line.
 */
function withoutTaskMarker(
  raw: string,
  checked: boolean | null | undefined,
  start: number,
  source: string,
): string {
  if (checked !== true && checked !== false) return raw
  const lineStart = source.lastIndexOf('\n', start - 1) + 1
  const boxStillThere = /^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+$/.test(source.slice(lineStart, start))
  return boxStillThere ? raw.replace(/^\[[ xX]\][ \t]*/, '') : raw
}

/** The whole content of a list item as markdown, nested lists included, with the item's indent taken off. */
export function itemSource(item: ListItem, source: string, keepBox = true): string {
  const children = item.children
  if (children.length === 0) return ''
  const raw = withoutTaskMarker(
    source.slice(startOffset(children[0]), endOffset(children[children.length - 1])),
    item.checked,
    startOffset(children[0]),
    source,
  )
  const mark = !keepBox ? '' : item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : ''
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
  let achieved = item.checked !== false
  // `* [ ]` with nothing after the box is no task item to markdown; it is one to the person who wrote it.
  const first = children[0]
  const boxOnly =
    item.checked == null && first?.type === 'paragraph'
      ? /^\[([ xX])\]$/.exec(source.slice(startOffset(first), endOffset(first)))
      : null
  if (boxOnly) achieved = boxOnly[1] !== ' '
  const emptyBox = (text: string): string => (boxOnly ? '' : text)
  if (!canonical || firstList === -1) {
    const text = emptyBox(itemSource(item, source, false))
    return { id: newId(), text, achieved, children: [] }
  }
  const own = children.slice(0, firstList)
  const ownText =
    own.length === 0
      ? ''
      : unescapeItemText(
          dedentContinuation(
            withoutTaskMarker(
              source.slice(startOffset(own[0]), endOffset(own[own.length - 1])),
              item.checked,
              startOffset(own[0]),
              source,
            ),
            itemIndent(own[0]),
          ).trim(),
        )
  const text = emptyBox(ownText)
  const nested = (children.slice(firstList) as List[]).flatMap((list) =>
    list.children.map((child) => readAchievementItem(child, source)),
  )
  return { id: newId(), text, achieved, children: nested }
}

/** How a list is written: its bullet, and a base indent (the items under a `1.` item sit 3 deep). */
export interface ListStyle {
  bullet: '*' | '-' | '+'
  indent: string
}

const SEED_LIST: ListStyle = { bullet: '*', indent: '' }

/** `* text` with two spaces of indent per level; an item not achieved is an open task-list box. */
export function writeAchievementItems(
  items: AchievementItem[],
  depth = 0,
  underText = false,
  list: ListStyle = SEED_LIST,
): string[] {
  const pad = list.indent + '  '.repeat(depth)
  return items.flatMap((item, i) => {
    const text = indentContinuation(escapeItemText(item.text.trim()), pad.length + 2)
    // An empty `*` cannot open a list right under its parent's text (markdown reads it as more of
    // that text), so an empty first item gives way to its own items.
    if (i === 0 && underText && !text && item.achieved)
      return writeAchievementItems(item.children, depth, true, list)
    const head = `${pad}${list.bullet}${item.achieved ? '' : ' [ ]'}${text ? ' ' : ''}${text}`
    return [head, ...writeAchievementItems(item.children, depth + 1, text !== '' || !item.achieved, list)]
  })
}

/**
 * Items as a `1.` list, the way some journals number their achievements: each item `N. text`, its own
 * items under it in the journal's bullet, indented past the number.
 */
export function writeNumberedItems(items: AchievementItem[], bullet: ListStyle['bullet']): string[] {
  return items.flatMap((item, i) => {
    const marker = `${i + 1}.`
    const indent = ' '.repeat(marker.length + 1)
    const text = indentContinuation(escapeItemText(item.text.trim()), indent.length)
    const head = `${marker}${item.achieved ? '' : ' [ ]'}${text ? ' ' : ''}${text}`
    return [head, ...writeAchievementItems(item.children, 0, true, { bullet, indent })]
  })
}

export function writeObjectiveItems(texts: string[], bullet: ListStyle['bullet'] = '*'): string[] {
  return texts.map((text) => {
    const body = indentContinuation(escapeItemText(text.trim()), 2)
    return body ? `${bullet} ${body}` : bullet
  })
}
