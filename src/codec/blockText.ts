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
]

const LIST_STARTS: RegExp[] = [/^[-+*](?:[ \t]|$)/, /^\d{1,9}[.)](?:[ \t]|$)/]

function breaks(line: string, withLists: boolean): boolean {
  return PARAGRAPH_BREAKERS.some((re) => re.test(line)) || (withLists && LIST_STARTS.some((re) => re.test(line)))
}

function escapeLine(line: string, withLists: boolean): string {
  if (!breaks(line, withLists)) return line
  const ordered = /^(\d{1,9})([.)])(.*)$/.exec(line)
  return ordered ? `${ordered[1]}\\${ordered[2]}${ordered[3]}` : `\\${line}`
}

function unescapeLine(line: string, withLists: boolean): string {
  const ordered = /^(\d{1,9})\\([.)])(.*)$/.exec(line)
  if (ordered) {
    const plain = `${ordered[1]}${ordered[2]}${ordered[3]}`
    return breaks(plain, withLists) ? plain : line
  }
  if (line.startsWith('\\') && breaks(line.slice(1), withLists)) return line.slice(1)
  return line
}

/** `withLists`: where a list would be read as something else (the achievements intro). */
export function escapeBlockText(text: string, withLists = false): string {
  return text
    .split('\n')
    .map((line) => escapeLine(line, withLists))
    .join('\n')
}

export function unescapeBlockText(source: string, withLists = false): string {
  return source
    .split('\n')
    .map((line) => unescapeLine(line, withLists))
    .join('\n')
}

/**
 * The first line of a list item: `* * *` is a rule and `* [ ] x` a task-list item, so a text that
 * would turn into either has its first character escaped.
 */
const ITEM_BREAKERS: RegExp[] = [/^(?:\*[ \t]*){2,}$/, /^\[[ xX]\](?:[ \t]|$)/]

export function escapeItemText(text: string): string {
  return ITEM_BREAKERS.some((re) => re.test(text)) ? `\\${text}` : text
}

export function unescapeItemText(source: string): string {
  return source.startsWith('\\') && ITEM_BREAKERS.some((re) => re.test(source.slice(1))) ? source.slice(1) : source
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
