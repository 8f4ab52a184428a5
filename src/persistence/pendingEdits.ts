import type { Week } from '../domain/types'
import { deleteDraft, putDraft } from '../storage/drafts'

/** An edit not saved yet, as noted: the week as edited and the revision the edit was based on. */
export interface PendingEdit {
  base: number
  week: Week
  /** Date.now() of the edit; the newer of the two notes wins on recovery. */
  at?: number
  /** Not an edit: the week as its last save left it (see pendingEdits.settle). */
  settled?: boolean
}

const pendingKey = (weekId: string) => `worklog:pending:${weekId}`

/**
 * Drafts in IndexedDB, one write in flight per week: a burst of keystrokes becomes a few writes, the
 * last of them the latest edit.
 */
const draftWrites = new Map<string, { latest: PendingEdit | null; running: boolean }>()

function persistDraft(edit: PendingEdit): void {
  const id = edit.week.id
  const state = draftWrites.get(id) ?? { latest: null, running: false }
  state.latest = edit
  draftWrites.set(id, state)
  if (state.running) return
  state.running = true
  void (async () => {
    while (state.latest) {
      const next = state.latest
      state.latest = null
      try {
        await putDraft({
          id,
          journalId: next.week.journalId,
          base: next.base,
          week: next.week,
          at: next.at ?? Date.now(),
          settled: next.settled,
        })
      } catch {
        // The localStorage note and the in-memory draft still hold the edit.
      }
    }
    state.running = false
  })()
}

/**
 * An edit not yet committed as a save, noted on every change: synchronously in localStorage (a tab
 * closed before the debounced save finds it), and within milliseconds in IndexedDB (which, unlike
 * localStorage, survives the browser process being killed).
 */
export const pendingEdits = {
  read(weekId: string): PendingEdit | null {
    try {
      const raw = localStorage.getItem(pendingKey(weekId))
      return raw ? (JSON.parse(raw) as PendingEdit) : null
    } catch {
      return null
    }
  },
  write(edit: PendingEdit): void {
    const stamped = { ...edit, at: edit.at ?? Date.now() }
    try {
      localStorage.setItem(pendingKey(edit.week.id), JSON.stringify(stamped))
    } catch {
      // localStorage full or unavailable: the IndexedDB draft and the in-memory draft still hold the edit.
    }
    persistDraft(stamped)
  },
  /**
   * After a save: the localStorage note goes, and the IndexedDB draft becomes the saved week itself, so
   * that an older note Chromium had not yet removed from disk when the browser died is outdated by it.
   */
  settle(saved: Week): void {
    try {
      localStorage.removeItem(pendingKey(saved.id))
    } catch {
      // nothing to remove
    }
    persistDraft({ base: saved.revision, week: saved, at: Date.now(), settled: true })
  },
  clear(weekId: string): void {
    try {
      localStorage.removeItem(pendingKey(weekId))
    } catch {
      // nothing to clear
    }
    const state = draftWrites.get(weekId)
    if (state) state.latest = null
    void deleteDraft(weekId).catch(() => undefined)
  },
}
