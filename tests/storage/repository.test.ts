import { openDB } from 'idb'
import { beforeEach, describe, expect, it } from 'vitest'
import { newJournal, newTask, newWeek } from '../../src/domain/factories'
import { DB_NAME, DB_VERSION } from '../../src/storage/db'
import { listLinks, listMemberships, putLink } from '../../src/storage/memberships'
import { getSnapshot, listSeen } from '../../src/storage/review'
import { BrokenRecordError, ReadOnlyJournalError, StaleWriteError } from '../../src/storage/errors'
import { getDraft } from '../../src/storage/drafts'
import {
  getWeek,
  importBatch,
  listComments,
  listJournals,
  listWeekSummaries,
  putJournal,
  readEverything,
  saveWeek,
} from '../../src/storage/repository'
import fixtureV1 from '../fixtures/db-v1.json'
import { freshDatabase } from './helpers'

const journalInput = {
  owner: 'An',
  mentor: 'Bình',
  firstMonday: '2025-10-20',
  plannedWeeks: 12,
  section: 1,
  languages: ['en' as const],
}

beforeEach(freshDatabase)

describe('saveWeek', () => {
  it('saves a new week, increments its revision and keeps its summary in step', async () => {
    const journal = await putJournal(newJournal(journalInput))
    const week = newWeek(journal, 1)
    week.content.en!.tasks.push({ ...newTask(week.monday, 1, 'Attend campus learning'), status: 'done' })
    week.content.en!.tasks.push(newTask(week.monday, 3, 'VPC peering'))

    const saved = await saveWeek(week, 0)
    expect(saved.revision).toBe(1)
    expect(await getWeek(journal.id, 1)).toEqual(saved)

    const { items } = await listWeekSummaries(journal.id)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ number: 1, revision: 1, tasksDone: 1, tasksTotal: 2 })
    expect(items[0].tasks.map((t) => t.title)).toEqual(['Attend campus learning', 'VPC peering'])
  })

  it('refuses a save based on an older revision and leaves the newer week stored', async () => {
    const journal = await putJournal(newJournal(journalInput))
    const base = await saveWeek(newWeek(journal, 2), 0)

    const fromTabA = { ...base, content: { en: { ...base.content.en!, summary: 'written in tab A' } } }
    const fromTabB = { ...base, content: { en: { ...base.content.en!, summary: 'written in tab B' } } }
    await saveWeek(fromTabA, base.revision)

    const error = await saveWeek(fromTabB, base.revision).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StaleWriteError)
    expect((error as StaleWriteError).current.content.en!.summary).toBe('written in tab A')
    expect((await getWeek(journal.id, 2))!.content.en!.summary).toBe('written in tab A')
  })

  it('detects a stale save even for a week created in another tab meanwhile', async () => {
    const journal = await putJournal(newJournal(journalInput))
    await saveWeek(newWeek(journal, 3), 0)
    await expect(saveWeek(newWeek(journal, 3), 0)).rejects.toBeInstanceOf(StaleWriteError)
  })

  it('checks the revision of a week stored without a summary (a damaged or pre-summary record)', async () => {
    const journal = await putJournal(newJournal(journalInput))
    const first = await saveWeek(newWeek(journal, 4), 0)
    const raw = await openDB(DB_NAME, DB_VERSION)
    await raw.delete('weekSummaries', first.id)
    raw.close()
    // The summary is gone: the stored week's own revision decides, both ways.
    await expect(saveWeek(newWeek(journal, 4), 0)).rejects.toBeInstanceOf(StaleWriteError)
    const second = await saveWeek(
      { ...first, content: { en: { ...first.content.en!, summary: 'again' } } },
      1,
    )
    expect(second.revision).toBe(2)
    expect((await listWeekSummaries(journal.id)).items.map((s) => s.revision)).toEqual([2])
  })

  it('refuses to change the content of a read-only journal', async () => {
    const journal = await putJournal({ ...newJournal(journalInput), readOnly: true })
    await expect(saveWeek(newWeek(journal, 1), 0)).rejects.toBeInstanceOf(ReadOnlyJournalError)
    expect(await getWeek(journal.id, 1)).toBeUndefined()
  })
})

