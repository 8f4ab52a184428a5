import { useCallback, useRef, useState } from 'react'
import { editLanguage } from '../../domain/bilingual'
import { emptyHistory, recordEdit, redoEdit, undoEdit, type EditHistory } from '../../domain/history'
import type { Lang, Week, WeekContent } from '../../domain/types'

type Contents = Week['content']

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
  const history = useRef<EditHistory<Contents>>(emptyHistory())
  const [counts, setCounts] = useState({ undo: 0, redo: 0 })
  const sync = () => setCounts({ undo: history.current.past.length, redo: history.current.future.length })

  const updateContent = useCallback<UpdateContent>(
    (lang, recipe, typing) =>
      updateWeek((week) => {
        // The edit's structure goes to the other language version too (domain/bilingual.ts).
        const next = editLanguage(week.content, lang, recipe)
        if (next === week.content) return week
        history.current = recordEdit(history.current, week.content, typing ? `${lang}:${typing}` : null)
        queueMicrotask(sync)
        return { ...week, content: next }
      }),
    [updateWeek],
  )

  const step = useCallback(
    (direction: 'undo' | 'redo') =>
      updateWeek((week) => {
        const result = (direction === 'undo' ? undoEdit : redoEdit)(history.current, week.content)
        if (!result) return week
        history.current = result.history
        queueMicrotask(sync)
        return { ...week, content: result.value }
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
