import type { RootContent } from 'mdast'
import { issue } from './issues'
import { readTasksTable, tasksTableRoles } from './tasksTable'
import { spanOf, type PageReading } from './pageReadState'

/**
 * The page's first tasks table, wherever it stands (outside the summary): one task per row. The
 * reader moves into the tasks section then. Returns false when the block is no tasks table.
 */
export function readTasksTableBlock(reading: PageReading, block: RootContent): boolean {
  const region = reading.region
  if (block.type !== 'table' || region.kind === 'summary' || reading.filled.has('tasks')) return false
  const roles = tasksTableRoles(block, reading.source)
  if (!roles) return false
  const read = readTasksTable(block, roles, reading.source, reading.yearHint, reading.dateCorrection)
  if (read.dates) reading.dates = read.dates
  reading.tasks = read.tasks
  reading.layout.taskRows = read.rows
  reading.layout.taskTable = spanOf(block)
  reading.layout.taskRoles = roles
  for (const w of read.warnings) reading.warnings.push(issue(reading.file, w.line, w.message))
  reading.filled.add('tasks')
  reading.seen.add('tasks')
  if (region.kind !== 'tasks')
    reading.region = { kind: 'tasks', depth: region.kind === 'extra' ? region.depth : 7, closed: false }
  return true
}
