import type { IsoDate } from '../domain/types'
import type { Span } from './pageLayout'
import { applyEdits, lineEnd, type TextEdit } from './textEdits'

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

/** The front matter keys the intern can set on a week where their site differs from the defaults. */
export interface FrontMatterOverrides {
  title?: string
  weight?: number
  pre?: string
}

/** The span of a page's front matter block (`---` to `---`), or null when the page opens without one. */
function frontMatterSpan(text: string): Span | null {
  const open = /^---[ \t]*\n/.exec(text)
  if (!open) return null
  const close = /^---[ \t]*$/m.exec(text.slice(open[0].length))
  return close ? { start: 0, end: open[0].length + close.index } : null
}

/**
 * The page with the overrides the intern set written into its front matter: each key's line changed in
 * its own quoting, or added before the closing `---` when the page had none. A key already holding the
 * override, or not overridden, is left as it is, so an untouched page keeps its bytes.
 */
export function writeOverrides(page: string, overrides: FrontMatterOverrides | undefined): string {
  const set = Object.entries(overrides ?? {}).filter(([, v]) => v !== undefined && v !== '')
  if (!set.length) return page
  const text = page.replace(/\r\n?/g, '\n')
  const span = frontMatterSpan(text)
  if (!span) return page
  const edits: TextEdit[] = []
  for (const [key, raw] of set) {
    const value = String(raw)
    const line = keyLine(text, span, key)
    if (!line) {
      const bare = key === 'weight' ? value : JSON.stringify(value)
      edits.push({ start: span.end, end: span.end, text: `${key}: ${bare}\n` })
      continue
    }
    const old = text.slice(line.valueStart, line.end)
    if (unquoted(old) === value) continue
    edits.push({
      start: line.valueStart,
      end: line.end,
      text: key === 'weight' ? value : valueLike(old, value),
    })
  }
  if (!edits.length) return page
  const patched = applyEdits(text, edits)
  return /\r\n/.test(page) ? patched.replace(/\n/g, '\r\n') : patched
}

/** A YAML scalar's value as written: quotes taken off (a double-quoted one read as JSON). */
function unquoted(old: string): string {
  const trimmed = old.trim()
  if (trimmed.startsWith("'") && trimmed.endsWith("'")) return trimmed.slice(1, -1).replace(/''/g, "'")
  if (trimmed.startsWith('"')) {
    try {
      return String(JSON.parse(trimmed))
    } catch {
      return trimmed
    }
  }
  return trimmed
}
