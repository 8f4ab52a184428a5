import { memo, useCallback, useMemo, useState, type ReactNode } from 'react'
import type { Task, Weekday } from '../../domain/types'
import { WORKDAYS } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { useFocusAfterRender } from '../../ui/useFocusAfterRender'
import { DRAG_HELP_ID, TaskDay } from './TaskDay'
import { TaskEditor } from './TaskEditor'
import type { TaskActions } from './useTaskActions'
import { useTaskDrag } from './useTaskDrag'

interface Props {
  tasks: Task[]
  monday: string
  readOnly: boolean
  actions: TaskActions
  /** Shown in the editor of the selected task (the review thread of that task). */
  extras?: (task: Task) => ReactNode
  /** Shown on a task's card (how many comments it has). */
  badge?: (task: Task) => ReactNode
}

/** The Monday–Friday grid of a week's tasks, with the editor of the selected task below it. */
export const TaskCalendar = memo(function TaskCalendar({
  tasks,
  monday,
  readOnly,
  actions: given,
  extras,
  badge,
}: Props) {
  const t = useT()
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const { container, focusLater } = useFocusAfterRender<HTMLElement>()
  // Every action leaves focus on what it acted on: the moved task's button, the day, the task before a
  // deleted one (or the day's "Add task"), the task's button in the calendar after the editor closes.
  const actions = useMemo<TaskActions>(
    () => ({
      ...given,
      move: (id, by) => {
        focusLater(by < 0 ? 'editor:up' : 'editor:down', by < 0 ? 'editor:down' : 'editor:up', 'editor:title')
        given.move(id, by)
      },
      moveToDay: (id, day) => {
        focusLater('editor:day')
        given.moveToDay(id, day)
      },
      remove: (id) => {
        const task = tasks.find((x) => x.id === id)
        const sameDay = tasks.filter((x) => x.day === task?.day)
        const at = sameDay.findIndex((x) => x.id === id)
        const neighbour = sameDay[at - 1] ?? sameDay[at + 1]
        focusLater(...(neighbour ? [`task:${neighbour.id}`] : []), `add:${task?.day ?? 1}`)
        setSelectedId(null)
        given.remove(id)
      },
    }),
    [given, tasks, focusLater],
  )
  const close = (id: string) => {
    focusLater(`task:${id}`)
    setSelectedId(null)
  }
  const days = useMemo<Weekday[]>(
    () => [...WORKDAYS, ...([6, 7] as Weekday[]).filter((d) => tasks.some((task) => task.day === d))],
    [tasks],
  )
  const focusHandle = useCallback((id: string) => focusLater(`handle:${id}`, `task:${id}`), [focusLater])
  const drag = useTaskDrag(tasks, monday, days, given.moveTo, focusHandle)
  const selected = tasks.find((task) => task.id === selectedId) ?? null

  const add = (day: Weekday) => {
    const id = actions.add(day)
    if (id) setSelectedId(id)
  }

  return (
    <section ref={container} aria-labelledby="tasks-heading" className="flex flex-col gap-3">
      <h2 id="tasks-heading" className="text-lg font-semibold">
        {t('week.tasks')}
      </h2>
      <p id={DRAG_HELP_ID} className="sr-only">
        {t('drag.help')}
      </p>
      <div aria-live="assertive" aria-atomic="true" className="sr-only" data-testid="drag-announcement">
        {drag.announcement}
      </div>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-5">
        {days.map((day) => (
          <TaskDay
            key={day}
            day={day}
            monday={monday}
            tasks={drag.shown.filter((task) => task.day === day)}
            selectedId={selectedId}
            draggedId={drag.draggedId}
            readOnly={readOnly}
            badge={badge}
            onSelect={(id) => setSelectedId(id === selectedId ? null : id)}
            onAdd={add}
            onHandleKeyDown={drag.onKeyDown}
            onHandlePointerDown={drag.onPointerDown}
          />
        ))}
      </div>
      {selected && (
        <TaskEditor
          key={selected.id}
          task={selected}
          monday={monday}
          readOnly={readOnly}
          actions={actions}
          onClose={() => close(selected.id)}
          isFirstOfDay={tasks.filter((x) => x.day === selected.day)[0]?.id === selected.id}
          isLastOfDay={tasks.filter((x) => x.day === selected.day).at(-1)?.id === selected.id}
        >
          {extras?.(selected)}
        </TaskEditor>
      )}
      {tasks.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('week.noTasks')}</p>
      )}
    </section>
  )
})
