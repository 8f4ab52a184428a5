import { memo } from 'react'
import { insertAt, moveInList, removeObjective, type Removed } from '../../domain/edits'
import { newId } from '../../domain/ids'
import { isMultiLine, pasteObjectives } from '../../domain/outline'
import type { Lang, Objective } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { Button } from '../../ui/Button'
import { inputClass } from '../../ui/fields'
import { UntranslatedBadge } from '../../ui/UntranslatedBadge'
import { useFocusAfterRender } from '../../ui/useFocusAfterRender'
import type { UpdateContent } from './useEditHistory'

interface Props {
  objectives: Objective[]
  lang: Lang
  readOnly: boolean
  updateContent: UpdateContent
  offerUndo: (message: string, undo: () => void) => void
}

const key = (id: string, part?: string) => (part ? `objective:${id}:${part}` : `objective:${id}`)

/**
 * The week's objectives, edited like an outliner: Enter adds the next one, Backspace in an empty one
 * deletes it, Alt+↑ / Alt+↓ move it, pasting several lines makes one objective per line.
 */
export const ObjectivesEditor = memo(function ObjectivesEditor({
  objectives,
  lang,
  readOnly,
  updateContent,
  offerUndo,
}: Props) {
  const t = useT()
  const { container, focusLater } = useFocusAfterRender<HTMLElement>()

  const add = (index: number) => {
    const id = newId()
    focusLater(key(id))
    updateContent(lang, (c) => ({ ...c, objectives: insertAt(c.objectives, index, { id, text: '' }) }))
  }
  const remove = (id: string, index: number) => {
    const previous = objectives[index - 1] ?? objectives[index + 1]
    focusLater(...(previous ? [key(previous.id)] : []), 'add-objective')
    let removed: Removed<Objective> | null = null
    updateContent(lang, (c) => {
      removed = removeObjective(c, id)
      return removed?.content ?? c
    })
    const done = removed as Removed<Objective> | null
    if (done) offerUndo(t('undo.objectiveDeleted'), () => updateContent(lang, done.restore))
  }
  const move = (id: string, index: number, by: -1 | 1, part?: string) => {
    focusLater(...(part ? [key(id, part)] : []), key(id))
    updateContent(lang, (c) => ({ ...c, objectives: moveInList(c.objectives, index, by) }))
  }

  return (
    <section ref={container} aria-labelledby="objectives-heading" className="flex flex-col gap-2">
      <h2 id="objectives-heading" className="text-lg font-semibold">
        {t('week.objectives')}
      </h2>
      {objectives.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('week.noObjectives')}</p>
      )}
      <ol className="flex flex-col gap-1">
        {objectives.map((objective, index) => (
          <li key={objective.id} className="flex flex-wrap items-start gap-1">
            <textarea
              rows={1}
              className={`${inputClass} grow-to-fit basis-48 flex-1`}
              aria-label={t('objective.label', { n: index + 1 })}
              data-field={`objective-${objective.id}`}
              aria-keyshortcuts="Enter Alt+ArrowUp Alt+ArrowDown"
              data-focus-key={key(objective.id)}
              value={objective.text}
              readOnly={readOnly}
              onChange={(e) =>
                updateContent(
                  lang,
                  (c) => ({
                    ...c,
                    objectives: c.objectives.map((o) =>
                      o.id === objective.id ? { ...o, text: e.target.value } : o,
                    ),
                  }),
                  `objective:${objective.id}`,
                )
              }
              onPaste={(e) => {
                const text = e.clipboardData.getData('text/plain')
                if (readOnly || !isMultiLine(text)) return
                e.preventDefault()
                let last: string | null = null
                updateContent(lang, (c) => {
                  const pasted = pasteObjectives(c, objective.id, text)
                  last = pasted?.last ?? null
                  return pasted?.content ?? c
                })
                if (last) focusLater(key(last))
              }}
              onKeyDown={(e) => {
                if (readOnly || e.nativeEvent.isComposing || e.ctrlKey || e.metaKey) return
                const empty = objective.text === ''
                if (e.key === 'Enter' && !e.shiftKey && !e.altKey) add(index + 1)
                else if (e.key === 'Backspace' && empty) remove(objective.id, index)
                else if (e.altKey && e.key === 'ArrowUp' && index > 0) move(objective.id, index, -1)
                else if (e.altKey && e.key === 'ArrowDown' && index < objectives.length - 1)
                  move(objective.id, index, 1)
                else return
                e.preventDefault()
              }}
            />
            <UntranslatedBadge show={objective.untranslated} />
            {!readOnly && (
              <span className="ml-auto flex">
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={t('objective.moveUp', { n: index + 1 })}
                  data-focus-key={key(objective.id, 'up')}
                  disabled={index === 0}
                  onClick={() => move(objective.id, index, -1, 'up')}
                >
                  ↑
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={t('objective.moveDown', { n: index + 1 })}
                  data-focus-key={key(objective.id, 'down')}
                  disabled={index === objectives.length - 1}
                  onClick={() => move(objective.id, index, 1, 'down')}
                >
                  ↓
                </Button>
                <Button
                  size="sm"
                  variant="danger"
                  aria-label={t('objective.delete', { n: index + 1 })}
                  onClick={() => remove(objective.id, index)}
                >
                  ✕
                </Button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <Button
          size="sm"
          className="self-start"
          data-focus-key="add-objective"
          onClick={() => add(objectives.length)}
        >
          + {t('objective.add')}
        </Button>
      )}
    </section>
  )
})
