import type { Heading } from 'mdast'
import type { SectionKind } from './headingKinds'
import { endOffset, startOffset } from './markdownTree'
import type { PageReading } from './pageReadState'

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

function unbold(text: string): string {
  const match = /^\*\*([\s\S]*)\*\*$/.exec(text.trim())
  return (match ? match[1] : text).trim()
}

/** The source text inside a heading, without its `#` marks, and without bold around all of it. */
export function headingInner(heading: Heading, source: string): string {
  if (heading.children.length === 0) return ''
  return unbold(
    source.slice(startOffset(heading.children[0]), endOffset(heading.children[heading.children.length - 1])),
  )
}

/**
 * The page's own title (`# **WEEK 7 WORKLOG**`) is no section, even when it says `Tổng kết`: it is the
 * heading that repeats the front matter title, or else the first level-one heading of no section kind.
 * Reads it and returns true when this heading is that title.
 */
export function readTitleHeading(reading: PageReading, heading: Heading, kind: SectionKind | null): boolean {
  if (reading.region.kind !== 'start' || reading.titleHeading !== null || reading.seen.size > 0) return false
  const inner = headingInner(heading, reading.source)
  const title = reading.front.title
  const isTitle = title !== null ? collapse(inner) === collapse(title) : heading.depth === 1 && kind === null
  if (!isTitle) return false
  reading.titleHeading = inner
  reading.layout.titleHeading = {
    start: startOffset(heading.children[0]),
    end: endOffset(heading.children.at(-1)!),
  }
  return true
}
