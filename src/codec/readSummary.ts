import type { RootContent } from 'mdast'
import { unescapeBlockText } from './blockText'
import { endOffset, startOffset } from './markdownTree'
import { summaryLabelEnd } from './pageRegions'
import type { PageReading } from './pageReadState'
import { closeNote } from './readNotes'

/** `**Summary:** text` opens the summary as a paragraph, once per page. Returns true when it did. */
export function readSummaryLabel(reading: PageReading, block: RootContent): boolean {
  if (block.type !== 'paragraph' || reading.seen.has('summary')) return false
  const labelEnd = summaryLabelEnd(block, reading.source)
  if (labelEnd === null) return false
  closeNote(reading)
  reading.seen.add('summary')
  reading.region = { kind: 'summary', depth: 7, closed: false }
  reading.layout.summaryLabel = { start: startOffset(block), end: labelEnd }
  reading.summaryStart = labelEnd
  reading.summaryEnd = endOffset(block)
  return true
}

/** Blocks under the summary heading, up to the first note or rule, are the summary's text. */
export function readSummaryBlock(reading: PageReading, block: RootContent): boolean {
  const region = reading.region
  if (region.kind !== 'summary' || region.closed || reading.filled.has('summary')) return false
  reading.summaryStart ??= startOffset(block)
  reading.summaryEnd = endOffset(block)
  return true
}

/** The summary text read, and where it sits; '' when the page has none. */
export function finishSummary(reading: PageReading): string {
  const { summaryStart: start, summaryEnd: end } = reading
  if (start === null || end === null || end <= start) return ''
  reading.layout.summary = { start, end }
  return unescapeBlockText(reading.source.slice(start, end).trim())
}
