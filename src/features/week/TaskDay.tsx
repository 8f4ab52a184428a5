import type { KeyboardEvent, PointerEvent, ReactNode } from 'react'
import { dayDate, formatDayMonthYear } from '../../domain/dates'
import { taskLabel } from '../../domain/rules'
import type { Task, Weekday } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { Button } from '../../ui/Button'
import { InlineMarkdown } from '../../ui/InlineMarkdown'
import { statusDot } from '../../ui/statusColors'
import { UntranslatedBadge } from '../../ui/UntranslatedBadge'

export const DRAG_HELP_ID = 'task-drag-help'

interface Props {
  day: Weekday
  monday: string
  /** The day's tasks, in order (as they would be if the task being moved were dropped now). */
  tasks: Task[]
  selectedId: string | null
  draggedId: string | null
  readOnly: boolean
  onSelect: (id: string) => void
  onAdd: (day: Weekday) => void
  onHandleKeyDown: (id: string, event: KeyboardEvent) => void
  onHandlePointerDown: (id: string, event: PointerEvent) => void
  badge?: (task: Task) => ReactNode
}

/** One day of the week's calendar: its tasks, each with a handle to move it, and "Add task". */
export function TaskDay({ day, monday, tasks, selectedId, draggedId, readOnly, badge, ...on }: Props) {
  const t = useT()
  const headingId = `day-${day}-heading`
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      data-drop-day={day}
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
        {tasks.map((task) => {
          const label = taskLabel(task)
          return (
            <li
              key={task.id}
              data-task-item={task.id}
              className={`flex items-stretch gap-1 rounded ${task.id === draggedId ? 'opacity-80 ring-2 ring-blue-600 dark:ring-blue-400' : ''}`}
            >
              {!readOnly && (
                <button
                  type="button"
                  data-drag-handle={task.id}
                  data-focus-key={`handle:${task.id}`}
                  aria-label={t('drag.handle', { title: label || t('task.untitled') })}
                  aria-describedby={DRAG_HELP_ID}
                  onKeyDown={(e) => on.onHandleKeyDown(task.id, e)}
                  onPointerDown={(e) => on.onHandlePointerDown(task.id, e)}
                  className="flex min-h-6 w-7 shrink-0 cursor-grab touch-none items-center justify-center rounded border border-transparent text-slate-600 select-none hover:border-slate-300 hover:bg-slate-100 active:cursor-grabbing max-md:w-10 dark:text-slate-300 dark:hover:border-slate-500 dark:hover:bg-slate-700"
                >
                  <span aria-hidden>⠿</span>
                </button>
              )}
              <button
                type="button"
                aria-pressed={task.id === selectedId}
                data-task-chip={task.id}
                data-focus-key={`task:${task.id}`}
                onClick={() => on.onSelect(task.id)}
                className="flex min-w-0 flex-1 items-start gap-2 rounded border border-slate-200 px-2 py-1 text-left text-sm hover:bg-slate-100 aria-pressed:border-blue-600 aria-pressed:bg-blue-50 dark:border-slate-600 dark:hover:bg-slate-700 dark:aria-pressed:bg-slate-700"
              >
                <span
                  aria-hidden
                  className={`mt-1.5 size-2 shrink-0 rounded-full ${statusDot[task.status]}`}
                />
                <span className="min-w-0 flex-1 break-words">
                  {label ? (
                    <InlineMarkdown text={label} />
                  ) : (
                    <em className="text-slate-500 dark:text-slate-400">{t('task.untitled')}</em>
                  )}
                  <span className="sr-only">, {t(`status.${task.status}`)}</span>
                </span>
                <UntranslatedBadge show={task.untranslated} />
                {badge?.(task)}
              </button>
            </li>
          )
        })}
      </ul>
      {!readOnly && (
        <Button
          variant="ghost"
          size="sm"
          className="mt-auto self-start"
          aria-label={t('task.addOn', { day: t(`day.${day}`) })}
          data-focus-key={`add:${day}`}
          onClick={() => on.onAdd(day)}
        >
          + {t('task.add')}
        </Button>
      )}
    </div>
  )
}
