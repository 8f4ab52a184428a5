import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { changedAfterApproval } from '../../src/domain/decisions'
import { newWeek } from '../../src/domain/factories'
import { withReview } from '../../src/domain/review'
import type { SyncLink } from '../../src/domain/sync'
import type { Journal, Week } from '../../src/domain/types'
import { closeDb } from '../../src/storage/db'
import { getLink, putLink } from '../../src/storage/memberships'
import { getJournal, getWeek, listComments, putComments, saveWeek } from '../../src/storage/repository'
import { decideWeek } from '../../src/storage/review'
import { InternJournalSync } from '../../src/sync/internBridge'
import { MentorMirror, mirrorId } from '../../src/sync/mentorMirror'
import { newJournalDoc } from '../../src/sync/weekExchange'
import { freshDatabase, storeJournal } from '../storage/helpers'

/**
 * The bridge between local records and the server's documents, without a server: each device (an
 * IndexedDB of its own) has its own Y.Doc, and updates are carried between the documents by hand.
 */

const INTERN = 'intern1'

/** Switches the storage to one device's IndexedDB. */
async function on(device: IDBFactory) {
  await closeDb()
  globalThis.indexedDB = device
}

const exchange = (...docs: Y.Doc[]) => {
  for (const from of docs)
    for (const to of docs)
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
}

function linkFor(journal: Journal): SyncLink {
  return {
    id: journal.id,
    membershipId: 'm',
    role: 'intern',
    internId: INTERN,
    remoteId: journal.id,
    weeks: {},
  }
}

async function internBridge(doc: Y.Doc, journalId: string): Promise<InternJournalSync> {
  const link = (await getLink(journalId))!
  return new InternJournalSync(doc, link, 'An From Roster')
}

async function saveSummary(journalId: string, number: number, summary: string): Promise<Week> {
  const stored = await getWeek(journalId, number)
  const journal = (await getJournal(journalId))!
  const week = stored ?? newWeek(journal, number)
  const en = week.content.en!
  return saveWeek({ ...week, content: { ...week.content, en: { ...en, summary } } }, stored?.revision ?? 0)
}

beforeEach(freshDatabase)

