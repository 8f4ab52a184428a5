import { said, SaidError } from '../domain/messages'
import type { Week } from '../domain/types'

/** A save based on an older revision than the stored one: another tab (or window) wrote first. */
export class StaleWriteError extends SaidError {
  readonly current: Week
  constructor(current: Week) {
    super(said('msg.staleWrite', { number: current.number, revision: current.revision }))
    this.name = 'StaleWriteError'
    this.current = current
  }
}

/** A stored document that does not match its schema: reported, never silently dropped. */
export class BrokenRecordError extends SaidError {
  readonly store: string
  readonly key: string
  readonly problem: string
  constructor(store: string, key: string, problem: string) {
    super(said('msg.brokenRecord', { store, key, problem }))
    this.name = 'BrokenRecordError'
    this.store = store
    this.key = key
    this.problem = problem
  }
}

/** The journal is a mentor's read-only copy, or was deleted: its content cannot be edited. */
export class ReadOnlyJournalError extends SaidError {
  constructor(journalId: string) {
    super(said('msg.readOnlyJournal', { journal: journalId }))
    this.name = 'ReadOnlyJournalError'
  }
}

export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)
}
