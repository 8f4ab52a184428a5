import type { IDBPTransaction, StoreNames } from 'idb'
import type { WorklogDB } from './db'

/** A read-write transaction over some of the stores. */
export type WriteTransaction = IDBPTransaction<WorklogDB, ArrayLike<StoreNames<WorklogDB>>, 'readwrite'>

/** Aborts a transaction on purpose; its `done` promise then rejects, which is expected, not an error. */
export function abort(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined)
  try {
    tx.abort()
  } catch {
    // already finished or aborted by a failed request
  }
}

/**
 * Waits for the writes of a transaction; whatever fails among them aborts the whole transaction. A request
 * that fails aborts it by itself, but one that throws before it is even issued (a value that cannot be
 * stored, a transaction already inactive) does not: without this, what was written before it would stay.
 */
export async function abortOnError<T>(tx: WriteTransaction, writes: () => Promise<T>): Promise<T> {
  try {
    return await writes()
  } catch (error) {
    abort(tx)
    throw error
  }
}