describe('intern and mentor through the documents', () => {
  it('mirrors a saved and submitted week into the mentor copy, names the intern from the roster, and brings decisions and comments back', async () => {
    const internDb = new IDBFactory()
    const mentorDb = new IDBFactory()
    const journalDoc = newJournalDoc()
    const mentorJournalDoc = newJournalDoc()
    const reviewDoc = newJournalDoc()
    const internReviewDoc = newJournalDoc()

    await on(internDb)
    const journal = await storeJournal()
    await putLink(linkFor(journal))
    const intern = await internBridge(journalDoc, journal.id)
    intern.reviews.push({ doc: internReviewDoc, name: 'Bình From Roster' })
    const saved = await saveSummary(journal.id, 1, 'A week of networking.')
    await saveWeek(withReview(saved, 'submitted', new Date('2025-10-24T10:00:00Z')), saved.revision)
    await intern.pushLocal()
    expect(Y.encodeStateAsUpdate(journalDoc).length).toBeGreaterThan(100)

    await on(mentorDb)
    exchange(journalDoc, mentorJournalDoc)
    const mirror = new MentorMirror(mentorJournalDoc, reviewDoc, {
      internId: INTERN,
      remoteId: journal.id,
      internName: () => 'An From Roster',
      mentorName: 'Bình From Roster',
    })
    await mirror.mirror()
    const copyId = mirrorId(INTERN, journal.id)
    const copy = (await getJournal(copyId))!
    expect(copy).toMatchObject({ readOnly: true, owner: 'An From Roster', mentor: 'Bình From Roster' })
    const mirrored = (await getWeek(copyId, 1))!
    expect(mirrored.content.en?.summary).toBe('A week of networking.')
    expect(mirrored.review.status).toBe('submitted')

    // The mentor approves and comments on their copy; the bridge writes both into the review document.
    await decideWeek(copyId, 1, { status: 'approved', note: 'Well done.' }, mirrored.revision)
    await putComments([
      {
        id: 'c1',
        journalId: copyId,
        weekNumber: 1,
        author: 'Bình From Roster',
        role: 'mentor',
        target: { kind: 'week' },
        revision: mirrored.revision,
        body: 'Which CIDR ranges?',
        createdAt: '2025-10-25T08:00:00Z',
        resolved: false,
      },
    ])
    await mirror.pushReview()
    expect(reviewDoc.getArray('decisions').length).toBe(1)

    await on(internDb)
    exchange(reviewDoc, internReviewDoc)
    await intern.pullReviews()
    const week = (await getWeek(journal.id, 1))!
    expect(week.review.status).toBe('approved')
    expect(week.review.note).toBe('Well done.')
    expect(changedAfterApproval(week)).toBe(false)
    const comments = (await listComments(journal.id)).items
    expect(comments).toMatchObject([
      { id: 'c1', author: 'Bình From Roster', role: 'mentor', body: 'Which CIDR ranges?' },
    ])

    // The intern rewrites the approved week: the mentor's copy shows it changed after approval.
    await saveSummary(journal.id, 1, 'A week of networking, with the CIDR ranges.')
    await intern.pushLocal()
    await on(mentorDb)
    exchange(journalDoc, mentorJournalDoc)
    await mirror.mirror()
    const after = (await getWeek(copyId, 1))!
    expect(after.content.en?.summary).toBe('A week of networking, with the CIDR ranges.')
    expect(after.review.status).toBe('approved')
    expect(changedAfterApproval(after)).toBe(true)
  })

  it('a forged author or role in a document entry is not taken: authors come from the side that wrote it', async () => {
    const journalDoc = newJournalDoc()
    const reviewDoc = newJournalDoc()
    const journal = await storeJournal()
    await putLink(linkFor(journal))
    await saveSummary(journal.id, 1, 'Week one.')
    const intern = await internBridge(journalDoc, journal.id)
    await intern.pushLocal()
    journalDoc.getArray('replies').push([
      {
        id: 'r1',
        weekNumber: 1,
        target: { kind: 'week' },
        body: 'I approve',
        createdAt: '2025-10-25T09:00:00Z',
        author: 'Bình',
        role: 'mentor',
      },
    ])
    await freshDatabase()
    const mirror = new MentorMirror(journalDoc, reviewDoc, {
      internId: INTERN,
      remoteId: journal.id,
      internName: () => 'An',
      mentorName: 'Bình',
    })
    await mirror.mirror()
    const [reply] = (await listComments(mirrorId(INTERN, journal.id))).items
    expect(reply).toMatchObject({ id: 'r1', author: 'An', role: 'intern' })
  })
})

describe('one intern on two devices', () => {
  async function twoDevices() {
    const a = new IDBFactory()
    const b = new IDBFactory()
    const docA = newJournalDoc()
    const docB = newJournalDoc()
    await on(a)
    const journal = await storeJournal()
    await putLink(linkFor(journal))
    await saveSummary(journal.id, 1, 'Set up the lab.')
    const bridgeA = await internBridge(docA, journal.id)
    await bridgeA.pushLocal()
    exchange(docA, docB)
    await on(b)
    // The second device takes the journal from the server: it has no local copy yet.
    await putLink(linkFor(journal))
    const bridgeB = await internBridge(docB, journal.id)
    await bridgeB.pullRemote()
    expect((await getJournal(journal.id))?.owner).toBe('An')
    expect((await getWeek(journal.id, 1))?.content.en?.summary).toBe('Set up the lab.')
    return { a, b, docA, docB, bridgeA, bridgeB, journalId: journal.id }
  }

  it('edits of the same week made offline on both merge as text, and both devices end with both', async () => {
    const { a, b, docA, docB, bridgeA, bridgeB, journalId } = await twoDevices()
    await on(a)
    await saveSummary(journalId, 1, 'Today: Set up the lab.')
    await bridgeA.pushLocal()
    await on(b)
    await saveSummary(journalId, 1, 'Set up the lab. Then the VPN.')
    await bridgeB.pushLocal()

    exchange(docA, docB)
    for (const [device, bridge] of [
      [a, bridgeA],
      [b, bridgeB],
    ] as const) {
      await on(device)
      await bridge.pullRemote()
      expect((await getWeek(journalId, 1))?.content.en?.summary).toBe('Today: Set up the lab. Then the VPN.')
    }
  })

  it('a local save made after another device’s edit arrived but before it was read back keeps both', async () => {
    const { a, b, docA, docB, bridgeA, bridgeB, journalId } = await twoDevices()
    await on(b)
    await saveSummary(journalId, 1, 'Set up the lab. Then the VPN.')
    await bridgeB.pushLocal()
    exchange(docA, docB) // arrives on A, not yet read back into A's records
    await on(a)
    await saveSummary(journalId, 1, 'Today: Set up the lab.')
    await bridgeA.pushLocal()
    await bridgeA.pullRemote()
    expect((await getWeek(journalId, 1))?.content.en?.summary).toBe('Today: Set up the lab. Then the VPN.')
  })
})

