import type { List, Paragraph, RootContent } from 'mdast'
import { newId } from '../domain/ids'
import type { AchievementGroup, Achievements } from '../domain/types'
import { endOffset, startOffset } from './markdownTree'
import { readAchievementItem, writeAchievementItems, writeNumberedItems } from './listItems'
import { escapeBlockText, unescapeBlockText } from './blockText'

/** `#### 1. Campus learning` and `**1. Campus learning:**` both title a group; the number is the position. */
function groupTitle(raw: string): string {
  return raw
    .trim()
    .replace(/^\*\*([\s\S]*)\*\*$/, '$1')
    .replace(/^\d{1,3}[.)]\s+/, '')
    .trim()
}

/** A paragraph that is one bold run, like `**1. Web deployment**` or `**Monday (22/09/2025):**`. */
export function boldOnly(paragraph: Paragraph, source: string): string | null {
  const kids = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  if (kids.length === 0 || kids[0].type !== 'strong') return null
  const tail = kids.slice(1)
  if (tail.length > 1 || (tail.length === 1 && !(tail[0].type === 'text' && /^\s*:\s*$/.test(tail[0].value))))
    return null
  const strong = kids[0]
  if (strong.children.length === 0) return null
  const inner = source.slice(
    startOffset(strong.children[0]),
    endOffset(strong.children[strong.children.length - 1]),
  )
  return inner.replace(/:\s*$/, '')
}

/** A one-item list whose item is only bold text: the per-day pattern `* **Monday (September 22):**`. */
function boldOnlyList(list: List, source: string): string | null {
  if (list.children.length !== 1) return null
  const item = list.children[0]
  if (item.children.length !== 1 || item.children[0].type !== 'paragraph') return null
  return boldOnly(item.children[0], source)
}

/**
 * Reads the blocks of an achievements section one at a time: intro paragraphs first, then groups
 * (a heading or a bold line, then a list), or bare lists as one untitled group. A block that fits none
 * of these is left to the caller, which keeps it as a note.
 */
export class AchievementsReader {
  private readonly groups: AchievementGroup[] = []
  private introFirst: RootContent | null = null
  private introLast: RootContent | null = null
  private introOpen = true

  constructor(private readonly source: string) {}

  accept(block: RootContent, next: RootContent | undefined): boolean {
    const source = this.source
    if (block.type === 'heading') {
      this.introOpen = false
      const inner = block.children.length
        ? source.slice(startOffset(block.children[0]), endOffset(block.children[block.children.length - 1]))
        : ''
      this.groups.push({ id: newId(), title: groupTitle(inner), items: [] })
      return true
    }
    if (block.type === 'paragraph') {
      const bold = boldOnly(block, source)
      if (bold !== null && (next?.type === 'list' || !this.introOpen)) {
        this.introOpen = false
        this.groups.push({ id: newId(), title: groupTitle(bold), items: [] })
        return true
      }
      if (this.introOpen) {
        this.introFirst ??= block
        this.introLast = block
        return true
      }
      return this.attachToLastItem(block)
    }
    if (block.type === 'list') {
      this.introOpen = false
      const bold = boldOnlyList(block, source)
      if (bold !== null && next?.type === 'list') {
        this.groups.push({ id: newId(), title: groupTitle(bold), items: [] })
        return true
      }
      if (this.groups.length === 0) this.groups.push({ id: newId(), title: '', items: [] })
      this.groups[this.groups.length - 1].items.push(
        ...block.children.map((item) => readAchievementItem(item, source)),
      )
      return true
    }
    return false
  }

  /**
   * A paragraph right under a list item but not indented into it (`* **Monday:**` then `  - Coded …`
   * with non-breaking spaces) belongs to that item; its bullet mark is only layout.
   */
  private attachToLastItem(block: Paragraph): boolean {
    const items = this.groups[this.groups.length - 1]?.items
    const last = items?.[items.length - 1]
    if (!last) return false
    const text = this.source
      .slice(startOffset(block), endOffset(block))
      .trim()
      .replace(/^[-*+]\s+/, '')
    last.children.push({ id: newId(), text, achieved: true, children: [] })
    return true
  }

