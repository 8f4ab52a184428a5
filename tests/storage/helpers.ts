import { IDBFactory } from 'fake-indexeddb'
import { closeDb } from '../../src/storage/db'

/** A fresh, empty IndexedDB for each test. */
export async function freshDatabase(): Promise<void> {
  await closeDb()
  globalThis.indexedDB = new IDBFactory()
}
