import type { Journal, Lang, SectionContent, Week } from '../domain/types'
import { PAGE_LABELS } from './pageLabels'
import { toLf } from './pageSource'

/** Where a part of the section page sits in its `\n` text. */
export interface SectionSpan {
  start: number
  end: number
}

/** One week's line: the whole paragraph, its link text, and the folder it links to. */
export interface SectionEntry extends SectionSpan {
  number: number
  folder: string
  text: SectionSpan
}

/** The section page read into what the intern edits, with where each part sits for patching. */
export interface SectionPageRead {
  content: SectionContent
  /** The value of the front matter's `title:` line. */
  titleValue: SectionSpan | null
  frontMatterEnd: number
  /** The intro's text (between the front matter and the first week's line), trimmed. */
  intro: SectionSpan
  entries: SectionEntry[]
}

const WEEK_LINK = /\[((?:\\.|[^\]\\])*)\]\(\s*(?:\.\/)?(\d+\.(\d+)-week\d+)\/?\s*\)/i
const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/

/** A YAML scalar as written on a `title:` line: double-quoted, single-quoted or bare. */
export function yamlScalar(raw: string): string {
  const value = raw.trim()
  if (value.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value)
      if (typeof parsed === 'string') return parsed
    } catch {
      return value.slice(1, value.endsWith('"') ? -1 : undefined)
    }
  }
  if (value.startsWith("'")) return value.slice(1, value.endsWith("'") ? -1 : undefined).replace(/''/g, "'")
  return value.replace(/\s+#.*$/, '')
}

/** Link text as the intern reads it: backslash escapes taken off. */
export function unescapeLinkText(text: string): string {
  return text.replace(/\\([\\[\]`*_])/g, '$1').trim()
}

/** The paragraphs (runs of non-blank lines) of `text` from `from` on. */
function paragraphs(text: string, from: number): SectionSpan[] {
  const spans: SectionSpan[] = []
  const pattern = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g
  pattern.lastIndex = from
  for (let m = pattern.exec(text); m; m = pattern.exec(text))
    spans.push({ start: m.index, end: m.index + m[0].length })
  return spans
}

/** Reads a section page (`content/1-Worklog/_index.md`); the text is the `\n` form (see `toLf`). */
export function readSectionPage(text: string): SectionPageRead {
  const front = FRONT_MATTER.exec(text)
  const frontMatterEnd = front ? front[0].length : 0
  const titleLine = front ? /^title:[ \t]*(.*)$/m.exec(front[0]) : null
  const titleValue = titleLine
    ? {
        start: titleLine.index + titleLine[0].length - titleLine[1].length,
        end: titleLine.index + titleLine[0].length,
      }
    : null
  const entries: SectionEntry[] = []
  for (const span of paragraphs(text, frontMatterEnd)) {
    const link = WEEK_LINK.exec(text.slice(span.start, span.end))
    if (!link) continue
    const textStart = span.start + link.index + 1
    entries.push({
      ...span,
      number: Number(link[3]),
      folder: link[2],
      text: { start: textStart, end: textStart + link[1].length },
    })
  }
  const introEnd = entries[0]?.start ?? text.length
  const raw = text.slice(frontMatterEnd, introEnd)
  const lead = raw.length - raw.trimStart().length
  const intro = { start: frontMatterEnd + lead, end: frontMatterEnd + raw.trimEnd().length }
  if (intro.end < intro.start) intro.end = intro.start
  const weeks: Record<string, string> = {}
  for (const entry of entries)
    weeks[String(entry.number)] ??= unescapeLinkText(text.slice(entry.text.start, entry.text.end))
  return {
    content: {
      title: titleValue ? yamlScalar(text.slice(titleValue.start, titleValue.end)) : '',
      intro: text.slice(intro.start, intro.end),
      weeks,
    },
    titleValue,
    frontMatterEnd,
    intro,
    entries,
  }
}

/** The section page's content of a journal in one language: as edited, else as imported, else the seed's. */
export function sectionContentOf(journal: Journal, lang: Lang, weeks: Week[] = []): SectionContent {
  const edited = journal.sectionContent?.[lang]
  if (edited) return edited
  const source = journal.sectionPages?.[lang]
  if (source) return readSectionPage(toLf(source.text)).content
  const described: Record<string, string> = {}
  for (const week of weeks) {
    const title = week.content[lang]?.title.replace(/\s+/g, ' ').trim()
    if (title) described[String(week.number)] = title
  }
  return { title: PAGE_LABELS[lang].sectionTitle, intro: '', weeks: described }
}
