import { taskLabel } from '../../domain/rules'
import { useMemo } from 'react'
import { moveTaskInDay, moveTaskToDay, removeTask, updateTask, type Removed } from '../../domain/edits'
import { newTask } from '../../domain/factories'
import { moveTaskTo, type TaskPlace } from '../../domain/moveTask'
import type { Lang, Task, Weekday } from '../../domain/types'
import type { UpdateContent } from './useEditHistory'
import { useT } from '../../i18n/i18n'

export interface TaskActions {
  /** Adds an empty task on `day`, dated that day; returns its id. */
  add: (day: Weekday) => string | null
  update: (id: string, patch: Partial<Task>) => void
  move: (id: string, by: -1 | 1) => void
  moveToDay: (id: string, day: Weekday) => void
  /** Puts the task at a place of the calendar (dragged there), as one step of the edit history. */
  moveTo: (id: string, place: TaskPlace) => void
  remove: (id: string) => void
}

const TYPED: (keyof Task)[] = ['title', 'detail', 'reference']

export function useTaskActions(
  lang: Lang,
  monday: string,
  updateContent: UpdateContent,
  offerUndo: (message: string, undo: () => void) => void,
): TaskActions {
  const t = useT()
  return useMemo(
    () => ({
      add: (day) => {
        const task = newTask(monday, day)
        updateContent(lang, (c) => ({ ...c, tasks: [...c.tasks, task] }))
        return task.id
      },
      update: (id, patch) => {
        // Typing in one of the task's text fields is one undo step, whatever the number of keystrokes.
        const fields = Object.keys(patch) as (keyof Task)[]
        const typing =
          fields.length === 1 && TYPED.includes(fields[0]) ? `task:${id}:${fields[0]}` : undefined
        updateContent(lang, (c) => updateTask(c, id, patch), typing)
      },
      move: (id, by) => updateContent(lang, (c) => moveTaskInDay(c, id, by)),
      moveToDay: (id, day) => updateContent(lang, (c) => moveTaskToDay(c, id, day, monday)),
      moveTo: (id, place) => updateContent(lang, (c) => moveTaskTo(c, id, place, monday)),
      remove: (id) => {
        let removed: Removed<Task> | null = null
        updateContent(lang, (c) => {
          removed = removeTask(c, id)
          return removed?.content ?? c
        })
        const done = removed as Removed<Task> | null
        if (done) {
          offerUndo(t('undo.taskDeleted', { title: taskLabel(done.removed) || t('task.untitled') }), () =>
            updateContent(lang, done.restore),
          )
        }
      },
    }),
    [lang, monday, updateContent, offerUndo, t],
  )
}
