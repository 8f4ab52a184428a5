import type { RootContent } from 'mdast'
import { said, type Message } from '../domain/messages'
import { issue, type CodecIssue } from './issues'
import { readFrontMatter, type FrontMatter } from './frontMatter'
import type { Span } from './pageLayout'
import { endOffset, startOffset } from './markdownTree'

export type FrontMatterBlock =
  | { ok: true; front: FrontMatter; span: Span | null; warnings: CodecIssue[]; body: RootContent[] }
  | { ok: false; line: number | null; message: Message }

const NO_FRONT_MATTER: FrontMatter = { title: null, date: '', unreadableDate: null, weight: null, pre: null }

/** Reads the page's YAML front matter block, when it has one, and hands back the blocks after it. */
export function readFrontMatterBlock(file: string, source: string, blocks: RootContent[]): FrontMatterBlock {
  const first = blocks[0] as RootContent | undefined
  if ((first as { type: string } | undefined)?.type === 'toml')
    return {
      ok: false,
      line: 1,
      message: said('msg.tomlFrontMatter'),
    }
  if (first?.type !== 'yaml') {
    const unclosed = first?.type === 'thematicBreak' && /^---[ \t]*\n[ \t]*[\w"'-]+[ \t]*:/.test(source)
    const warnings = unclosed ? [issue(file, 1, said('msg.unclosedFrontMatter'))] : []
    return { ok: true, front: NO_FRONT_MATTER, span: null, warnings, body: blocks }
  }
  const read = readFrontMatter(first.value)
  if (!read.ok) return { ok: false, line: read.line, message: read.message }
  const front = read.value
  const warnings = front.unreadableDate
    ? [issue(file, 1, said('msg.badFrontMatterDate', { date: front.unreadableDate }))]
    : []
  const span = { start: startOffset(first), end: endOffset(first) }
  return { ok: true, front, span, warnings, body: blocks.slice(1) }
}
