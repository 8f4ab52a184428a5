import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import type { Nodes, Root } from 'mdast'

/** One processor for the whole codec: building it costs more than parsing a page. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm)

const FENCE_FIRST = /^(?:---|\+\+\+)[ \t]*(?:\n|$)/

/**
 * A page that opens a front matter fence and never closes it has no front matter: its fence is a rule
 * and its lines are text. It is read without the front matter extension, which would otherwise miss
 * every `-` list after the fence.
 */
export function parseMarkdown(text: string): Root {
  const tree = processor.parse(text)
  const first = tree.children[0] as { type: string } | undefined
  const unclosed = FENCE_FIRST.test(text) && first?.type !== 'yaml' && first?.type !== 'toml'
  return unclosed ? withoutFrontMatter.parse(text) : tree
}

export function startOffset(node: Nodes): number {
  return node.position?.start.offset ?? 0
}

export function endOffset(node: Nodes): number {
  return node.position?.end.offset ?? 0
}

export function lineOf(node: Nodes): number | null {
  return node.position?.start.line ?? null
}

/** The page's own markdown for a run of sibling nodes: slicing keeps every character the author wrote. */
export function sourceOfRange(text: string, first: Nodes, last: Nodes): string {
  return text.slice(startOffset(first), endOffset(last))
}

export function sourceOf(text: string, node: Nodes): string {
  return sourceOfRange(text, node, node)
}

/** The text a reader sees, without markup; for recognising headings and day names. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('')
  return ''
}
