import { newWeek } from '../domain/factories'
import type { ConflictRecord, Journal, Week } from '../domain/types'
import type { PendingEdit } from './pendingEdits'
import { recoverWeek } from './recovery'
import { WeekSaver, type SaveStatus } from './weekSaver'

// What the week screen calls: open a week for editing (recovering what a closed or killed tab left), and
// save at once when the page is hidden or left. Everything else of persistence stays in this folder.

export interface OpenWeek {
  journal: Journal
  number: number
  /** The stored week, or null when it has never been saved. */
  stored: Week | null
  /** An edit that lost a race with another tab's save, kept until the user chooses. */
  conflict: ConflictRecord | null
  /** The IndexedDB draft a killed tab may have left. */
  storedDraft: PendingEdit | null
  onStatus(status: SaveStatus): void
  onSaved(week: Week): void
  /** The unsaved edit was moved with the week another tab moved (a new first Monday), to show. */
  onRebased?(week: Week): void
}

/**
 * The saver of one week, holding whatever was not saved when the week was last open: a kept conflict,
 * or an edit a closed or killed tab left (saved again from here, or kept as a conflict when another tab
 * saved meanwhile). A read-only journal takes no saves.
 */
export function openWeekSaver({
  journal,
  number,
  stored,
  conflict,
  storedDraft,
  onStatus,
  onSaved,
  onRebased,
}: OpenWeek): WeekSaver {
  const recovered = conflict
    ? { draft: conflict.mine, dirty: true, theirs: stored ?? undefined }
    : recoverWeek(stored, newWeek(journal, number), storedDraft)
  const saver = new WeekSaver(recovered.draft, recovered.dirty && !journal.readOnly, {
    onStatus,
    onSaved,
    onRebased,
  })
  if (recovered.theirs) void saver.keepConflict(recovered.theirs)
  return saver
}

/**
 * A saver that only shows a week (a screen snapshot painted before the live read): nothing recovered,
 * nothing dirty, so it never writes; the screen is remounted with a real saver when the live read arrives.
 */
export function viewOnlySaver(week: Week, listener: Pick<OpenWeek, 'onStatus' | 'onSaved'>): WeekSaver {
  return new WeekSaver(week, false, listener)
}

/** Saves at once when the page is hidden or left (a closed tab, a phone switching apps); returns the undo. */
export function flushOnPageHide(saver: WeekSaver): () => void {
  const flushNow = () => void saver.flush()
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flushNow()
  }
  document.addEventListener('visibilitychange', onVisibility)
  window.addEventListener('pagehide', flushNow)
  return () => {
    document.removeEventListener('visibilitychange', onVisibility)
    window.removeEventListener('pagehide', flushNow)
  }
}
