import type { TableCell } from 'mdast'
import { endOffset, startOffset } from './markdownTree'
import { cellToText, normalizeCellText, textToCell } from './cellText'

/** A task cell in the seed's shape is `**Title**: detail`; anything else is all detail. */
export function readTaskCell(cell: TableCell, source: string): { title: string; detail: string } {
  const children = cell.children
  if (children.length === 0) return { title: '', detail: '' }
  const whole = source.slice(startOffset(children[0]), endOffset(children[children.length - 1]))
  const first = children[0]
  if (first.type === 'strong' && first.children.length > 0) {
    const inner = source.slice(startOffset(first.children[0]), endOffset(first.children[first.children.length - 1]))
    const rest = source.slice(endOffset(first), endOffset(children[children.length - 1]))
    if (rest === '' || rest.startsWith(':') || /^<br\s*\/?>/i.test(rest)) {
      return { title: cellToText(inner), detail: cellToText(rest.startsWith(':') ? rest.slice(1) : rest) }
    }
  }
  const detail = cellToText(whole)
  return { title: '', detail: detail.startsWith('\\*') && looksLikeTitle(detail.slice(1)) ? detail.slice(1) : detail }
}

const TITLE_LIKE = /^\*\*(?![\s*])[\s\S]*?[^\s\\]\*\*(?::|\n|$)/

function looksLikeTitle(text: string): boolean {
  return TITLE_LIKE.test(text)
}

/**
 * A title goes inside `**…**`; any asterisk of its own could pair with those, and an underscore at an
 * edge likewise, so they are escaped (they render the same).
 */
function boldSafe(title: string): string {
  const escapeMarks = (text: string, marks: RegExp) =>
    text.replace(marks, (_, slashes: string, mark: string) => (slashes.length % 2 === 0 ? `${slashes}\\${mark}` : `${slashes}${mark}`))
  let safe = escapeMarks(title, /(\\*)(\*)/g)
  if (/__|^_|_$/.test(safe)) safe = escapeMarks(safe, /(\\*)(_)/g)
  // A lone trailing backslash would escape the closing `**`.
  return /(?:^|[^\\])(?:\\\\)*\\$/.test(safe) ? `${safe}\\` : safe
}

export function writeTaskCell(title: string, detail: string): string {
  const t = normalizeCellText(title)
  const d = normalizeCellText(detail)
  if (t && d) return `**${textToCell(boldSafe(t))}**: ${textToCell(d)}`
  if (t) return `**${textToCell(boldSafe(t))}**`
  return textToCell(looksLikeTitle(d) ? `\\${d}` : d)
}
