import { taskLabel } from '../../domain/rules'
import { memo, useMemo, useState, type ReactNode } from 'react'
import { dayDate, formatDayMonthYear } from '../../domain/dates'
import type { Task, Weekday } from '../../domain/types'
import { WORKDAYS } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { Button } from '../../ui/Button'
import { InlineMarkdown } from '../../ui/InlineMarkdown'
import { statusDot } from '../../ui/statusColors'
import { useFocusAfterRender } from '../../ui/useFocusAfterRender'
import { TaskEditor } from './TaskEditor'
import type { TaskActions } from './useTaskActions'
import { UntranslatedBadge } from '../../ui/UntranslatedBadge'

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
  const days: Weekday[] = [
    ...WORKDAYS,
    ...([6, 7] as Weekday[]).filter((d) => tasks.some((task) => task.day === d)),
  ]
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
      <div className="grid grid-cols-1 gap-2 md:grid-cols-5">
        {days.map((day) => {
          const dayTasks = tasks.filter((task) => task.day === day)
          const headingId = `day-${day}-heading`
          return (
            <div
              key={day}
              role="group"
              aria-labelledby={headingId}
              className="flex min-h-32 flex-col gap-2 rounded-lg border border-slate-300 bg-white p-2 dark:border-slate-600 dark:bg-slate-800"
            >
              <h3
                id={headingId}
                className="flex flex-wrap items-baseline justify-between gap-x-2 text-sm font-semibold"
              >
                <span>{t(`day.${day}`)}</span>
                <span className="text-xs font-normal text-slate-600 dark:text-slate-400">
                  {formatDayMonthYear(dayDate(monday, day))}
                </span>
              </h3>
              <ul className="flex flex-col gap-1">
                {dayTasks.map((task) => (
                  <li key={task.id}>
                    <button
                      type="button"
                      aria-pressed={task.id === selectedId}
                      data-task-chip={task.id}
                      data-focus-key={`task:${task.id}`}
                      onClick={() => setSelectedId(task.id === selectedId ? null : task.id)}
                      className="flex w-full items-start gap-2 rounded border border-slate-200 px-2 py-1 text-left text-sm hover:bg-slate-100 aria-pressed:border-blue-600 aria-pressed:bg-blue-50 dark:border-slate-600 dark:hover:bg-slate-700 dark:aria-pressed:bg-slate-700"
                    >
                      <span
                        aria-hidden
                        className={`mt-1.5 size-2 shrink-0 rounded-full ${statusDot[task.status]}`}
                      />
                      <span className="min-w-0 flex-1 break-words">
                        {taskLabel(task) ? (
                          <InlineMarkdown text={taskLabel(task)} />
                        ) : (
                          <em className="text-slate-500 dark:text-slate-400">{t('task.untitled')}</em>
                        )}
                        <span className="sr-only">, {t(`status.${task.status}`)}</span>
                      </span>
                      <UntranslatedBadge show={task.untranslated} />
                      {badge?.(task)}
                    </button>
                  </li>
                ))}
              </ul>
              {!readOnly && (
                <Button
                  variant="ghost"
                  size="sm"
                  className="mt-auto self-start"
                  aria-label={t('task.addOn', { day: t(`day.${day}`) })}
                  data-focus-key={`add:${day}`}
                  onClick={() => add(day)}
                >
                  + {t('task.add')}
                </Button>
              )}
            </div>
          )
        })}
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
