import { sameValue } from '../domain/sameValue'
import type { Week } from '../domain/types'
import { ReadOnlyJournalError, StaleWriteError, isQuotaError } from '../storage/errors'
import { deleteConflict, deleteDraft, putConflict, putDraft, saveWeek } from '../storage/repository'

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'retrying'; reason: 'quota' | 'error'; message: string }
  | { kind: 'conflict'; theirs: Week }
  | { kind: 'read-only' }

export interface PendingEdit {
  base: number
  week: Week
  /** Date.now() of the edit; the newer of the two notes wins on recovery. */
  at?: number
  /** Not an edit: the week as its last save left it (see pendingEdits.settle). */
  settled?: boolean
}

export const SAVE_DELAY_MS = 400
const MAX_RETRY_MS = 15_000

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

const sameContent = (a: Week, b: Week) =>
  sameValue([a.content, a.review, a.publishDate], [b.content, b.review, b.publishDate])

/**
 * What a tab finds when it opens a week: the stored week, an edit a closed or killed tab left (the newer
 * of its two notes), or both in conflict.
 */
export function recoverWeek(
  stored: Week | null,
  placeholder: Week,
  storedDraft: PendingEdit | null = null,
): { draft: Week; dirty: boolean; theirs?: Week } {
  const base = stored ?? placeholder
  const noted = pendingEdits.read(base.id)
  const pending =
    noted && storedDraft
      ? (noted.at ?? 0) >= (storedDraft.at ?? 0)
        ? noted
        : storedDraft
      : (noted ?? storedDraft)
  // A settled draft says the last save took every edit in: whatever was written later is the stored week.
  if (!pending || pending.settled) return { draft: base, dirty: false }
  const storedRevision = stored?.revision ?? 0
  if (stored && sameContent(stored, pending.week)) {
    // Nothing unsaved: the settled mark of the last save, or a note whose save committed just before
    // the tab closed.
    if (noted) pendingEdits.clear(base.id)
    return { draft: stored, dirty: false }
  }
  if (pending.base === storedRevision)
    return { draft: { ...pending.week, revision: storedRevision }, dirty: true }
  return { draft: { ...pending.week, revision: pending.base }, dirty: true, theirs: stored ?? undefined }
}

/**
 * Saves one week's edits: debounced, one at a time, each against the revision it was based on.
 * A stale save becomes a conflict kept in storage for the user to resolve; a failed save is retried
 * with the edit kept in memory and in the pending note.
 */
export class WeekSaver {
  private draft: Week
  private base: number
  private dirty: boolean
  private timer: ReturnType<typeof setTimeout> | undefined
  private inFlight: Promise<void> | null = null
  private retryDelay = 1000
  private status: SaveStatus
  private disposed = false

  constructor(
    initial: Week,
    dirty: boolean,
    private readonly listener: { onStatus(status: SaveStatus): void; onSaved(week: Week): void },
  ) {
    this.draft = initial
    this.base = initial.revision
    this.dirty = dirty
    this.status = dirty ? { kind: 'pending' } : { kind: 'saved' }
    if (dirty) this.schedule(0)
  }

  get current(): Week {
    return this.draft
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty
  }

  private setStatus(status: SaveStatus) {
    this.status = status
    if (!this.disposed) this.listener.onStatus(status)
  }

  edit(next: Week): void {
    this.draft = next
    this.dirty = true
    pendingEdits.write({ base: this.base, week: next })
    if (this.status.kind === 'conflict') {
      // A reopened tab offers the conflict record as "mine": it must hold the edits typed since.
      void this.keepConflict(this.status.theirs)
      return
    }
    if (this.status.kind === 'read-only') return
    if (this.status.kind !== 'retrying') this.setStatus({ kind: 'pending' })
    this.schedule(SAVE_DELAY_MS)
  }

