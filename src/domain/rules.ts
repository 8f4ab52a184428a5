import type { Task } from './types'

/** A completion date before the start date is the one task rule the editor enforces. */
export function completionBeforeStart(task: Pick<Task, 'startDate' | 'completionDate'>): boolean {
  return task.startDate !== '' && task.completionDate !== '' && task.completionDate < task.startDate
}
