import type { Heading, RootContent } from 'mdast'
import { classifyHeading } from './headingKinds'
import { plainText } from './markdownTree'
import { spanOf, anchorOf, type PageReading } from './pageReadState'
import { closeNote, keepAsNote } from './readNotes'
import { readTitleHeading } from './readTitle'
import { readAchievementsBlock } from './readAchievements'

/** A heading that opens a section the page has not had yet: the reader moves into it. */
function openSection(reading: PageReading, heading: Heading): boolean {
  const kind = classifyHeading(plainText(heading))
  if (!kind || reading.seen.has(kind)) return false
  if (/[\u00C0-\u1EF9]/.test(plainText(heading))) reading.vietnameseHeadings++
  closeNote(reading)
  reading.seen.add(kind)
  reading.region = { kind, depth: heading.depth, closed: false }
  if (kind === 'objectives') reading.layout.objectivesHeading = spanOf(heading)
  if (kind === 'tasks') reading.layout.tasksHeading = spanOf(heading)
  if (kind === 'summary') {
    reading.layout.summaryLabel = spanOf(heading)
    reading.summaryStart = null
  }
  return true
}

/**
 * Reads a heading: inside a section a deeper heading is part of it (an achievement group); under a
 * heading the page does not know, a deeper one may still open a section. A heading that is no title
 * and no new section starts a stretch of notes.
 */
export function readHeading(reading: PageReading, heading: Heading, next: RootContent | undefined): void {
  const region = reading.region
  const inSection = region.kind !== 'start' && region.kind !== 'extra' && !region.closed
  if (inSection && heading.depth > region.depth) {
    if (readAchievementsBlock(reading, heading, next)) closeNote(reading)
    else keepAsNote(reading, heading)
    return
  }
  if (readTitleHeading(reading, heading, classifyHeading(plainText(heading)))) {
    closeNote(reading)
    return
  }
  if (openSection(reading, heading)) return
  if (region.kind === 'extra' && heading.depth > region.depth) {
    keepAsNote(reading, heading)
    return
  }
  closeNote(reading)
  reading.region = { kind: 'extra', anchor: anchorOf(region), depth: heading.depth }
  keepAsNote(reading, heading)
}
