import { memo, useRef } from 'react'
import { moveInList, removeObjective, insertAt, type Removed } from '../../domain/edits'
import { newId } from '../../domain/ids'
import type { Lang, Objective, WeekContent } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { Button } from '../../ui/Button'
import { inputClass } from '../../ui/fields'

interface Props {
  objectives: Objective[]
  lang: Lang
  readOnly: boolean
  updateContent: (lang: Lang, recipe: (content: WeekContent) => WeekContent) => void
  offerUndo: (message: string, undo: () => void) => void
}

export const ObjectivesEditor = memo(function ObjectivesEditor({
  objectives,
  lang,
  readOnly,
  updateContent,
  offerUndo,
}: Props) {
  const t = useT()
  const list = useRef<HTMLOListElement>(null)
  const focusAt = (index: number) =>
    requestAnimationFrame(() => list.current?.querySelectorAll('input')[index]?.focus())

  const add = (index: number) => {
    updateContent(lang, (c) => ({
      ...c,
      objectives: insertAt(c.objectives, index, { id: newId(), text: '' }),
    }))
    focusAt(index)
  }
  const remove = (id: string) => {
    let removed: Removed<Objective> | null = null
    updateContent(lang, (c) => {
      removed = removeObjective(c, id)
      return removed?.content ?? c
    })
    const done = removed as Removed<Objective> | null
    if (done) offerUndo(t('undo.objectiveDeleted'), () => updateContent(lang, done.restore))
  }

  return (
    <section aria-labelledby="objectives-heading" className="flex flex-col gap-2">
      <h2 id="objectives-heading" className="text-lg font-semibold">
        {t('week.objectives')}
      </h2>
      {objectives.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('week.noObjectives')}</p>
      )}
      <ol ref={list} className="flex flex-col gap-1">
        {objectives.map((objective, index) => (
          <li key={objective.id} className="flex items-center gap-1">
            <input
              className={inputClass}
              aria-label={t('objective.label', { n: index + 1 })}
              data-field={`objective-${objective.id}`}
              value={objective.text}
              readOnly={readOnly}
              onChange={(e) =>
                updateContent(lang, (c) => ({
                  ...c,
                  objectives: c.objectives.map((o) =>
                    o.id === objective.id ? { ...o, text: e.target.value } : o,
                  ),
                }))
              }
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !readOnly) {
                  e.preventDefault()
                  add(index + 1)
                }
              }}
            />
            {!readOnly && (
              <>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={t('objective.moveUp', { n: index + 1 })}
                  disabled={index === 0}
                  onClick={() =>
                    updateContent(lang, (c) => ({ ...c, objectives: moveInList(c.objectives, index, -1) }))
                  }
                >
                  ↑
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={t('objective.moveDown', { n: index + 1 })}
                  disabled={index === objectives.length - 1}
                  onClick={() =>
                    updateContent(lang, (c) => ({ ...c, objectives: moveInList(c.objectives, index, 1) }))
                  }
                >
                  ↓
                </Button>
                <Button
                  size="sm"
                  variant="danger"
                  aria-label={t('objective.delete', { n: index + 1 })}
                  onClick={() => remove(objective.id)}
                >
                  ✕
                </Button>
              </>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <Button size="sm" className="self-start" onClick={() => add(objectives.length)}>
          + {t('objective.add')}
        </Button>
      )}
    </section>
  )
})
