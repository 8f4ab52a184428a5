import { openDB, unwrap } from 'idb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newJournal } from '../../src/domain/factories'
import { closeDb, db, DB_NAME, DB_VERSION } from '../../src/storage/db'
import { getJournal, putJournal } from '../../src/storage/repository'
import { freshDatabase } from './helpers'

beforeEach(freshDatabase)
afterEach(async () => {
  window.__worklogEarlyDb = undefined
  await closeDb()
})

const journalInput = {
  owner: 'An',
  mentor: 'Bình',
  firstMonday: '2025-10-20',
  plannedWeeks: 12,
  section: 1,
  languages: ['en' as const],
}

describe('the connection the boot script opened', () => {
  it('is taken over when it is at the app’s version', async () => {
    // Made by the app once (every store), then opened again as the boot script does.
    const saved = await putJournal(newJournal(journalInput))
    await closeDb()
    const raw = unwrap(await openDB(DB_NAME))
    let closed = false
    raw.addEventListener('close', () => (closed = true))
    window.__worklogEarlyDb = Promise.resolve(raw)
    const database = await db()
    expect(window.__worklogEarlyDb).toBeUndefined()
    expect(unwrap(database)).toBe(raw)
    expect((await getJournal(saved.id))?.owner).toBe('An')
    expect(closed).toBe(false)
  })

  it('is closed, and the database opened and migrated by the app, when it is at an older version', async () => {
    const old = await openDB(DB_NAME, 1, {
      upgrade(database) {
        database.createObjectStore('journals', { keyPath: 'id' })
        database.createObjectStore('weeks', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
      },
    })
    window.__worklogEarlyDb = Promise.resolve(unwrap(old))
    // Were the old connection kept open, the app's upgrade would wait on it for ever.
    const database = await db()
    expect(database.version).toBe(DB_VERSION)
    expect([...database.objectStoreNames]).toContain('drafts')
  })

  it('is not needed: without one (no boot script, or no database yet) the app opens it itself', async () => {
    window.__worklogEarlyDb = Promise.resolve(null)
    expect((await db()).version).toBe(DB_VERSION)
  })
})
