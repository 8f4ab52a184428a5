import type { SectionContent } from '../domain/types'
import { patchTitle } from './patchFrontMatter'
import type { SectionPageRead } from './sectionPageRead'
import type { TextEdit } from './textEdits'

/** A description as link text: one line, `\`, `[` and `]` escaped. */
export function linkText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\[\]])/g, '\\$1')
}

function titleEdits(text: string, read: SectionPageRead, title: string): TextEdit[] {
  const was = read.content.title
  if (was === title) return []
  const patched = patchTitle(text, { start: 0, end: read.frontMatterEnd }, null, was, title)
  if (patched) return patched
  const at = read.frontMatterEnd ? text.indexOf('\n') + 1 : 0
  const line = `title: ${JSON.stringify(title)}\n`
  return [{ start: at, end: at, text: read.frontMatterEnd ? line : `---\n${line}---\n\n` }]
}

function introEdits(text: string, read: SectionPageRead, intro: string): TextEdit[] {
  const next = intro.replace(/\r\n?/g, '\n').trim()
  if (next === read.content.intro) return []
  const { start, end } = read.intro
  if (read.content.intro && next) return [{ start, end, text: next }]
  const following = read.entries[0]?.start ?? text.length
  if (!next) return [{ start, end: following, text: '' }]
  if (read.entries.length) return [{ start: following, end: following, text: `${next}\n\n` }]
  return [{ start: text.length, end: text.length, text: `${/\n$/.test(text) ? '\n' : '\n\n'}${next}\n` }]
}

/**
 * The edits that bring an imported section page to the content the intern set: the title's value in
 * its own quoting, the intro's text, and the link text of each week whose description changed. Every
 * other byte stays.
 */
export function sectionPageEdits(text: string, read: SectionPageRead, content: SectionContent): TextEdit[] {
  const edits = [...titleEdits(text, read, content.title), ...introEdits(text, read, content.intro)]
  const done = new Set<number>()
  for (const entry of read.entries) {
    if (done.has(entry.number)) continue
    done.add(entry.number)
    const key = String(entry.number)
    const wanted = content.weeks[key]
    if (wanted === undefined || wanted === read.content.weeks[key]) continue
    edits.push({ start: entry.text.start, end: entry.text.end, text: linkText(wanted) })
  }
  return edits
}