describe('damaged records', () => {
  it('reports a broken week instead of dropping it', async () => {
    const journal = await putJournal(newJournal(journalInput))
    const raw = await openDB(DB_NAME)
    await raw.put('weeks', { id: `${journal.id}:4`, journalId: journal.id, number: 4, monday: 'yesterday' })
    raw.close()

    const error = await getWeek(journal.id, 4).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BrokenRecordError)
    expect((error as BrokenRecordError).message).toMatch(
      /week record ".*:4" is damaged: monday: .*yyyy-MM-dd/,
    )
  })

  it('lists the valid journals and reports the broken one', async () => {
    await putJournal(newJournal(journalInput))
    const raw = await openDB(DB_NAME)
    await raw.put('journals', { id: 'broken', owner: 42 })
    raw.close()

    const { items, broken } = await listJournals()
    expect(items.map((j) => j.owner)).toEqual(['An'])
    expect(broken.map((b) => b.key)).toEqual(['broken'])
  })
})

describe('migration', () => {
  it('opens a database made by version 1 and builds the summaries of its weeks', async () => {
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(database) {
        database.createObjectStore('journals', { keyPath: 'id' })
        database.createObjectStore('weeks', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
      },
    })
    for (const journal of fixtureV1.journals) await v1.put('journals', journal)
    for (const week of fixtureV1.weeks) await v1.put('weeks', week)
    v1.close()

    const { items: journals } = await listJournals()
    expect(journals.map((j) => j.owner)).toEqual(['Nguyễn Văn An'])
    const week = await getWeek('j-v1', 1)
    expect(week?.content.en?.tasks).toHaveLength(2)

    const { items: summaries } = await listWeekSummaries('j-v1')
    expect(summaries).toEqual([
      expect.objectContaining({
        number: 1,
        revision: 4,
        reviewStatus: 'submitted',
        tasksDone: 1,
        tasksTotal: 2,
        achievementsTicked: 1,
        achievementsTotal: 2,
      }),
    ])
    // The damaged week of the fixture is kept and reported, not lost.
    await expect(getWeek('j-v1', 2)).rejects.toBeInstanceOf(BrokenRecordError)
  })
})

