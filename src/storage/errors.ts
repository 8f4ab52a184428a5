import type { Week } from '../domain/types'

/** A save based on an older revision than the stored one: another tab (or window) wrote first. */
export class StaleWriteError extends Error {
  readonly current: Week
  constructor(current: Week) {
    super(`Week ${current.number} was changed elsewhere (now at revision ${current.revision}).`)
    this.name = 'StaleWriteError'
    this.current = current
  }
}

/** A stored document that does not match its schema: reported, never silently dropped. */
export class BrokenRecordError extends Error {
  readonly store: string
  readonly key: string
  readonly problem: string
  constructor(store: string, key: string, problem: string) {
    super(`The stored ${store} record "${key}" is damaged: ${problem}`)
    this.name = 'BrokenRecordError'
    this.store = store
    this.key = key
    this.problem = problem
  }
}

/** The journal is a mentor's read-only copy, or was deleted: its content cannot be edited. */
export class ReadOnlyJournalError extends Error {
  constructor(journalId: string) {
    super(`Journal ${journalId} is read-only or no longer exists.`)
    this.name = 'ReadOnlyJournalError'
  }
}

export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)
}
