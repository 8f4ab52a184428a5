import type { RootContent } from 'mdast'
import { isForeignBlock } from './pageRegions'
import type { PageReading } from './pageReadState'
import { closeNote, keepAsNote } from './readNotes'
import { readHeading } from './readHeadings'
import { readSummaryBlock, readSummaryLabel } from './readSummary'
import { readTasksTableBlock } from './readTasks'
import { readObjectivesList } from './readObjectives'
import { readAchievementsBlock } from './readAchievements'

/** One block that is no heading: the first section reader that takes it wins; else it is a note. */
function readBlock(reading: PageReading, block: RootContent, next: RootContent | undefined): void {
  if (
    block.type === 'definition' ||
    block.type === 'footnoteDefinition' ||
    isForeignBlock(block, reading.source)
  ) {
    keepAsNote(reading, block)
    return
  }
  if (readSummaryLabel(reading, block)) return
  if (
    readTasksTableBlock(reading, block) ||
    readObjectivesList(reading, block) ||
    readAchievementsBlock(reading, block, next)
  ) {
    closeNote(reading)
    return
  }
  if (readSummaryBlock(reading, block)) return
  keepAsNote(reading, block)
}

/** Walks the page's blocks after the front matter, in order, handing each to its section's reader. */
export function readPageBlocks(reading: PageReading, blocks: RootContent[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (block.type === 'thematicBreak') {
      // A rule ends a section's fields: what follows it before the next heading can only be a note.
      // It also ends a note, so that notes exported one after another come back one by one.
      const region = reading.region
      if (region.kind !== 'start' && region.kind !== 'extra') region.closed = true
      closeNote(reading)
    } else if (block.type === 'heading') readHeading(reading, block, blocks[i + 1])
    else readBlock(reading, block, blocks[i + 1])
  }
  closeNote(reading)
}
