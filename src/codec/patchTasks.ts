import type { Lang, Task } from '../domain/types'
import { alignLists } from './alignLists'
import { textToCell } from './cellText'
import { dateFormatOf, dayFormatOf } from './cellStyle'
import type { PageLayout } from './pageLayout'
import { sameContent } from './sameContent'
import type { ColumnRole } from './taskColumns'
import { writeTaskCell } from './taskCell'
import { writeTasksTable } from './tasksTable'
import { insertLineAfter, lineEnd, lineStart, removeLines, type TextEdit } from './textEdits'

interface RowCells {
  cells: string[]
  /** The text around the cells: the line's own leading and trailing pipes. */
  lead: string
  trail: string
}

/** `| a | b |` → its cells, each with the spaces the page put around it. */
function splitRow(line: string): RowCells {
  const parts = line.split(/(?<!\\)\|/)
  const leading = /^\s*$/.test(parts[0])
  const trailing = parts.length > 1 && /^\s*$/.test(parts[parts.length - 1])
  const cells = parts.slice(leading ? 1 : 0, trailing ? -1 : undefined)
  return {
    cells,
    lead: leading ? `${parts[0]}|` : '',
    trail: trailing ? `|${parts[parts.length - 1]}` : '',
  }
}

function joinRow(row: RowCells): string {
  return row.lead + row.cells.join('|') + row.trail
}

/** A cell's text swapped for another, keeping the spaces around it. */
function withInner(cell: string, inner: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(cell)
  const [, before, , after] = match ?? ['', ' ', '', ' ']
  return `${before || ' '}${inner}${after || ' '}`
}

/** The task cell with only the changed part rewritten where the old text can be found in it. */
function taskCell(inner: string, was: Task, task: Task): string {
  let cell = inner
  for (const key of ['title', 'detail'] as const) {
    if (was[key] === task[key]) continue
    const old = textToCell(was[key])
    if (!old || cell.split(old).length !== 2) return writeTaskCell(task.title, task.detail)
    cell = cell.replace(old, () => textToCell(task[key]))
  }
  return cell
}

/** A row written like `line` (the row of `was`), with the values of `task`; unchanged cells keep their text. */
function rowLike(
  line: string,
  roles: ColumnRole[],
  was: Task,
  task: Task,
  lang: Lang,
  fresh: boolean,
): string {
  const row = splitRow(line)
  const otherAt = (i: number) => roles.slice(0, i).filter((role) => role === 'other').length
  row.cells = row.cells.map((cell, i) => {
    const inner = cell.trim()
    const role = roles[i] ?? 'other'
    if (role === 'day' && (fresh || was.day !== task.day))
      return withInner(cell, dayFormatOf(inner, was.day, lang)(task.day))
    if (role === 'task' && fresh) return withInner(cell, writeTaskCell(task.title, task.detail))
    if (role === 'task') return withInner(cell, taskCell(inner, was, task))
    if (role === 'start' || role === 'completion') {
      const key = role === 'start' ? 'startDate' : 'completionDate'
      if (!fresh && was[key] === task[key]) return cell
      return withInner(cell, dateFormatOf(inner, was[key] || was.startDate || was.completionDate)(task[key]))
    }
    if (role === 'reference' && (fresh || was.reference !== task.reference))
      return withInner(cell, textToCell(task.reference))
    if (role === 'other' && i < roles.length) {
      const k = otherAt(i)
      const text = task.extraCells?.[k]?.text ?? ''
      if (!fresh && (was.extraCells?.[k]?.text ?? '') === text) return cell
      return withInner(cell, textToCell(text))
    }
    if (role === 'other' && fresh) return withInner(cell, '')
    return cell
  })
  return joinRow(row).replace(/\n/g, ' ')
}

function rowLine(text: string, start: number): string {
  return text.slice(lineStart(text, start), lineEnd(text, start))
}

/** A page without a tasks table gets one, in the seed's style, under its tasks heading. */
function firstTasks(text: string, layout: PageLayout, tasks: Task[], lang: Lang): TextEdit[] | null {
  if (!layout.tasksHeading) return null
  return [insertLineAfter(text, layout.tasksHeading.end, `\n${writeTasksTable(tasks, lang, 'seed')}`)]
}

/** Edits that turn the table's rows into the current tasks; null when the page has no table for them. */
export function patchTasks(
  text: string,
  layout: PageLayout,
  base: Task[],
  tasks: Task[],
  lang: Lang,
): TextEdit[] | null {
  if (sameContent(base, tasks)) return []
  const rows = layout.taskRows
  if (!layout.taskTable && base.length === 0) return firstTasks(text, layout, tasks, lang)
  if (!layout.taskTable || rows.length === 0 || rows.length !== base.length) return null
  const edits: TextEdit[] = []
  let previous = -1
  for (const step of alignLists(base, tasks, sameContent)) {
    if (step.kind === 'keep') previous = step.base
    else if (step.kind === 'delete') {
      edits.push(removeLines(text, rows[step.base].start, rows[step.base].end))
      previous = step.base
    } else if (step.kind === 'change') {
      const at = rows[step.base].start
      const line = rowLike(
        rowLine(text, at),
        layout.taskRoles,
        base[step.base],
        tasks[step.current],
        lang,
        false,
      )
      edits.push({ start: lineStart(text, at), end: lineEnd(text, at), text: line })
      previous = step.base
    } else {
      const near = Math.max(previous, 0)
      const line = rowLike(
        rowLine(text, rows[near].start),
        layout.taskRoles,
        base[near],
        tasks[step.current],
        lang,
        true,
      )
      edits.push(
        previous >= 0
          ? insertLineAfter(text, rows[previous].end, line)
          : { start: lineStart(text, rows[0].start), end: lineStart(text, rows[0].start), text: `${line}\n` },
      )
    }
  }
  return edits
}
