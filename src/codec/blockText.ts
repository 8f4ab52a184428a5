/**
 * Free text (intro, summary) is emitted as paragraphs. A line that markdown would read as a block of
 * its own (a heading, a rule, a list, raw HTML, a Hugo shortcode) would end the paragraph and so the
 * field; its first character is escaped on export and unescaped on import, so the text comes back as written.
 */

const PARAGRAPH_BREAKERS: RegExp[] = [
  /^#{1,6}(?:[ \t]|$)/,
  /^(?:([-*_])[ \t]*)(?:\1[ \t]*){2,}$/,
  /^=+[ \t]*$/,
  /^-+[ \t]*$/,
  /^>/,
  /^<[A-Za-z/!?]/,
  /^\{\{/,
  /^(?:```|~~~)/,
  // A GFM table delimiter row (`:-`, `|---|`) turns the line above it into a table header.
  /^(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/,
]

const LIST_STARTS: RegExp[] = [/^[-+*](?:[ \t]|$)/, /^\d{1,9}[.)](?:[ \t]|$)/]

function breaks(line: string, withLists: boolean): boolean {
  return (
    PARAGRAPH_BREAKERS.some((re) => re.test(line)) || (withLists && LIST_STARTS.some((re) => re.test(line)))
  )
}

/** `1. x` is escaped as `1\. x` (a backslash before a digit is no escape); anything else gets `\` first. */
function escapeIf(line: string, test: (line: string) => boolean): string {
  if (!test(line)) return line
  const ordered = /^(\d{1,9})([.)])(.*)$/.exec(line)
  return ordered ? `${ordered[1]}\\${ordered[2]}${ordered[3]}` : `\\${line}`
}

function unescapeIf(line: string, test: (line: string) => boolean): string {
  const ordered = /^(\d{1,9})\\([.)])(.*)$/.exec(line)
  if (ordered) {
    const plain = `${ordered[1]}${ordered[2]}${ordered[3]}`
    return test(plain) ? plain : line
  }
  // `\1.` was never written by escapeIf (which writes `1\.`), so it stays as it is.
  if (line.startsWith('\\') && !/^\\\d/.test(line) && test(line.slice(1))) return line.slice(1)
  return line
}

function escapeLine(line: string, withLists: boolean): string {
  return escapeIf(line, (l) => breaks(l, withLists))
}

function unescapeLine(line: string, withLists: boolean): string {
  return unescapeIf(line, (l) => breaks(l, withLists))
}

/** `withLists`: where a list would be read as something else (the achievements intro). */
export function escapeBlockText(text: string, withLists = false): string {
  // Leading spaces of a paragraph line do not show, and up to three of them still let a line open a block.
  return text
    .split('\n')
    .map((line) => escapeLine(line.replace(/^[ \t]+/, ''), withLists))
    .join('\n')
}

export function unescapeBlockText(source: string, withLists = false): string {
  return source
    .split('\n')
    .map((line) => unescapeLine(line, withLists))
    .join('\n')
}

/**
 * The first line of a list item: `* * *` is a rule, `* [ ] x` a task-list item, `* - x` a list in the
 * item and `* <br>` an HTML block, so a text that would turn into one of these has its first character
 * escaped.
 */
const ITEM_BREAKERS: RegExp[] = [
  /^(?:\*[ \t]*){2,}$/,
  /^\[[ xX]\](?:[ \t]|$)/,
  // An HTML block would swallow the nested list below the item's first line.
  /^<[A-Za-z/!?]/,
  ...LIST_STARTS,
]
const breaksItem = (line: string) => ITEM_BREAKERS.some((re) => re.test(line))

/**
 * The first line by the item rules; the lines after it (a multi-line objective or item) by the block
 * rules with lists, since a `*` or `- x` there would open a list inside the item.
 */
function byLine(text: string, first: (line: string) => string, rest: (line: string) => string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first(line) : rest(line)))
    .join('\n')
}

export function escapeItemText(text: string): string {
  return byLine(
    text,
    (line) => escapeIf(line, breaksItem),
    (line) => escapeLine(line, true),
  )
}

export function unescapeItemText(source: string): string {
  return byLine(
    source,
    (line) => unescapeIf(line, breaksItem),
    (line) => unescapeLine(line, true),
  )
}

/** Lines after the first of a list item are indented to stay in the item; import takes the indent off again. */
export function indentContinuation(text: string, indent: number): string {
  const pad = ' '.repeat(indent)
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n')
}

export function dedentContinuation(source: string, indent: number): string {
  return source
    .split('\n')
    .map((line, i) => {
      if (i === 0) return line
      let cut = 0
      while (cut < indent && (line[cut] === ' ' || line[cut] === '\t')) cut++
      return line.slice(cut)
    })
    .join('\n')
}
