import type { Heading, Root, Table } from 'mdast'
import type { PageStyle } from '../domain/types'
import { classifyHeading, foldText } from './headingKinds'
import { endOffset, parseMarkdown, startOffset } from './markdownTree'
import { readFrontMatter } from './frontMatter'
import { tasksTableRoles } from './tasksTable'
import { cellToText } from './cellText'
import { showsBoxes } from './patchTicks'
import { headingInner } from './readTitle'

/** What one imported page shows of its journal's style; a field is missing where the page does not say. */
export type PageTraits = Omit<PageStyle, 'weightOffset' | 'weightConstant' | 'table'> & {
  weight?: number
  /** The table style as one key (columns, alignment, padding), so pages can vote on it whole. */
  table?: string
}

/** `{n}` where the page writes its week number (and not inside a longer number). */
export function slotWeek(text: string, week: number): string {
  return text.replace(new RegExp(`(?<!\\d)${week}(?!\\d)`, 'g'), '{n}')
}

function mostCommonIn<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: T | undefined
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value
  return best
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  const end = text.indexOf('\n', offset)
  return text.slice(start, end === -1 ? text.length : end)
}

function frontTraits(tree: Root, number: number): PageTraits {
  const yaml = tree.children[0]
  if (!yaml || yaml.type !== 'yaml') return {}
  const traits: PageTraits = {}
  const title = /^title:[ \t]*(\S.*)$/m.exec(yaml.value)?.[1]
  if (title) traits.quote = title.startsWith('"') ? 'double' : title.startsWith("'") ? 'single' : 'bare'
  const read = readFrontMatter(yaml.value)
  if (!read.ok) return traits
  if (read.value.weight !== null) traits.weight = read.value.weight
  const pre = read.value.pre
  const at = pre ? new RegExp(`(\\d+\\.)${number}(?!\\d)`).exec(pre) : null
  if (pre && at) traits.pre = `${pre.slice(0, at.index)}${at[1]}{n}${pre.slice(at.index + at[0].length)}`
  return traits
}

