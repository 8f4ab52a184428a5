import { summarizeWeek } from '../domain/progress'
import type { Week } from '../domain/types'
import { abort, type WriteTransaction } from './transactions'

/**
 * The one way a week is written: the week and its overview summary, in the caller's transaction, so that
 * the overview can never show a week other than the stored one. Every path that stores a week (a save,
 * an import, a restore, a review decision, a review package, feedback) goes through here.
 */
export async function putWeekRecord(tx: WriteTransaction, week: Week): Promise<void> {
  // Both writes are issued at once (one round trip). When the second throws before it is issued (a value
  // that cannot be stored), the transaction is aborted so that the week is not kept without its summary;
  // the first write is then rejected by the abort, which is expected.
  const writes: Promise<unknown>[] = []
  try {
    writes.push(tx.objectStore('weeks').put(week))
    writes.push(tx.objectStore('weekSummaries').put(summarizeWeek(week)))
  } catch (error) {
    abort(tx)
    throw error
  } finally {
    for (const write of writes) write.catch(() => undefined)
  }
  await Promise.all(writes)
}

/** Deletes a week and its summary, in the caller's transaction. */
export async function deleteWeekRecord(tx: WriteTransaction, id: string): Promise<void> {
  await Promise.all([tx.objectStore('weeks').delete(id), tx.objectStore('weekSummaries').delete(id)])
}
