import * as Y from 'yjs'
import { writeWeek, type SyncedWeek } from './journalDoc'

/**
 * A local save written into the journal document as an edit of the version it was made on.
 *
 * A week saved locally was edited from the version last exchanged with the document (its base). When
 * the document has moved on meanwhile (another device's edit arrived but was not yet read back), writing
 * the saved week over the current document would undo that edit. Instead the week is written into a copy
 * of the document as it was at the base, and only that difference is applied: Yjs merges it with what
 * arrived since, text by its characters. Needs a document that keeps deleted items (`gc: false`).
 */

/** A document that keeps its history, so that a base version can be rebuilt from a snapshot. */
export function newJournalDoc(): Y.Doc {
  return new Y.Doc({ gc: false })
}

/** The document's current version, to keep as the base of the next local save. */
export function baseOf(doc: Y.Doc): Uint8Array {
  return Y.encodeSnapshot(Y.snapshot(doc))
}

/**
 * Writes `week` into `doc` as an edit made on `base` (a `baseOf` result), or on the current document when
 * there is no base. Returns the new base: the version of the document the saved week now is.
 */
export function pushWeek(
  doc: Y.Doc,
  week: SyncedWeek,
  base: Uint8Array | undefined,
  origin: unknown,
): Uint8Array {
  if (!base || Y.equalSnapshots(Y.decodeSnapshot(base), Y.snapshot(doc))) {
    doc.transact(() => writeWeek(doc, week), origin)
    return baseOf(doc)
  }
  const then = Y.createDocFromSnapshot(doc, Y.decodeSnapshot(base), new Y.Doc({ gc: false }))
  const before = Y.encodeStateVector(then)
  writeWeek(then, week)
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(then, before), origin)
  // The saved week is the base plus this edit, not what arrived since: that version is the next base,
  // so what arrived is still read back into the local week and not taken as already there.
  const next = baseOf(then)
  then.destroy()
  return next
}
