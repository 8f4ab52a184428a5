import { beforeEach, describe, expect, it } from 'vitest'
import { newTask, newWeek } from '../../src/domain/factories'
import { withReview } from '../../src/domain/review'
import type { Journal, ReviewComment, Week } from '../../src/domain/types'
import { getWeek, listComments, saveWeek, importBatch } from '../../src/storage/repository'
import { importFeedback as importSignedFeedback } from '../../src/storage/feedback'
import { decideWeek, getSnapshot, listSeen, markSeen, ReviewImportError } from '../../src/storage/review'
import { importReviewPackage } from '../../src/storage/packageImport'
import { closeDb } from '../../src/storage/db'
import { freshDatabase, storeJournal } from './helpers'
import { IDBFactory } from 'fake-indexeddb'

beforeEach(freshDatabase)

/** The mentor's key as the codec hands it over once the signature is checked. */
const mentorKey = {
  name: 'Bình',
  publicKey: { kty: 'EC', crv: 'P-256', x: 'mentor-x', y: 'mentor-y' },
  fingerprint: 'AAAA BBBB CCCC DDDD',
}
const importFeedback = (payload: Parameters<typeof importSignedFeedback>[0]) =>
  importSignedFeedback(payload, mentorKey)

const mentorComment = (journalId: string, extra: Partial<ReviewComment> = {}): ReviewComment => ({
  id: crypto.randomUUID(),
  journalId,
  weekNumber: 1,
  author: 'Bình',
  role: 'mentor',
  target: { kind: 'week' },
  revision: 1,
  body: 'Add the reference of the VPC lab.',
  createdAt: new Date().toISOString(),
  resolved: false,
  ...extra,
})

/** Two browsers: the intern's database and the mentor's, swapped in and out. */
async function inBrowser<T>(factory: IDBFactory, run: () => Promise<T>): Promise<T> {
  await closeDb()
  globalThis.indexedDB = factory
  return run()
}

async function internWithTwoWeeks(): Promise<{ journal: Journal; weeks: Week[] }> {
  const journal = await storeJournal()
  const weeks: Week[] = []
  for (const n of [1, 2]) {
    const week = newWeek(journal, n)
    week.content.en!.tasks.push(newTask(week.monday, 1, `Task of week ${n}`))
    const saved = await saveWeek(week, 0)
    weeks.push(await saveWeek(withReview(saved, 'submitted', new Date()), saved.revision))
  }
  return { journal, weeks }
}

describe('the review exchange in storage', () => {
  it('merges mentor feedback into the intern journal without changing a byte of the text', async () => {
    const intern = new IDBFactory()
    const mentor = new IDBFactory()
    const { journal, weeks } = await inBrowser(intern, internWithTwoWeeks)
    const textBefore = weeks.map((w) => JSON.stringify(w.content))

    const comment = mentorComment(journal.id, { revision: weeks[0].revision })
    await inBrowser(mentor, async () => {
      const report = await importReviewPackage({ journal, weeks, comments: [] })
      expect(report.added).toEqual([1, 2])
      await expect(saveWeek(weeks[0], weeks[0].revision)).rejects.toThrow(/read-only/)
      const reviewed = await decideWeek(
        journal.id,
        1,
        { status: 'changes-requested' },
        weeks[0].revision,
        new Date(Date.now() + 1000),
      )
      expect(reviewed.revision).toBe(weeks[0].revision)
    })

    const feedback = {
      journalId: journal.id,
      owner: journal.owner,
      reviews: [
        {
          weekNumber: 1,
          status: 'changes-requested' as const,
          revision: weeks[0].revision,
          changedAt: new Date(Date.now() + 1000).toISOString(),
        },
      ],
      comments: [comment],
    }
    await inBrowser(intern, async () => {
      const report = await importFeedback(feedback)
      expect(report).toMatchObject({
        commentsAdded: 1,
        statuses: [{ number: 1, status: 'changes-requested' }],
      })
      const week1 = (await getWeek(journal.id, 1))!
      expect(week1.review.status).toBe('changes-requested')
      expect([
        JSON.stringify(week1.content),
        JSON.stringify((await getWeek(journal.id, 2))!.content),
      ]).toEqual(textBefore)
      // Importing the same feedback again adds nothing.
      expect((await importFeedback(feedback)).commentsAdded).toBe(0)
      expect((await listComments(journal.id)).items).toHaveLength(1)
    })
  })

  it('refuses feedback for a journal that is not here, and changes nothing', async () => {
    const { journal } = await internWithTwoWeeks()
    const error = await importFeedback({
      journalId: 'someone-else',
      owner: 'Chi',
      reviews: [],
      comments: [mentorComment('someone-else')],
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReviewImportError)
    expect((error as Error).message).toMatch(/journal of Chi, which is not in this browser/)
    expect((await listComments(journal.id)).items).toHaveLength(0)
  })

  it('updates a mentor copy from a newer package and keeps the older version to compare', async () => {
    const { journal, weeks } = await internWithTwoWeeks()
    await closeDb()
    globalThis.indexedDB = new IDBFactory()
    await importReviewPackage({ journal, weeks, comments: [] })
    const edited = structuredClone(weeks[1])
    edited.content.en!.summary = 'Resubmitted with the summary.'
    edited.revision += 2
    const report = await importReviewPackage({ journal, weeks: [weeks[0], edited], comments: [] })
    expect(report.updated).toEqual([{ number: 2, updatedAt: edited.updatedAt }])
    expect(report.unchanged).toEqual([1])
    expect((await getWeek(journal.id, 2))!.content.en!.summary).toBe('Resubmitted with the summary.')
    expect((await getSnapshot(journal.id, 2, weeks[1].revision))!.content.en!.summary).toBe('')
  })

  it('will not import a package of a journal that is editable here', async () => {
    const { journal, weeks } = await internWithTwoWeeks()
    await expect(importReviewPackage({ journal, weeks, comments: [] })).rejects.toThrow(/your own journal/)
    await importBatch({ journals: [], weeks: [], comments: [] })
    expect((await getWeek(journal.id, 1))!.revision).toBe(weeks[0].revision)
  })

  it("counts a newer revision with the same text as unchanged, and keeps the mentor's seen mark in step", async () => {
    const { journal, weeks } = await internWithTwoWeeks()
    await closeDb()
    globalThis.indexedDB = new IDBFactory()
    await importReviewPackage({ journal, weeks, comments: [] })
    await markSeen(weeks[0])
    const reviewOnly = {
      ...weeks[0],
      revision: weeks[0].revision + 1,
      review: { ...weeks[0].review, status: 'approved' as const },
    }
    const report = await importReviewPackage({ journal, weeks: [reviewOnly], comments: [] })
    expect(report.updated).toEqual([])
    expect(report.unchanged).toEqual([1])
    expect((await listSeen(journal.id)).find((m) => m.id === weeks[0].id)?.revision).toBe(reviewOnly.revision)
  })

  it('keeps a decision current when feedback is applied to the very revision it was made on', async () => {
    const { journal, weeks } = await internWithTwoWeeks()
    const decidedAt = new Date(Date.now() + 1000).toISOString()
    await importFeedback({
      journalId: journal.id,
      owner: journal.owner,
      reviews: [{ weekNumber: 2, status: 'approved', revision: weeks[1].revision, changedAt: decidedAt }],
      comments: [],
    })
    const week2 = (await getWeek(journal.id, 2))!
    expect(week2.revision).toBe(weeks[1].revision + 1)
    expect(week2.review).toMatchObject({ status: 'approved', revision: week2.revision })
  })
})
