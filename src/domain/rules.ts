import type { Task } from './types'

/** A completion date before the start date is the one task rule the editor enforces. */
export function completionBeforeStart(task: Pick<Task, 'startDate' | 'completionDate'>): boolean {
  return task.startDate !== '' && task.completionDate !== '' && task.completionDate < task.startDate
}

/**
 * What to call a task on a calendar: its title, or else the first line of its detail (imported pages often
 * put the whole task in one cell, with no bold title); '' when both are blank.
 */
export function taskLabel(task: Pick<Task, 'title' | 'detail'>): string {
  if (task.title.trim()) return task.title
  const firstLine =
    task.detail
      .trim()
      .split('\n')[0]
      ?.replace(/^[-*+]\s+/, '') ?? ''
  return firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine
}
