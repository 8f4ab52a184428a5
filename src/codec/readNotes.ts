import { said, type MessageCode } from '../domain/messages'
import type { RootContent } from 'mdast'
import { newId } from '../domain/ids'
import type { NoteAnchor } from '../domain/types'
import { issue } from './issues'
import { endOffset, lineOf, startOffset } from './markdownTree'
import { anchorOf, type PageReading } from './pageReadState'

const SECTION_NAMES: Record<NoteAnchor, MessageCode> = {
  start: 'msg.section.start',
  objectives: 'msg.section.objectives',
  tasks: 'msg.section.tasks',
  achievements: 'msg.section.achievements',
  summary: 'msg.section.summary',
}

function preview(markdown: string): string {
  const line = markdown.replace(/\s+/g, ' ').trim()
  return line.length > 60 ? `${line.slice(0, 57)}…` : line
}

/** Ends the note being gathered, if any: it becomes one note, its span and its warning. */
export function closeNote(reading: PageReading): void {
  const run = reading.run
  reading.run = null
  if (!run) return
  const raw = reading.source.slice(startOffset(run.first), endOffset(run.last))
  const markdown = raw.trim()
  reading.notes.push({ id: newId(), after: run.anchor, markdown })
  const lead = raw.length - raw.trimStart().length
  const start = startOffset(run.first) + lead
  reading.layout.notes.push({ start, end: start + markdown.length })
  reading.warnings.push(
    issue(
      reading.file,
      lineOf(run.first),
      said('msg.keptAsNote', { section: said(SECTION_NAMES[run.anchor]), preview: preview(markdown) }),
    ),
  )
}

/** Keeps a block no field takes: it joins the note being gathered in this section, or starts one. */
export function keepAsNote(reading: PageReading, block: RootContent): void {
  // A note inside the summary ends it: the summary is one stretch of the page.
  if (reading.region.kind === 'summary' && reading.summaryStart !== null) reading.filled.add('summary')
  const anchor = anchorOf(reading.region)
  if (reading.run && reading.run.anchor === anchor) reading.run.last = block
  else {
    closeNote(reading)
    reading.run = { anchor, first: block, last: block }
  }
}
