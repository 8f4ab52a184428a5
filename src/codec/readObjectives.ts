import type { RootContent } from 'mdast'
import { newId } from '../domain/ids'
import { itemSource } from './listItems'
import { endOffset, startOffset } from './markdownTree'
import type { PageReading } from './pageReadState'

/** The first list under the objectives heading: one objective per item. Returns false when it takes nothing. */
export function readObjectivesList(reading: PageReading, block: RootContent): boolean {
  const region = reading.region
  if (region.kind !== 'objectives' || region.closed) return false
  if (block.type !== 'list' || reading.filled.has('objectives')) return false
  for (const item of block.children) {
    reading.objectives.push({ id: newId(), text: itemSource(item, reading.source) })
    reading.layout.objectiveItems.push({ start: startOffset(item), end: endOffset(item) })
  }
  reading.filled.add('objectives')
  return true
}