  /** Another tab saved this week: take its version unless this tab has edits of its own. */
  adoptStored(stored: Week): boolean {
    if (this.dirty || this.inFlight || stored.revision <= this.base) return false
    this.draft = stored
    this.base = stored.revision
    return true
  }

  private schedule(delay: number) {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), delay)
  }

  /** Saves now (page hidden, route left, or the debounce ran out). */
  async flush(): Promise<void> {
    clearTimeout(this.timer)
    if (this.inFlight) {
      await this.inFlight
      if (this.dirty && this.status.kind !== 'conflict') return this.flush()
      return
    }
    if (!this.dirty || this.status.kind === 'conflict' || this.status.kind === 'read-only') return
    this.inFlight = this.save()
    try {
      await this.inFlight
    } finally {
      this.inFlight = null
    }
  }

  private async save(): Promise<void> {
    const draft = this.draft
    this.setStatus({ kind: 'saving' })
    try {
      const saved = await saveWeek(draft, this.base)
      this.base = saved.revision
      this.retryDelay = 1000
      if (this.draft === draft) {
        this.draft = saved
        this.dirty = false
        pendingEdits.settle(saved)
        this.setStatus({ kind: 'saved' })
      } else {
        // Typed on while the save ran: re-base the newer draft and save it next.
        this.draft = { ...this.draft, revision: saved.revision }
        pendingEdits.write({ base: this.base, week: this.draft })
        this.schedule(SAVE_DELAY_MS)
      }
      this.listener.onSaved(saved)
    } catch (error) {
      if (error instanceof StaleWriteError && this.draft === draft && sameContent(error.current, draft)) {
        // Another tab saved this very text first (e.g. two tabs restored after a crash recovered the same
        // edit): nothing differs, so there is nothing to choose between.
        this.draft = error.current
        this.base = error.current.revision
        this.dirty = false
        pendingEdits.settle(error.current)
        this.setStatus({ kind: 'saved' })
        this.listener.onSaved(error.current)
      } else if (error instanceof StaleWriteError) {
        await this.keepConflict(error.current)
      } else if (error instanceof ReadOnlyJournalError) {
        this.setStatus({ kind: 'read-only' })
      } else {
        const quota = isQuotaError(error) || (error instanceof Error && /quota/i.test(error.message))
        this.setStatus({
          kind: 'retrying',
          reason: quota ? 'quota' : 'error',
          message: error instanceof Error ? error.message : String(error),
        })
        this.schedule(this.retryDelay)
        this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS)
      }
    }
  }

  /** Records a conflict found on opening (an edit left against an older revision). */
  async keepConflict(theirs: Week): Promise<void> {
    try {
      await putConflict({
        id: this.draft.id,
        journalId: this.draft.journalId,
        number: this.draft.number,
        mine: this.draft,
        theirsRevision: theirs.revision,
        createdAt: new Date().toISOString(),
      })
    } catch {
      // The pending note in localStorage still holds the edit.
    }
    this.setStatus({ kind: 'conflict', theirs })
  }

  /** Resolves a conflict: `mine` saves this tab's edit over the stored week; `theirs` drops it. */
  async resolve(choice: 'mine' | 'theirs', theirs: Week): Promise<void> {
    if (choice === 'theirs') {
      this.draft = theirs
      this.base = theirs.revision
      this.dirty = false
      pendingEdits.clear(theirs.id)
      await deleteConflict(theirs.id)
      this.setStatus({ kind: 'saved' })
      this.listener.onSaved(theirs)
      return
    }
    this.base = theirs.revision
    this.draft = { ...this.draft, revision: theirs.revision }
    this.dirty = true
    pendingEdits.write({ base: this.base, week: this.draft })
    this.setStatus({ kind: 'pending' })
    await this.flush()
    if (this.status.kind === 'saved') await deleteConflict(theirs.id)
  }

  dispose(): void {
    this.disposed = true
    clearTimeout(this.timer)
  }
}
