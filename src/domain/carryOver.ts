import { dayDate } from './dates'
import { emptyContent } from './factories'
import { newId } from './ids'
import type { Lang, Objective, Task, Week } from './types'

/** Unfinished tasks are the ones a user may carry into next week. */
export function unfinishedTasks(tasks: Task[]): Task[] {
  return tasks.filter((task) => task.status !== 'done')
}

/**
 * Adds the chosen tasks and objectives of one week to the next week (`next`, already stored or new),
 * each a fresh copy: a task keeps its weekday and its start date (it started then), notes the task it
 * carries on, and a planned completion moves to that weekday of the next week.
 */
export function carryInto(next: Week, lang: Lang, tasks: Task[], objectives: Objective[]): Week {
  const content = next.content[lang] ?? emptyContent(next.number, lang)
  const knownObjectives = new Set(content.objectives.map((o) => o.text.trim()))
  // Carrying over twice must not double a task already carried: same day, title and detail.
  const taskKey = (task: Task) => `${task.day}\u0000${task.title.trim()}\u0000${task.detail.trim()}`
  const knownTasks = new Set(content.tasks.map(taskKey))
  const carriedTasks = tasks
    .filter((task) => !knownTasks.has(taskKey(task)))
    .map((task) => ({
      ...task,
      id: newId(),
      carriedFrom: task.id,
      completionDate: task.completionDate ? dayDate(next.monday, task.day) : '',
    }))
  const carriedObjectives = objectives
    .filter((o) => !knownObjectives.has(o.text.trim()))
    .map((o) => ({ ...o, id: newId() }))
  return {
    ...next,
    content: {
      ...next.content,
      [lang]: {
        ...content,
        objectives: [...content.objectives, ...carriedObjectives],
        tasks: [...content.tasks, ...carriedTasks],
      },
    },
  }
}
