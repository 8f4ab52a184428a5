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
 * Notes waiting for the frame of the keystroke that made them to be painted: the latest per week. They are
 * written right after that paint, or at once when the page is hidden or left (pagehide runs before the
 * page goes), and `read` sees them meanwhile.
 */
const queued = new Map<string, PendingEdit>()
let scheduled = false

function writeNote(edit: PendingEdit): void {
  try {
    localStorage.setItem(pendingKey(edit.week.id), JSON.stringify(edit))
  } catch {
    // localStorage full or unavailable: the IndexedDB draft and the in-memory draft still hold the edit.
  }
  persistDraft(edit)
}

function writeQueued(): void {
  scheduled = false
  const notes = [...queued.values()]
  queued.clear()
  notes.forEach(writeNote)
}

function scheduleNotes(): void {
  if (scheduled) return
  scheduled = true
  const run = () => {
    if (scheduled) writeQueued()
  }
  // After the next paint (a task posted from requestAnimationFrame), or soon where no frame comes.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0))
  setTimeout(run, 50)
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', writeQueued)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') writeQueued()
  })
}

/**
 * An edit not yet committed as a save, noted on every change: in localStorage (a tab closed before the
 * debounced save finds it) and in IndexedDB (which, unlike localStorage, survives the browser process
 * being killed), both right after the keystroke's frame is painted, so that typing does not wait on them.
 */
export const pendingEdits = {
  read(weekId: string): PendingEdit | null {
    const waiting = queued.get(weekId)
    if (waiting) return waiting
    try {
      const raw = localStorage.getItem(pendingKey(weekId))
      return raw ? (JSON.parse(raw) as PendingEdit) : null
    } catch {
      return null
    }
  },
  write(edit: PendingEdit): void {
    queued.set(edit.week.id, { ...edit, at: edit.at ?? Date.now() })
    scheduleNotes()
  },
  /** Writes the notes still waiting for a frame (before a save, and in tests). */
  flush(): void {
    writeQueued()
  },
  /**
   * After a save: the localStorage note goes, and the IndexedDB draft becomes the saved week itself, so
   * that an older note Chromium had not yet removed from disk when the browser died is outdated by it.
   */
  settle(saved: Week): void {
    queued.delete(saved.id)
    try {
      localStorage.removeItem(pendingKey(saved.id))
    } catch {
      // nothing to remove
    }
    persistDraft({ base: saved.revision, week: saved, at: Date.now(), settled: true })
  },
  clear(weekId: string): void {
    queued.delete(weekId)
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
