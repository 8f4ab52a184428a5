/**
 * Text inside a table cell. The model keeps markdown as it would read outside a table: a real line
 * break and a bare `|`. A cell cannot hold either, so they travel as `<br>` and `\|`.
 */

const BR = /<br\s*\/?>/gi

/** Cell source → model text: `<br>` → line break, `\|` → `|` (a pipe after an odd run of backslashes). */
export function cellToText(source: string): string {
  return unescapePipes(source.replace(BR, '\n')).trim()
}

/** Model text → cell source; the inverse of `cellToText` for trimmed text. */
export function textToCell(text: string): string {
  return escapePipes(normalizeCellText(text)).replace(/\r?\n/g, '<br>')
}

/** What a cell can hold of a text: `<br>` is a line break there, and the ends are trimmed. */
export function normalizeCellText(text: string): string {
  return text.replace(BR, '\n').trim()
}

function unescapePipes(source: string): string {
  return source.replace(
    /(\\+)\|/g,
    (_, slashes: string) => (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + '|',
  )
}

function escapePipes(text: string): string {
  return text.replace(
    /(\\*)\|/g,
    (_, slashes: string) => (slashes.length % 2 === 0 ? slashes + '\\' : slashes) + '|',
  )
}