  result(): Achievements {
    const intro =
      this.introFirst && this.introLast
        ? unescapeBlockText(
            unguardLastParagraph(
              this.source.slice(startOffset(this.introFirst), endOffset(this.introLast)).trim(),
            ),
            true,
          )
        : ''
    return { intro, groups: this.groups }
  }
}

function lastParagraphStart(text: string): number {
  const gap = text.lastIndexOf('\n\n')
  return gap === -1 ? 0 : gap + 2
}

const BOLD_LINE = /^\*\*[\s\S]*\*\*[ \t]*:?[ \t]*$/

/**
 * An intro whose last paragraph is all bold, right above a list, would read back as a group
 * title; its first asterisk is escaped then (and only then), and unescaped on import.
 */
function guardLastParagraph(intro: string, listFollows: boolean): string {
  const start = lastParagraphStart(intro)
  const last = intro.slice(start)
  return listFollows && BOLD_LINE.test(last) ? `${intro.slice(0, start)}\\${last}` : intro
}

function unguardLastParagraph(intro: string): string {
  const start = lastParagraphStart(intro)
  const last = intro.slice(start)
  return last.startsWith('\\') && BOLD_LINE.test(last.slice(1))
    ? intro.slice(0, start) + last.slice(1)
    : intro
}

/** How a journal writes its achievements: the bullet, and how a group is titled or numbered. */
export interface AchievementsStyle {
  bullet: '*' | '-' | '+'
  groups: 'heading' | 'bold' | 'numbered'
}

const SEED_ACHIEVEMENTS: AchievementsStyle = { bullet: '*', groups: 'heading' }

/** A group title as the journal writes it: `#### 1. Title` (the seed) or a bold `**1. Title**` line. */
function titleLine(number: number, title: string, bold: boolean): string {
  const words = title.trim().replace(/\s*\n\s*/g, ' ')
  // A trailing `#` run would be read as the heading's closing sequence and vanish.
  return bold ? `**${number}. ${words}**` : `#### ${number}. ${words.replace(/(^|\s)(#+)$/, '$1\\$2')}`
}

export function writeAchievements(
  achievements: Achievements,
  style: AchievementsStyle = SEED_ACHIEVEMENTS,
): string[] {
  const blocks: string[] = []
  const firstGroup = achievements.groups.find((g) => g.title.trim() || g.items.length)
  const listFollows = firstGroup !== undefined && !firstGroup.title.trim()
  if (achievements.intro.trim())
    blocks.push(guardLastParagraph(escapeBlockText(achievements.intro.trim(), true), listFollows))
  // An untitled group after another group has no heading to keep its list apart: markdown reads
  // the two lists as one, so they are written as one.
  const merged: AchievementGroup[] = []
  for (const group of achievements.groups) {
    const previous = merged[merged.length - 1]
    if (!group.title.trim() && previous)
      merged[merged.length - 1] = { ...previous, items: [...previous.items, ...group.items] }
    else merged.push(group)
  }
  // A bold title reads back as a group only when a list follows it and no bold line stands in for text.
  const bold =
    style.groups === 'bold' &&
    merged.every((g) => !g.title.trim() || (g.items.length > 0 && !/\*\*|^\s*\d+[.)]\s/.test(g.title)))
  const list = { bullet: style.bullet, indent: '' }
  let number = 0
  for (const group of merged) {
    if (group.title.trim()) {
      number += 1
      blocks.push(titleLine(number, group.title, bold))
    }
    if (!group.items.length) continue
    const numbered = style.groups === 'numbered' && !group.title.trim() && merged.length === 1
    blocks.push(
      (numbered
        ? writeNumberedItems(group.items, style.bullet)
        : writeAchievementItems(group.items, 0, false, list)
      ).join('\n'),
    )
  }
  return blocks
}
