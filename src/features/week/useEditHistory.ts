import { useCallback, useEffect, useRef, useState } from 'react'
import { editLanguage } from '../../domain/bilingual'
import { emptyHistory, recordEdit, redoEdit, undoEdit, type EditHistory } from '../../domain/history'
import type { Lang, Week, WeekContent } from '../../domain/types'

type Contents = Week['content']

/** A step of the history: the text of both languages, and the field the edit was made in (to focus again). */
interface Step {
  content: Contents
  field: string | null
}

/** What names the focused element so that it can be found after a render: its focus key, else its id. */
function focusedField(): string | null {
  const active = document.activeElement
  if (!(active instanceof HTMLElement) || active === document.body) return null
  const key = active.dataset.focusKey
  return key ? `key:${key}` : active.id ? `id:${active.id}` : null
}

function findField(field: string): HTMLElement | null {
  const [kind, name] = [field.slice(0, field.indexOf(':')), field.slice(field.indexOf(':') + 1)]
  return kind === 'key'
    ? document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(name)}"]`)
    : document.getElementById(name)
}

/** Applies an edit to one language version (its structure to the other too); `typing` names the field typed in, so that typing merges into one step. */
export type UpdateContent = (
  lang: Lang,
  recipe: (content: WeekContent) => WeekContent,
  typing?: string,
) => void

/**
 * The session's undo / redo stack over a week's text (both languages), on top of the editor's
 * `updateWeek`: every edit made through `updateContent` can be taken back with Ctrl+Z and redone with
 * Ctrl+Shift+Z, structure and deletions included. Review state and dates of the week are not part of it.
 */
export function useEditHistory(updateWeek: (recipe: (week: Week) => Week) => void) {
  const history = useRef<EditHistory<Step>>(emptyHistory())
  const [counts, setCounts] = useState({ undo: 0, redo: 0 })
  const sync = () => setCounts({ undo: history.current.past.length, redo: history.current.future.length })
  // After Ctrl+Z / Ctrl+Shift+Z, focus goes back to the field of the step taken back or redone.
  const refocus = useRef<string | null>(null)
  useEffect(() => {
    const field = refocus.current
    if (!field) return
    refocus.current = null
    const target = findField(field)
    if (target && document.activeElement !== target) target.focus()
  })

  const updateContent = useCallback<UpdateContent>(
    (lang, recipe, typing) =>
      updateWeek((week) => {
        // The edit's structure goes to the other language version too (domain/bilingual.ts).
        const next = editLanguage(week.content, lang, recipe)
        if (next === week.content) return week
        const step = { content: week.content, field: focusedField() }
        history.current = recordEdit(history.current, step, typing ? `${lang}:${typing}` : null)
        queueMicrotask(sync)
        return { ...week, content: next }
      }),
    [updateWeek],
  )

  const step = useCallback(
    (direction: 'undo' | 'redo') =>
      updateWeek((week) => {
        // The step keeps the field it was made in, whichever way it is taken.
        const latest = direction === 'undo' ? history.current.past.at(-1) : history.current.future.at(-1)
        const current = { content: week.content, field: latest?.field ?? null }
        const result = (direction === 'undo' ? undoEdit : redoEdit)(history.current, current)
        if (!result) return week
        history.current = result.history
        refocus.current = result.value.field
        queueMicrotask(sync)
        return { ...week, content: result.value.content }
      }),
    [updateWeek],
  )

  const undo = useCallback(() => step('undo'), [step])
  const redo = useCallback(() => step('redo'), [step])

  /**
   * Wraps the undo a deletion offers (the toast): while the deletion is still the latest step, taking
   * the history back restores every language version as it was; after later edits, `restore` puts back
   * the deleted element alone.
   */
  const undoableDeletion = useCallback(
    (restore: () => void) => {
      const deletion = history.current.past.at(-1)
      return () => {
        if (deletion !== undefined && history.current.past.at(-1) === deletion) undo()
        else restore()
      }
    },
    [undo],
  )
  return { updateContent, undo, redo, undoableDeletion, canUndo: counts.undo > 0, canRedo: counts.redo > 0 }
}
