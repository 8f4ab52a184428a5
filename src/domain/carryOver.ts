import { withUntranslated } from './bilingual'
import { dayDate } from './dates'
import { emptyContent } from './factories'
import { newId } from './ids'
import type { Lang, Objective, Task, Week } from './types'

/** Unfinished tasks are the ones a user may carry into next week. */
export function unfinishedTasks(tasks: Task[]): Task[] {
  return tasks.filter((task) => task.status !== 'done')
}

/** The element of `version` with the id of `picked`, or a copy of `picked` marked not translated yet. */
function inLanguage<T extends { id: string; untranslated?: boolean }>(
  picked: T,
  version: readonly T[] | undefined,
  same: boolean,
): T {
  if (same) return picked
  return version?.find((e) => e.id === picked.id) ?? withUntranslated(picked, true)
}

/**
 * Adds the chosen tasks and objectives of one week (picked in `lang`) to the next week (`next`, already
 * stored or new), in every language version the next week has and in `lang`: each a fresh copy, under
 * one new id shared by the languages, with that language's text when `from` (the versions of the week
 * carried from) has it. A task keeps its weekday and its start date (it started then), notes the task it
 * carries on, and a planned completion moves to that weekday of the next week.
 */
export function carryInto(
  next: Week,
  lang: Lang,
  tasks: Task[],
  objectives: Objective[],
  from: Week['content'] = {},
): Week {
  const ids = new Map([...tasks, ...objectives].map((e) => [e.id, newId()]))
  const langs = new Set<Lang>([...(Object.keys(next.content) as Lang[]), lang])
  const content = { ...next.content }
  for (const l of langs) {
    const version = next.content[l] ?? emptyContent(next.number, l)
    const knownObjectives = new Set(version.objectives.map((o) => o.text.trim()))
    // Carrying over twice must not double a task already carried: same day, title and detail.
    const taskKey = (task: Task) => `${task.day}\u0000${task.title.trim()}\u0000${task.detail.trim()}`
    const knownTasks = new Set(version.tasks.map(taskKey))
    const carriedTasks = tasks
      .map((task) => inLanguage(task, from[l]?.tasks, l === lang))
      .filter((task) => !knownTasks.has(taskKey(task)))
      .map((task) => ({
        ...task,
        id: ids.get(task.id) ?? newId(),
        carriedFrom: task.id,
        completionDate: task.completionDate ? dayDate(next.monday, task.day) : '',
      }))
    const carriedObjectives = objectives
      .map((o) => inLanguage(o, from[l]?.objectives, l === lang))
      .filter((o) => !knownObjectives.has(o.text.trim()))
      .map((o) => ({ ...o, id: ids.get(o.id) ?? newId() }))
    content[l] = {
      ...version,
      objectives: [...version.objectives, ...carriedObjectives],
      tasks: [...version.tasks, ...carriedTasks],
    }
  }
  return { ...next, content }
}