describe('threads across the two sides', () => {
  it('the intern’s reply reaches the mentor, and a reopen by the mentor after the intern resolved reaches the intern', async () => {
    const internDb = new IDBFactory()
    const mentorDb = new IDBFactory()
    const journalDoc = newJournalDoc()
    const mentorJournalDoc = newJournalDoc()
    const reviewDoc = newJournalDoc()
    const internReviewDoc = newJournalDoc()
    await on(internDb)
    const journal = await storeJournal()
    await putLink(linkFor(journal))
    await saveSummary(journal.id, 1, 'Week one.')
    const intern = await internBridge(journalDoc, journal.id)
    intern.reviews.push({ doc: internReviewDoc, name: 'Bình' })
    await intern.pushLocal()

    await on(mentorDb)
    exchange(journalDoc, mentorJournalDoc)
    const mirror = new MentorMirror(mentorJournalDoc, reviewDoc, {
      internId: INTERN,
      remoteId: journal.id,
      internName: () => 'An',
      mentorName: 'Bình',
    })
    await mirror.mirror()
    const copyId = mirrorId(INTERN, journal.id)
    const question = {
      id: 'q1',
      journalId: copyId,
      weekNumber: 1,
      author: 'Bình',
      role: 'mentor' as const,
      target: { kind: 'week' as const },
      revision: 1,
      body: 'Which region?',
      createdAt: '2025-10-25T08:00:00Z',
      resolved: false,
    }
    await putComments([question])
    await mirror.pushReview()

    await on(internDb)
    exchange(reviewDoc, internReviewDoc)
    await intern.pullReviews()
    const [received] = (await listComments(journal.id)).items
    await putComments([
      { ...received!, resolved: true, stateChangedAt: '2025-10-25T09:00:00Z' },
      {
        ...received!,
        id: 'a1',
        author: 'An',
        role: 'intern',
        body: 'eu-west-1',
        createdAt: '2025-10-25T08:30:00Z',
        replyTo: 'q1',
      },
    ])
    await intern.pushLocal()

    await on(mentorDb)
    exchange(journalDoc, mentorJournalDoc)
    await mirror.mirror()
    const onMentor = (await listComments(copyId)).items
    expect(onMentor.find((c) => c.id === 'a1')).toMatchObject({ author: 'An', role: 'intern', replyTo: 'q1' })
    expect(onMentor.find((c) => c.id === 'q1')?.resolved).toBe(true)
    // The mentor reopens it.
    await putComments([
      { ...onMentor.find((c) => c.id === 'q1')!, resolved: false, stateChangedAt: '2025-10-25T10:00:00Z' },
    ])
    await mirror.pushReview()

    await on(internDb)
    exchange(reviewDoc, internReviewDoc)
    await intern.pullReviews()
    expect((await listComments(journal.id)).items.find((c) => c.id === 'q1')?.resolved).toBe(false)
  })
})
