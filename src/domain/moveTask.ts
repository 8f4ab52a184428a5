import { dayDate } from './dates'
import { completionBeforeStart } from './rules'
import type { Task, WeekContent, Weekday } from './types'

/** Where a task sits in the week's calendar: its day and its position among that day's tasks (0 first). */
export interface TaskPlace {
  day: Weekday
  index: number
}

/** The task's place, or null when the week has no such task. */
export function placeOf(tasks: readonly Task[], id: string): TaskPlace | null {
  const task = tasks.find((t) => t.id === id)
  if (!task) return null
  return { day: task.day, index: tasks.filter((t) => t.day === task.day).indexOf(task) }
}

/** How many tasks `day` holds once the task `id` is taken out of the list (the places it can be dropped at, minus one). */
export function othersOnDay(tasks: readonly Task[], id: string, day: Weekday): number {
  return tasks.filter((t) => t.day === day && t.id !== id).length
}

/**
 * The task `id` taken out of the list and put on `place.day`, before the task that is `place.index`-th
 * of that day without it (at the end when the index is past the last). The order of every other task
 * stays. Dates that were the old day's follow the task to the new day, as when its day is changed in
 * the editor. Returns `tasks` itself when the task is already there.
 */
export function moveTaskAmong(tasks: readonly Task[], id: string, place: TaskPlace, monday: string): Task[] {
  const task = tasks.find((t) => t.id === id)
  const current = placeOf(tasks, id)
  if (!task || !current) return tasks.slice()
  const others = tasks.filter((t) => t.id !== id)
  const sameDay = others.filter((t) => t.day === place.day)
  const index = Math.max(0, Math.min(place.index, sameDay.length))
  if (current.day === place.day && current.index === index) return tasks as Task[]
  const moved = place.day === task.day ? task : redate(task, place.day, monday)
  const before = sameDay[index]
  let at: number
  if (before) at = others.indexOf(before)
  else {
    // At the end of its day: after that day's last task, or at the end of the list (as a change of day does).
    const last = sameDay.at(-1)
    at = last ? others.indexOf(last) + 1 : others.length
  }
  return [...others.slice(0, at), moved, ...others.slice(at)]
}

/** The week's content with the task moved to `place` (see moveTaskAmong); `content` itself when nothing moves. */
export function moveTaskTo(content: WeekContent, id: string, place: TaskPlace, monday: string): WeekContent {
  const tasks = moveTaskAmong(content.tasks, id, place, monday)
  return tasks === content.tasks ? content : { ...content, tasks }
}

function redate(task: Task, day: Weekday, monday: string): Task {
  const oldDate = dayDate(monday, task.day)
  const newDate = dayDate(monday, day)
  const startDate = task.startDate === oldDate ? newDate : task.startDate
  let completionDate = task.completionDate === oldDate ? newDate : task.completionDate
  if (completionBeforeStart({ startDate, completionDate })) completionDate = startDate
  return { ...task, day, startDate, completionDate }
}

export type MoveKey = 'up' | 'down' | 'left' | 'right'

/**
 * Where a task picked up with the keyboard goes on an arrow key, over the days shown (`days`, in order):
 * up and down move it among the tasks of its day and, past the first or the last, to the end of the day
 * before or the start of the day after (so that on a phone, where days are stacked, the arrows walk
 * the whole week); left and right move it to the same position of the day before or after. Null when
 * it cannot go further that way.
 */
export function stepPlace(
  tasks: readonly Task[],
  id: string,
  place: TaskPlace,
  key: MoveKey,
  days: readonly Weekday[],
): TaskPlace | null {
  const d = days.indexOf(place.day)
  if (d < 0) return null
  const count = (day: Weekday) => othersOnDay(tasks, id, day)
  if (key === 'up' || key === 'down') {
    const index = place.index + (key === 'up' ? -1 : 1)
    if (index >= 0 && index <= count(place.day)) return { day: place.day, index }
    const next = days[d + (key === 'up' ? -1 : 1)]
    if (next === undefined) return null
    return { day: next, index: key === 'up' ? count(next) : 0 }
  }
  const next = days[d + (key === 'left' ? -1 : 1)]
  if (next === undefined) return null
  return { day: next, index: Math.min(place.index, count(next)) }
}
