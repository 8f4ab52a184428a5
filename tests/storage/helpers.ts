import { newJournal } from '../../src/domain/factories'
import type { Journal } from '../../src/domain/types'
import { putJournal } from '../../src/storage/repository'
import { IDBFactory } from 'fake-indexeddb'
import { closeDb } from '../../src/storage/db'

/** A fresh, empty IndexedDB for each test. */
export async function freshDatabase(): Promise<void> {
  await closeDb()
  globalThis.indexedDB = new IDBFactory()
}

/** The journal most tests write in: An, mentored by Bình, from Monday 20 October 2025. */
export function storeJournal(): Promise<Journal> {
  return putJournal(
    newJournal({
      owner: 'An',
      mentor: 'Bình',
      firstMonday: '2025-10-20',
      plannedWeeks: 12,
      section: 1,
      languages: ['en'],
    }),
  )
}
