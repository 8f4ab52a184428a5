import type { TableCell } from 'mdast'
import { endOffset, parseMarkdown, startOffset } from './markdownTree'
import { cellToText, normalizeCellText, textToCell } from './cellText'

/** A task cell in the seed's shape is `**Title**: detail`; anything else is all detail. */
export function readTaskCell(cell: TableCell, source: string): { title: string; detail: string } {
  const children = cell.children
  if (children.length === 0) return { title: '', detail: '' }
  const whole = source.slice(startOffset(children[0]), endOffset(children[children.length - 1]))
  const first = children[0]
  if (first.type === 'strong' && first.children.length > 0) {
    const inner = source.slice(
      startOffset(first.children[0]),
      endOffset(first.children[first.children.length - 1]),
    )
    const rest = source.slice(endOffset(first), endOffset(children[children.length - 1]))
    const title = cellToText(inner)
    // Bold around nothing but a line break is no title.
    if (title && (rest === '' || rest.startsWith(':') || /^<br\s*\/?>/i.test(rest))) {
      return { title, detail: cellToText(rest.startsWith(':') ? rest.slice(1) : rest) }
    }
  }
  const detail = cellToText(whole)
  return {
    title: '',
    detail: detail.startsWith('\\*') && readsAsTitle(textToCell(detail.slice(1))) ? detail.slice(1) : detail,
  }
}

/** A cell's source read as the reader reads it, to check what an export will read back as. */
function readCellSource(cellSource: string): { title: string; detail: string } {
  const table = parseMarkdown(`| a |\n| - |\n| ${cellSource} |`).children[0]
  const cell = table?.type === 'table' ? table.children[1]?.children[0] : undefined
  return cell ? readTaskCell(cell, `| a |\n| - |\n| ${cellSource} |`) : { title: '', detail: '' }
}

function readsAsTitle(cellSource: string): boolean {
  return readCellSource(cellSource).title !== ''
}

/**
 * A title goes inside `**…**`; any asterisk of its own could pair with those, an underscore at an
 * edge likewise, and a lone backtick could swallow them, so these are escaped (they render the same).
 */
function boldSafe(title: string): string {
  const escapeMarks = (text: string, marks: RegExp) =>
    text.replace(marks, (_, slashes: string, mark: string) =>
      slashes.length % 2 === 0 ? `${slashes}\\${mark}` : `${slashes}${mark}`,
    )
  let safe = escapeMarks(title, /(\\*)(\*)/g)
  if (/__|^_|_$/.test(safe)) safe = escapeMarks(safe, /(\\*)(_)/g)
  // An unpaired backtick would open a code span that runs past the closing `**`.
  const ticks = (safe.match(/(?:^|[^\\])(?:\\\\)*`/g) ?? []).length
  if (ticks % 2 === 1) safe = escapeMarks(safe, /(\\*)(`)/g)
  // A lone trailing backslash would escape the closing `**`.
  return /(?:^|[^\\])(?:\\\\)*\\$/.test(safe) ? `${safe}\\` : safe
}

const MARKUP = /(\\*)([*_`[\]<>])/g

function cellFor(title: string, detail: string): string {
  if (title && detail) return `**${textToCell(title)}**: ${textToCell(detail)}`
  if (title) return `**${textToCell(title)}**`
  return textToCell(detail)
}

/**
 * `**Title**: detail`, checked by reading it back: where emphasis marks of the text itself would
 * move the boundary, the title's markup is escaped, or a detail's leading `*`.
 */
export function writeTaskCell(title: string, detail: string): string {
  const t = boldSafe(normalizeCellText(title))
  const d = normalizeCellText(detail)
  const cell = cellFor(t, d)
  // Without emphasis, code, link or tag marks nothing can move the boundary; skip the read-back.
  if (!/[*_`[<]/.test(t + d)) return cell
  const back = readCellSource(cell)
  if (back.title === cellToText(textToCell(t)) && back.detail === cellToText(textToCell(d))) return cell
  if (!t) return textToCell(`\\${d}`)
  const plain = t.replace(MARKUP, (_, slashes: string, mark: string) =>
    slashes.length % 2 === 0 ? `${slashes}\\${mark}` : `${slashes}${mark}`,
  )
  return cellFor(plain, d)
}