/** The headings of the page's sections, and its title line (the heading repeating the title), if any. */
function headingTraits(tree: Root, text: string, number: number): PageTraits {
  const headings: NonNullable<PageStyle['headings']> = {}
  let titleLine = ''
  const title = tree.children[0]?.type === 'yaml' ? /^title:[ \t]*["']?(.*?)["']?[ \t]*$/m : null
  const frontTitle =
    title && tree.children[0].type === 'yaml' ? title.exec(tree.children[0].value)?.[1] : null
  let seenSection = false
  for (const node of tree.children) {
    if (node.type !== 'heading') continue
    const line = lineAt(text, startOffset(node))
    const kind = classifyHeading(line.replace(/[*_`#]/g, ''))
    const inner = headingInner(node, text)
    if (!seenSection && kind === null && !titleLine && isTitle(node, inner, frontTitle)) {
      titleLine = line.replace(inner, '{title}')
      continue
    }
    if (kind === null || kind === 'summary') continue
    seenSection = true
    headings[kind] ??= slotWeek(line, number)
  }
  return { headings, titleLine }
}

function isTitle(node: Heading, inner: string, frontTitle: string | null | undefined): boolean {
  if (!inner) return false
  return frontTitle ? foldText(inner) === foldText(frontTitle) : node.depth === 1
}

const DAY_FORMS: [PageStyle['days'] & string, RegExp][] = [
  ['seed', /^\d \((monday|tuesday|wednesday|thursday|friday|saturday|sunday)\)$/i],
  ['template', /^[2-8]$|^cn$/i],
  ['short', /^(mon|tue|wed|thu|fri|sat|sun)$/i],
  ['name', /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i],
  ['thu', /^(thứ \d|chủ nhật)$/i],
]

const unbold = (cell: string) => cell.replace(/^\*\*(.*)\*\*$/, '$1').trim()

/** `dd/MM/yyyy`, `dd-MM-yyyy`, `MM/dd/yyyy`, `d/M/yyyy`, `dd/MM`: the date as the cell writes it. */
function dateFormatOf(cell: string): { format: string; monthFirst: boolean | null } | null {
  const match = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?$/.exec(cell.replace(/\*\*/g, '').trim())
  if (!match) return null
  const [a, sep, b, year] = [match[1], match[2], match[3], match[4]]
  const monthFirst = Number(a) > 12 ? false : Number(b) > 12 ? true : null
  const d = (first: string, token: string) => (first.length === 1 ? token : token + token)
  const parts = monthFirst ? [d(a, 'M'), d(b, 'd')] : [d(a, 'd'), d(b, 'M')]
  return { format: `${parts.join(sep)}${year ? `${sep}yyyy` : ''}`, monthFirst }
}

function cellSource(text: string, cell: Table['children'][number]['children'][number] | undefined) {
  if (!cell || cell.children.length === 0) return ''
  return text.slice(startOffset(cell.children[0]), endOffset(cell.children[cell.children.length - 1]))
}

function tableTraits(tree: Root, text: string): PageTraits {
  const table = tree.children.find((n): n is Table => n.type === 'table' && !!tasksTableRoles(n, text))
  if (!table) return {}
  const roles = tasksTableRoles(table, text)!
  const header = table.children[0]
  const lines = text.slice(startOffset(table), endOffset(table)).split('\n')
  const align = (lines[1] ?? '')
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim())
  const columns = roles.map((role, i) => ({ header: cellSource(text, header.children[i]), role }))
  const padded = /^\|[ \t]/.test(lines[0].trim())
  const aligned = isAligned(lines[0], lines[1] ?? '') && columns.length > 1
  const shape = aligned
    ? { columns, align: align.map((cell) => cell.replace(/-+/, '---')), padded, aligned }
    : { columns, align, padded }
  const traits: PageTraits = { table: JSON.stringify(shape) }
  const rows = table.children.slice(1)
  const cells = (role: string) =>
    rows.flatMap((row) =>
      roles.flatMap((r, i) => (r === role ? [cellToText(cellSource(text, row.children[i]))] : [])),
    )
  const dayCells = cells('day').map((cell) => cell.trim())
  traits.days = mostCommonIn(
    dayCells.flatMap((cell) => DAY_FORMS.filter(([, form]) => form.test(unbold(cell))).map(([name]) => name)),
  )
  if (traits.days)
    traits.boldDays = mostCommonIn(dayCells.filter(Boolean).map((cell) => unbold(cell) !== cell))
  const dates = [...cells('start'), ...cells('completion')].flatMap((cell) => dateFormatOf(cell) ?? [])
  const monthFirst = dates.some((d) => d.monthFirst === true) && !dates.some((d) => d.monthFirst === false)
  traits.dateFormat = mostCommonIn(
    dates.map((d) =>
      monthFirst && d.monthFirst === null ? d.format.replace(/d+|M+/g, swapToken) : d.format,
    ),
  )
  return traits
}

/** A table written with its columns padded to one width: header and alignment row cells line up. */
function isAligned(header: string, align: string): boolean {
  const widths = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.length)
  const [a, b] = [widths(header), widths(align)]
  return a.length === b.length && a.every((w, i) => w === b[i]) && a.some((w) => w > 5)
}

/** dd ↔ MM: an ambiguous `03/10/2025` on a month-first page is written month first. */
function swapToken(token: string): string {
  return token[0] === 'd' ? token.replace(/d/g, 'M') : token.replace(/M/g, 'd')
}

/** The bullets of the page's lists, its achievement group style, and whether it has `---` rules. */
function listTraits(tree: Root, text: string): PageTraits {
  const body = tree.children[0]?.type === 'yaml' ? text.slice(endOffset(tree.children[0])) : text
  const bullets = [...body.matchAll(/^[ \t]*([-*+])[ \t]+(?!\[[ xX]\][ \t]*$)\S/gm)].map(
    (m) => m[1] as '*' | '-' | '+',
  )
  const traits: PageTraits = {
    bullet: mostCommonIn(bullets),
    rules: /^(?:---|\*\*\*|___)[ \t]*$/m.test(body),
    checkboxes: showsBoxes(text),
  }
  const at = tree.children.findIndex(
    (n) => n.type === 'heading' && classifyHeading(headingInner(n, text)) === 'achievements',
  )
  if (at === -1) return traits
  const depth = (tree.children[at] as Heading).depth
  for (const node of tree.children.slice(at + 1)) {
    if (node.type === 'heading' && node.depth <= depth) break
    const line = lineAt(text, startOffset(node))
    if (node.type === 'heading' && /^#+[ \t]+(\*\*)?\d+[.)]/.test(line)) traits.groups = 'heading'
    else if (node.type === 'paragraph' && /^\*\*\d+[.)]/.test(line)) traits.groups = 'bold'
    else if (node.type === 'list' && node.ordered) traits.groups = 'numbered'
    if (traits.groups) break
  }
  return traits
}

/** Everything one imported page shows of how its journal writes pages. */
export function pageTraits(source: string, number: number): PageTraits {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const tree = parseMarkdown(text)
  return {
    ...frontTraits(tree, number),
    ...headingTraits(tree, text, number),
    ...tableTraits(tree, text),
    ...listTraits(tree, text),
  }
}

export { mostCommonIn }
