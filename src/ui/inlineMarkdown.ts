/** A piece of one line of inline markdown: text, or a span of formatting around more pieces. */
export type InlinePiece =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong' | 'emphasis' | 'link'; children: InlinePiece[] }

const PUNCTUATION = /[!-/:-@[-`{-~]/

function closing(source: string, from: number, marker: string): number {
  for (let i = from; i < source.length; i++) {
    if (source[i] === '\\') i++
    else if (source.startsWith(marker, i) && (marker.length === 2 || source[i + 1] !== marker)) return i
  }
  return -1
}

/** `[label](address)` at `at`: the label and the index after the closing parenthesis. */
function linkAt(source: string, at: number): { label: string; end: number } | null {
  const labelEnd = source.indexOf('](', at)
  if (labelEnd < 0) return null
  // The address may hold balanced parentheses, as in CommonMark: `(javascript:alert(1))`.
  let depth = 1
  for (let i = labelEnd + 2; i < source.length; i++) {
    if (source[i] === '(') depth++
    else if (source[i] === ')' && --depth === 0) return { label: source.slice(at + 1, labelEnd), end: i + 1 }
  }
  return null
}

/**
 * Parses the inline markdown people put in titles: **bold**, *italic* (or underscores), `code` and
 * [links](…), whose label is kept and address dropped. Anything unclosed stays as typed. Never HTML.
 */
export function parseInlineMarkdown(source: string): InlinePiece[] {
  const pieces: InlinePiece[] = []
  let text = ''
  const flush = () => {
    if (text) pieces.push({ kind: 'text', text })
    text = ''
  }
  let i = 0
  while (i < source.length) {
    const ch = source.charAt(i)
    const double = source.slice(i, i + 2)
    if (ch === '\\' && PUNCTUATION.test(source.charAt(i + 1))) {
      text += source.charAt(i + 1)
      i += 2
      continue
    }
    if (ch === '`') {
      const end = source.indexOf('`', i + 1)
      if (end > i + 1) {
        flush()
        pieces.push({ kind: 'code', text: source.slice(i + 1, end) })
        i = end + 1
        continue
      }
    } else if (ch === '[') {
      const link = linkAt(source, i)
      if (link) {
        flush()
        pieces.push({ kind: 'link', children: parseInlineMarkdown(link.label) })
        i = link.end
        continue
      }
    } else if (double === '**' || double === '__') {
      const end = closing(source, i + 2, double)
      if (end > i + 2) {
        flush()
        pieces.push({ kind: 'strong', children: parseInlineMarkdown(source.slice(i + 2, end)) })
        i = end + 2
        continue
      }
    } else if ((ch === '*' || ch === '_') && source.charAt(i + 1) !== ' ') {
      const wordBefore = ch === '_' && /\w/.test(source.charAt(i - 1))
      const end = wordBefore ? -1 : closing(source, i + 1, ch)
      if (end > i + 1) {
        flush()
        pieces.push({ kind: 'emphasis', children: parseInlineMarkdown(source.slice(i + 1, end)) })
        i = end + 1
        continue
      }
    }
    text += ch
    i++
  }
  flush()
  return pieces
}
