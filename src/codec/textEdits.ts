/** A replacement of `text.slice(start, end)`; edits of one page never overlap. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

/** The page with its edits applied; insertions at one place keep the order they were made in. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const ordered = edits.map((edit, seq) => ({ edit, seq }))
  ordered.sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.seq - a.seq)
  let out = text
  for (const { edit } of ordered) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
  return out
}

/** Where the line holding `offset` starts. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** Where the line holding `offset` ends, before its `\n`. */
export function lineEnd(text: string, offset: number): number {
  const at = text.indexOf('\n', offset)
  return at === -1 ? text.length : at
}

/** The edit that removes the whole lines from `start` to `end`. */
export function removeLines(text: string, start: number, end: number): TextEdit {
  const from = lineStart(text, start)
  const to = lineEnd(text, end)
  if (to < text.length) return { start: from, end: to + 1, text: '' }
  return { start: Math.max(0, from - 1), end: to, text: '' }
}

/** The edit that puts `line` on a line of its own after the line holding `offset`. */
export function insertLineAfter(text: string, offset: number, line: string): TextEdit {
  const at = lineEnd(text, offset)
  return at < text.length
    ? { start: at + 1, end: at + 1, text: `${line}\n` }
    : { start: at, end: at, text: `\n${line}` }
}
