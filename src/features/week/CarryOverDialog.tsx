import { taskLabel } from '../../domain/rules'
import { useState } from 'react'
import { unfinishedTasks } from '../../domain/carryOver'
import type { Journal, Lang, Week, WeekContent } from '../../domain/types'
import { useT, useSay } from '../../i18n/i18n'
import { useCarryOver } from '../../queries/carryOver'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'

interface Props {
  open: boolean
  journal: Journal
  number: number
  lang: Lang
  content: WeekContent
  /** Every language version of the week, so that the next week gets each one's text. */
  versions: Week['content']
  onClose: () => void
  onDone: (nextNumber: number) => void
}

/** Picks the unfinished tasks and the objectives to carry into next week. */
export function CarryOverDialog({ open, journal, number, lang, content, versions, onClose, onDone }: Props) {
  const t = useT()
  const { sayError } = useSay()
  const candidates = unfinishedTasks(content.tasks)
  const [taskIds, setTaskIds] = useState(() => new Set(candidates.map((task) => task.id)))
  const [objectiveIds, setObjectiveIds] = useState(() => new Set<string>())
  const carry = useCarryOver()

  const toggle = (set: Set<string>, id: string, update: (s: Set<string>) => void) => {
    const next = new Set(set)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    update(next)
  }

  const confirm = async () => {
    await carry.mutateAsync({
      journal,
      fromNumber: number,
      lang,
      tasks: candidates.filter((task) => taskIds.has(task.id)),
      objectives: content.objectives.filter((o) => objectiveIds.has(o.id)),
      from: versions,
    })
    onDone(number + 1)
  }

  return (
    <Dialog open={open} title={t('carry.title', { n: number + 1 })} onClose={onClose}>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">{t('carry.tasks')}</legend>
        {candidates.length === 0 && <p className="text-sm">{t('carry.noTasks')}</p>}
        {candidates.map((task) => (
          <label key={task.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={taskIds.has(task.id)}
              onChange={() => toggle(taskIds, task.id, setTaskIds)}
            />
            {t(`day.${task.day}`)} — {taskLabel(task) || t('task.untitled')} ({t(`status.${task.status}`)})
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">{t('carry.objectives')}</legend>
        {content.objectives.length === 0 && <p className="text-sm">{t('carry.noObjectives')}</p>}
        {content.objectives.map((objective) => (
          <label key={objective.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={objectiveIds.has(objective.id)}
              onChange={() => toggle(objectiveIds, objective.id, setObjectiveIds)}
            />
            {objective.text || t('objective.empty')}
          </label>
        ))}
      </fieldset>
      {carry.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t('carry.failed', { reason: sayError(carry.error) })}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="primary" disabled={carry.isPending} onClick={() => void confirm()}>
          {t('carry.confirm', { n: number + 1 })}
        </Button>
      </div>
    </Dialog>
  )
}