describe('migration from version 2', () => {
  it('opens a database made by version 2 and adds the review stores, keeping every record', async () => {
    const v2 = await openDB(DB_NAME, 2, {
      upgrade(database) {
        database.createObjectStore('journals', { keyPath: 'id' })
        database.createObjectStore('weeks', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
        database.createObjectStore('weekSummaries', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
        database.createObjectStore('comments', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
        database.createObjectStore('conflicts', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
      },
    })
    const [journal] = fixtureV1.journals
    const [week] = fixtureV1.weeks
    await v2.put('journals', journal)
    await v2.put('weeks', week)
    await v2.put('comments', {
      id: 'c1',
      journalId: journal.id,
      weekNumber: 1,
      author: 'Trần Thị Bình',
      role: 'mentor',
      target: { kind: 'week' },
      revision: 4,
      body: 'Good start.',
      createdAt: '2025-09-13T08:00:00.000Z',
      resolved: false,
    })
    v2.close()

    expect((await getWeek(journal.id, 1))?.revision).toBe(4)
    expect((await listComments(journal.id)).items.map((c) => c.body)).toEqual(['Good start.'])
    const upgraded = await openDB(DB_NAME)
    expect(upgraded.version).toBe(DB_VERSION)
    expect([...upgraded.objectStoreNames]).toEqual(expect.arrayContaining(['snapshots', 'seen', 'drafts']))
    upgraded.close()
  })
})

describe('migration from version 3', () => {
  it('opens a database made by version 3 and adds the drafts store, keeping snapshots and marks', async () => {
    const v3 = await openDB(DB_NAME, 3, {
      upgrade(database) {
        database.createObjectStore('journals', { keyPath: 'id' })
        for (const store of ['weeks', 'weekSummaries', 'comments', 'conflicts', 'seen']) {
          database.createObjectStore(store, { keyPath: 'id' }).createIndex('byJournal', 'journalId')
        }
        const snapshots = database.createObjectStore('snapshots', { keyPath: 'id' })
        snapshots.createIndex('byWeek', 'weekId')
        snapshots.createIndex('byJournal', 'journalId')
      },
    })
    const [journal] = fixtureV1.journals
    const [week] = fixtureV1.weeks
    await v3.put('journals', journal)
    await v3.put('weeks', week)
    await v3.put('snapshots', {
      id: `${week.id}@4`,
      weekId: week.id,
      journalId: journal.id,
      revision: 4,
      week,
      reason: 'submitted',
      at: '2025-09-12T09:00:00.000Z',
    })
    await v3.put('seen', { id: week.id, journalId: journal.id, revision: 4 })
    v3.close()

    expect((await getSnapshot(journal.id, 1, 4))?.content.en?.summary).toBe('A first week.')
    expect(await listSeen(journal.id)).toEqual([{ id: week.id, journalId: journal.id, revision: 4 }])
    expect(await getDraft(week.id)).toBeUndefined()
    const upgraded = await openDB(DB_NAME)
    expect(upgraded.version).toBe(DB_VERSION)
    expect([...upgraded.objectStoreNames]).toEqual(expect.arrayContaining(['drafts', 'siteFolders', 'keys']))
    upgraded.close()
  })
})

describe('migration from version 4', () => {
  it('opens a database made by version 4 and adds the site-folder and key stores, keeping drafts', async () => {
    const v4 = await openDB(DB_NAME, 4, {
      upgrade(database) {
        database.createObjectStore('journals', { keyPath: 'id' })
        for (const store of ['weeks', 'weekSummaries', 'comments', 'conflicts', 'seen', 'drafts']) {
          database.createObjectStore(store, { keyPath: 'id' }).createIndex('byJournal', 'journalId')
        }
        const snapshots = database.createObjectStore('snapshots', { keyPath: 'id' })
        snapshots.createIndex('byWeek', 'weekId')
        snapshots.createIndex('byJournal', 'journalId')
      },
    })
    const [journal] = fixtureV1.journals
    const [week] = fixtureV1.weeks
    await v4.put('journals', journal)
    await v4.put('weeks', week)
    await v4.put('drafts', { id: week.id, journalId: journal.id, base: 4, week, at: 1 })
    v4.close()

    expect((await getDraft(week.id))?.base).toBe(4)
    expect((await getWeek(journal.id, 1))?.revision).toBe(4)
    const upgraded = await openDB(DB_NAME)
    expect(upgraded.version).toBe(DB_VERSION)
    expect([...upgraded.objectStoreNames]).toEqual(expect.arrayContaining(['siteFolders', 'keys']))
    upgraded.close()
  })
})

describe('migration from version 5', () => {
  it('opens a database made by version 5 and adds the membership and sync-link stores, keeping keys and folders', async () => {
    const v5 = await openDB(DB_NAME, 5, {
      upgrade(database) {
        database.createObjectStore('journals', { keyPath: 'id' })
        for (const store of ['weeks', 'weekSummaries', 'comments', 'conflicts', 'seen', 'drafts']) {
          database.createObjectStore(store, { keyPath: 'id' }).createIndex('byJournal', 'journalId')
        }
        const snapshots = database.createObjectStore('snapshots', { keyPath: 'id' })
        snapshots.createIndex('byWeek', 'weekId')
        snapshots.createIndex('byJournal', 'journalId')
        database.createObjectStore('siteFolders', { keyPath: 'id' })
        database.createObjectStore('keys', { keyPath: 'id' })
      },
    })
    const [journal] = fixtureV1.journals
    const [week] = fixtureV1.weeks
    await v5.put('journals', journal)
    await v5.put('weeks', week)
    await v5.put('keys', {
      id: 'own:mentor',
      publicKey: { kty: 'EC' },
      name: 'Bình',
      at: '2025-10-20T00:00:00Z',
    })
    v5.close()

    expect((await getWeek(journal.id, 1))?.revision).toBe(4)
    expect(await listMemberships()).toEqual([])
    const link = {
      id: journal.id,
      membershipId: 'ws://server#p1',
      role: 'intern' as const,
      internId: 'p1',
      remoteId: journal.id,
      weeks: {},
    }
    await putLink(link)
    expect(await listLinks('ws://server#p1')).toEqual([link])
    const upgraded = await openDB(DB_NAME)
    expect(upgraded.version).toBe(DB_VERSION)
    expect(await upgraded.get('keys', 'own:mentor')).toMatchObject({ name: 'Bình' })
    expect([...upgraded.objectStoreNames]).toEqual(expect.arrayContaining(['memberships', 'syncLinks']))
    upgraded.close()
  })
})

describe('importBatch', () => {
  it('writes nothing when one document of the batch is invalid', async () => {
    const journal = newJournal(journalInput)
    const good = newWeek(journal, 1)
    const bad = { ...newWeek(journal, 2), monday: '20/10/2025' }
    await expect(importBatch({ journals: [journal], weeks: [good, bad], comments: [] })).rejects.toThrow()
    expect(await readEverything()).toEqual({ journals: [], weeks: [], comments: [] })
  })

  it('writes journals, weeks and summaries together', async () => {
    const journal = newJournal(journalInput)
    await importBatch({
      journals: [journal],
      weeks: [newWeek(journal, 1), newWeek(journal, 2)],
      comments: [],
    })
    expect((await listWeekSummaries(journal.id)).items.map((s) => s.number)).toEqual([1, 2])
  })
})
