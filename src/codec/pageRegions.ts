import type { Paragraph, RootContent } from 'mdast'
import { isSummaryLabel } from './headingKinds'
import { endOffset, plainText, startOffset } from './markdownTree'

/** Hugo shortcodes (`{{% notice %}}`, `{{< figure >}}`) and raw HTML never belong to a field. */
export function isForeignBlock(block: RootContent, source: string): boolean {
  if (block.type === 'html') return true
  if (block.type === 'paragraph') return /^\{\{[%<]/.test(source.slice(startOffset(block), endOffset(block)))
  return false
}

/** `**Summary:** text` → where the summary text starts in the page, or null when the paragraph is no label. */
export function summaryLabelEnd(paragraph: Paragraph, source: string): number | null {
  const first = paragraph.children[0]
  if (!first || first.type !== 'strong' || !isSummaryLabel(plainText(first))) return null
  let end = endOffset(first)
  const rest = source.slice(end, endOffset(paragraph))
  const colon = /^[ \t]*:/.exec(rest)
  if (colon) end += colon[0].length
  const space = /^\s*/.exec(source.slice(end, endOffset(paragraph)))
  return end + (space ? space[0].length : 0)
}
