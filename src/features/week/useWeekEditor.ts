import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'
import type { Journal, Lang, Week, WeekContent } from '../../domain/types'
import { conflictKeys, draftKeys, summaryKeys, weekKeys } from '../../queries/keys'
import type { PendingEdit } from '../../persistence/pendingEdits'
import type { SaveStatus } from '../../persistence/weekSaver'
import { flushOnPageHide, openWeekSaver, viewOnlySaver } from '../../persistence/weekSession'
import { weekQuery } from '../../queries/weeks'
import { newWeek as newWeekFor } from '../../domain/factories'
import type { ConflictRecord } from '../../domain/types'
import { weekMonday } from '../../domain/dates'

export interface WeekEditor {
  week: Week
  status: SaveStatus
  readOnly: boolean
  /** Applies an edit to one language version. */
  updateContent: (lang: Lang, recipe: (content: WeekContent) => WeekContent) => void
  updateWeek: (recipe: (week: Week) => Week) => void
  resolveConflict: (choice: 'mine' | 'theirs') => Promise<void>
  /** Saves now; resolves with the week as stored (or as kept, when the save could not happen). */
  flush: () => Promise<Week>
}

/**
 * The editing session of one week: a draft in memory, saved by persistence/ (openWeekSaver), refreshed
 * from other tabs when it has no edits of its own. Mount it with `key={week id}`.
 */
export function useWeekEditor(
  journal: Journal,
  number: number,
  stored: Week | null,
  conflict: ConflictRecord | null,
  /** The IndexedDB draft a killed tab may have left. */
  storedDraft: PendingEdit | null = null,
  /** `stored` is a screen snapshot: shown, never recovered from, edited or saved. */
  snapshot = false,
): WeekEditor {
  const queryClient = useQueryClient()
  const readOnly = journal.readOnly
  const [saver] = useState(() => {
    const listener = {
      onStatus: (next: SaveStatus) => setStatus(next),
      onRebased: (moved: Week) => setWeek(moved),
      onSaved: (saved: Week) => {
        queryClient.setQueryData(weekKeys.detail(saved.journalId, saved.number), saved)
        // The save took the edit in: a draft read earlier must not come back as a recovered edit.
        queryClient.setQueryData(draftKeys.detail(saved.id), null)
        void queryClient.invalidateQueries({ queryKey: summaryKeys.all })
      },
    }
    return snapshot
      ? viewOnlySaver(stored ?? newWeekFor(journal, number), listener)
      : openWeekSaver({ journal, number, stored, conflict, storedDraft, ...listener })
  })
  // An edit recovered on opening is not saved yet: say so until the saver reports.
  const [status, setStatus] = useState<SaveStatus>(() =>
    readOnly ? { kind: 'read-only' } : saver.hasUnsavedChanges ? { kind: 'pending' } : { kind: 'saved' },
  )
  const [week, setWeek] = useState(saver.current)

  // Another tab saved: show its version when this tab has nothing unsaved.
  const { data: latest } = useQuery(weekQuery(journal.id, number))
  useEffect(() => {
    if (!snapshot && latest && saver.adoptStored(latest)) setWeek(latest)
  }, [latest, saver, snapshot])

  // A new first Monday of the journal moves a week that was never saved (a stored one moves with its
  // stored version, above).
  const monday = weekMonday(journal.firstMonday, number)
  useEffect(() => {
    if (saver.moveUnstored(monday)) setWeek(saver.current)
  }, [monday, saver])

  useEffect(() => {
    if (snapshot) return
    const stopWatching = flushOnPageHide(saver)
    return () => {
      stopWatching()
      void saver.flush()
      saver.dispose()
    }
  }, [saver, snapshot])

  const updateWeek = useCallback(
    (recipe: (week: Week) => Week) => {
      if (readOnly || snapshot) return
      const next = recipe(saver.current)
      saver.edit(next)
      setWeek(next)
    },
    [saver, readOnly, snapshot],
  )

  const updateContent = useCallback(
    (lang: Lang, recipe: (content: WeekContent) => WeekContent) =>
      updateWeek((current) => {
        const content = current.content[lang]
        return content ? { ...current, content: { ...current.content, [lang]: recipe(content) } } : current
      }),
    [updateWeek],
  )

  const resolveConflict = useCallback(
    async (choice: 'mine' | 'theirs') => {
      if (status.kind !== 'conflict') return
      await saver.resolve(choice, status.theirs)
      setWeek(saver.current)
      // The route reads the stored conflict when the week opens again: it must not find the one just resolved.
      await queryClient.invalidateQueries({ queryKey: conflictKeys.detail(saver.current.id) })
    },
    [saver, status, queryClient],
  )

  const flush = useCallback(async () => {
    await saver.flush()
    return saver.current
  }, [saver])

  return { week, status, readOnly, updateContent, updateWeek, resolveConflict, flush }
}
