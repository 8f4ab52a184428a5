import { isOnlyMoved, shiftWeek } from '../domain/journalSettings'
import { saidOf, type Message } from '../domain/messages'
import type { Week } from '../domain/types'
import { ReadOnlyJournalError, StaleWriteError, isQuotaError } from '../storage/errors'
import { deleteConflict, putConflict } from '../storage/drafts'
import { saveWeek } from '../storage/repository'
import { pendingEdits } from './pendingEdits'
import { sameContent } from './recovery'

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'retrying'; reason: 'quota' | 'error'; message: string; said?: Message }
  | { kind: 'conflict'; theirs: Week }
  | { kind: 'read-only' }

export const SAVE_DELAY_MS = 400
const MAX_RETRY_MS = 15_000

/**
 * Saves one week's edits: debounced, one at a time, each against the revision it was based on.
 * A stale save becomes a conflict kept in storage for the user to resolve; a failed save is retried
 * with the edit kept in memory and in the pending note.
 */
export class WeekSaver {
  private draft: Week
  private base: number
  /** The week as stored at `base` (what this tab's edits were made on), when known. */
  private baseWeek: Week
  private dirty: boolean
  private timer: ReturnType<typeof setTimeout> | undefined
  private inFlight: Promise<void> | null = null
  private retryDelay = 1000
  private status: SaveStatus
  private disposed = false

  constructor(
    initial: Week,
    dirty: boolean,
    private readonly listener: {
      onStatus(status: SaveStatus): void
      onSaved(week: Week): void
      /** The draft was moved onto what another tab stored (see `save`); show it. */
      onRebased?(week: Week): void
    },
  ) {
    this.draft = initial
    this.base = initial.revision
    this.baseWeek = initial
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
    this.baseWeek = stored
    return true
  }

  /**
   * The journal's first Monday changed (in this tab or another): a week never stored has no stored
   * version to refresh from, so its draft moves to `monday` here, dates of its tasks with it. A stored
   * week moves by its stored version (adoptStored, or the move of an edit in `save`). Returns whether
   * the draft moved.
   */
  moveUnstored(monday: string): boolean {
    if (this.draft.revision !== 0 || this.draft.monday === monday || this.base !== 0) return false
    this.draft = shiftWeek(this.draft, monday)
    this.baseWeek = shiftWeek(this.baseWeek, monday)
    if (this.dirty) pendingEdits.write({ base: this.base, week: this.draft })
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
    // The edit's note, written after the keystroke's frame, goes before the save that may outdate it.
    pendingEdits.flush()
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
      this.baseWeek = saved
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
        this.baseWeek = error.current
        this.dirty = false
        pendingEdits.settle(error.current)
        this.setStatus({ kind: 'saved' })
        this.listener.onSaved(error.current)
      } else if (error instanceof StaleWriteError && isOnlyMoved(this.baseWeek, error.current)) {
        // Another tab only moved the week (the journal's first Monday changed): move this edit the same
        // way and save it on top; nothing to choose between.
        const theirs = error.current
        this.draft = { ...shiftWeek(this.draft, theirs.monday), revision: theirs.revision }
        this.base = theirs.revision
        this.baseWeek = theirs
        pendingEdits.write({ base: this.base, week: this.draft })
        this.listener.onRebased?.(this.draft)
        this.schedule(0)
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
          said: saidOf(error) ?? undefined,
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
    this.baseWeek = theirs
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
