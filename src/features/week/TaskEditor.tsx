import { useEffect, useRef, useState, type ReactNode } from 'react'
import { isIsoDate } from '../../domain/dates'
import { completionBeforeStart, taskLabel } from '../../domain/rules'
import { TASK_STATUSES, type Task, type Weekday } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { Button } from '../../ui/Button'
import { DateField } from '../../ui/DateField'
import { SelectField, TextArea, TextField } from '../../ui/fields'
import { UntranslatedBadge } from '../../ui/UntranslatedBadge'
import type { TaskActions } from './useTaskActions'

interface Props {
  task: Task
  monday: string
  readOnly: boolean
  actions: TaskActions
  onClose: () => void
  isFirstOfDay: boolean
  isLastOfDay: boolean
  children?: ReactNode
}

/**
 * Edits one task: title and status first (one Tab apart), then detail and reference, day and dates.
 * Dates are applied only as a valid pair: a completion before the start stays here, flagged.
 */
export function TaskEditor({ task, readOnly, actions, onClose, isFirstOfDay, isLastOfDay, children }: Props) {
  const t = useT()
  const titleRef = useRef<HTMLInputElement>(null)
  // Only a pair the task cannot take (completion before start) is held here; otherwise the task's own
  // dates show, so that a move to another day or an undo is seen at once.
  const [invalidDates, setInvalidDates] = useState<Pick<Task, 'startDate' | 'completionDate'> | null>(null)
  const dates = invalidDates ?? { startDate: task.startDate, completionDate: task.completionDate }
  const invalid = invalidDates !== null

  useEffect(() => {
    titleRef.current?.focus()
  }, [])

  const changeDates = (patch: Partial<typeof dates>) => {
    // Text that is not a date yet (being typed, or mistyped) is flagged by the field and changes nothing.
    if (Object.values(patch).some((value) => value !== '' && !isIsoDate(value))) return
    const next = { ...dates, ...patch }
    if (completionBeforeStart(next)) {
      setInvalidDates(next)
    } else {
      setInvalidDates(null)
      actions.update(task.id, next)
    }
  }

  return (
    <div
      role="region"
      aria-label={t('task.editorLabel', { title: taskLabel(task) || t('task.untitled') })}
      className="flex flex-col gap-3 rounded-lg border border-blue-300 bg-blue-50/50 p-3 dark:border-slate-500 dark:bg-slate-800"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onClose()
        }
      }}
    >
      <UntranslatedBadge show={task.untranslated} />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField
          ref={titleRef}
          data-focus-key="editor:title"
          label={t('task.title')}
          data-field={`task-${task.id}-title`}
          value={task.title}
          readOnly={readOnly}
          onChange={(e) => actions.update(task.id, { title: e.target.value })}
        />
        <SelectField
          label={t('task.status')}
          value={task.status}
          disabled={readOnly}
          onChange={(e) => actions.update(task.id, { status: e.target.value as Task['status'] })}
        >
          {TASK_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </SelectField>
        <div className="md:col-span-2">
          <TextArea
            label={t('task.detail')}
            data-field={`task-${task.id}-detail`}
            value={task.detail}
            readOnly={readOnly}
            rows={2}
            className="grow-to-fit min-h-16"
            onChange={(e) => actions.update(task.id, { detail: e.target.value })}
          />
        </div>
        <TextField
          label={t('task.reference')}
          data-field={`task-${task.id}-reference`}
          value={task.reference}
          readOnly={readOnly}
          hint={readOnly ? undefined : t('task.referenceHint')}
          onChange={(e) => actions.update(task.id, { reference: e.target.value })}
        />
        <DateField
          label={t('task.startDate')}
          value={dates.startDate}
          readOnly={readOnly}
          onChange={(value) => changeDates({ startDate: value })}
        />
        <DateField
          label={t('task.completionDate')}
          value={dates.completionDate}
          readOnly={readOnly}
          error={invalid ? t('task.completionBeforeStart') : undefined}
          onChange={(value) => changeDates({ completionDate: value })}
        />
        <SelectField
          label={t('task.day')}
          data-focus-key="editor:day"
          value={task.day}
          disabled={readOnly}
          onChange={(e) => actions.moveToDay(task.id, Number(e.target.value) as Weekday)}
        >
          {([1, 2, 3, 4, 5, 6, 7] as Weekday[]).map((day) => (
            <option key={day} value={day}>
              {t(`day.${day}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="flex flex-wrap gap-2">
        {!readOnly && (
          <>
            <Button
              size="sm"
              data-focus-key="editor:up"
              disabled={isFirstOfDay}
              onClick={() => actions.move(task.id, -1)}
            >
              ↑ {t('task.moveUp')}
            </Button>
            <Button
              size="sm"
              data-focus-key="editor:down"
              disabled={isLastOfDay}
              onClick={() => actions.move(task.id, 1)}
            >
              ↓ {t('task.moveDown')}
            </Button>
            <Button size="sm" variant="danger" onClick={() => actions.remove(task.id)}>
              {t('task.delete')}
            </Button>
          </>
        )}
        <Button size="sm" variant="ghost" className="ml-auto" onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
      {children}
    </div>
  )
}
