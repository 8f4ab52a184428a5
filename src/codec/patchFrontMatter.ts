import type { IsoDate } from '../domain/types'
import type { Span } from './pageLayout'
import { lineEnd, type TextEdit } from './textEdits'

/** A value written the way the page wrote the one it replaces: double-quoted, single-quoted or bare. */
function valueLike(old: string, value: string): string {
  const trimmed = old.trim()
  if (trimmed.startsWith("'")) return `'${value.replace(/'/g, "''")}'`
  const bareSafe = /^[\p{L}\p{N}][^:#"'\n]*$/u.test(value) && !/\s$/.test(value)
  if (trimmed.startsWith('"') || !bareSafe) return JSON.stringify(value)
  return value
}

/** The `key: value` line of the front matter, with where its value starts and ends. */
function keyLine(
  text: string,
  span: Span,
  key: string,
): { start: number; valueStart: number; end: number } | null {
  const block = text.slice(span.start, span.end)
  const match = new RegExp(`^${key}:[ \\t]*`, 'm').exec(block)
  if (!match) return null
  const start = span.start + match.index
  return { start, valueStart: start + match[0].length, end: lineEnd(text, start) }
}

/** The `date` line: its value changed in its own quoting, added after `title`, or removed. */
export function patchDate(text: string, span: Span, was: IsoDate | '', date: IsoDate | ''): TextEdit[] {
  if (was === date) return []
  const line = keyLine(text, span, 'date')
  if (line && !date) return [{ start: line.start, end: line.end + 1, text: '' }]
  if (line)
    return [
      { start: line.valueStart, end: line.end, text: valueLike(text.slice(line.valueStart, line.end), date) },
    ]
  const title = keyLine(text, span, 'title')
  const at = title ? title.end + 1 : lineEnd(text, span.start) + 1
  return [{ start: at, end: at, text: `date: ${JSON.stringify(date)}\n` }]
}

/** The `title` line in its own quoting, and the title heading that repeats it; null when there is neither. */
export function patchTitle(
  text: string,
  span: Span | null,
  heading: Span | null,
  was: string,
  title: string,
): TextEdit[] | null {
  if (was === title) return []
  const line = span ? keyLine(text, span, 'title') : null
  const edits: TextEdit[] = []
  if (heading) {
    const bold = /^\*\*[\s\S]*\*\*$/.test(text.slice(heading.start, heading.end))
    const words = title.replace(/\s+/g, ' ').trim()
    edits.push({ start: heading.start, end: heading.end, text: bold ? `**${words}**` : words })
  }
  if (!line) return heading ? edits : null
  return [
    ...edits,
    { start: line.valueStart, end: line.end, text: valueLike(text.slice(line.valueStart, line.end), title) },
  ]
}
