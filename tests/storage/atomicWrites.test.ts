import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { newJournal, newTask, newWeek } from '../../src/domain/factories'
import type { Journal, ReviewComment, Week } from '../../src/domain/types'
import { withReview } from '../../src/domain/review'
import {
  importBatch,
  listComments,
  listWeekSummaries,
  putComments,
  readEverything,
  saveWeek,
} from '../../src/storage/repository'
import { importFeedback as importSignedFeedback } from '../../src/storage/feedback'
import { importReviewPackage } from '../../src/storage/packageImport'

/** Feedback as the codec hands it over, its signature checked; the first one pins the key. */
const importFeedback = (payload: Parameters<typeof importSignedFeedback>[0]) =>
  importSignedFeedback(payload, {
    name: 'Bình',
    publicKey: { kty: 'EC', crv: 'P-256', x: 'mentor-x', y: 'mentor-y' },
    fingerprint: 'AAAA BBBB CCCC DDDD',
  })
import { freshDatabase, storeJournal } from './helpers'

// An import, a restore, a review package or feedback is all or nothing: a failure on any write in the middle of the batch (a full
// disk, a browser error) must leave the database exactly as it was. The failure is injected into the
// object stores' put, so a batch split over several transactions would leave its first part written.

beforeEach(freshDatabase)
afterEach(() => vi.restoreAllMocks())

/** Makes the nth put (counting from 1) of any object store fail, as a full disk would. */
function failNthPut(n: number): { puts: () => number } {
  let count = 0
  const put = IDBObjectStore.prototype.put
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    count++
    if (count === n) throw new DOMException(`put ${n} failed (injected)`, 'UnknownError')
    return put.apply(this, args)
  })
  return { puts: () => count }
}

function weekOf(journal: Journal, number: number): Week {
  const week = newWeek(journal, number)
  week.content.en!.tasks.push(newTask(week.monday, 1, `Task of week ${number}`))
  return week
}

const commentOn = (journal: Journal, weekNumber: number): ReviewComment => ({
  id: crypto.randomUUID(),
  journalId: journal.id,
  weekNumber,
  author: 'Bình',
  role: 'mentor',
  target: { kind: 'week' },
  revision: 1,
  body: `About week ${weekNumber}`,
  createdAt: new Date().toISOString(),
  resolved: false,
})

function batchOfNewJournal() {
  const journal = newJournal({
    owner: 'Chi',
    mentor: 'Bình',
    firstMonday: '2025-10-20',
    plannedWeeks: 12,
    section: 1,
    languages: ['en'],
  })
  return {
    journals: [journal],
    weeks: [1, 2, 3, 4].map((n) => weekOf(journal, n)),
    comments: [commentOn(journal, 1), commentOn(journal, 2)],
  }
}

// 1 journal, 4 weeks with their summaries, 2 comments.
const PUTS_OF_A_NEW_JOURNAL = 11

describe('importBatch with a failure in the middle', () => {
  it('counts the writes of the batch it breaks', async () => {
    const counter = failNthPut(Number.POSITIVE_INFINITY)
    await importBatch(batchOfNewJournal())
    expect(counter.puts()).toBe(PUTS_OF_A_NEW_JOURNAL)
  })

  it.each([2, 4, 6, 9, PUTS_OF_A_NEW_JOURNAL])(
    'writes nothing of a new journal when put %i fails',
    async (n) => {
      const counter = failNthPut(n)
      await expect(importBatch(batchOfNewJournal())).rejects.toThrow(/injected/)
      expect(counter.puts()).toBeGreaterThanOrEqual(n)
      expect(await readEverything()).toEqual({ journals: [], weeks: [], comments: [] })
      expect((await listWeekSummaries()).items).toEqual([])
    },
  )

  it.each([1, 3, 5])('leaves a journal a restore would replace as it was when put %i fails', async (n) => {
    const journal = await storeJournal()
    for (const number of [1, 2]) await saveWeek(weekOf(journal, number), 0)
    const before = await readEverything()
    const summariesBefore = (await listWeekSummaries(journal.id)).items
    const backup = {
      journals: [{ ...journal, mentor: 'Dung' }],
      weeks: [1, 2, 3].map((number) => ({ ...weekOf(journal, number), revision: 5 })),
      comments: [commentOn(journal, 3)],
    }

    failNthPut(n)
    await expect(importBatch({ ...backup, replaceJournalIds: [journal.id] })).rejects.toThrow(/injected/)
    vi.restoreAllMocks()

    expect(await readEverything()).toEqual(before)
    expect((await listWeekSummaries(journal.id)).items).toEqual(summariesBefore)
  })
})

describe('the review exchange with a failure in the middle', () => {
  async function internWithSubmittedWeeks(): Promise<{ journal: Journal; weeks: Week[] }> {
    const journal = await storeJournal()
    const weeks: Week[] = []
    for (const number of [1, 2, 3]) {
      const saved = await saveWeek(weekOf(journal, number), 0)
      weeks.push(await saveWeek(withReview(saved, 'submitted', new Date()), saved.revision))
    }
    return { journal, weeks }
  }

  it.each([2, 5, 8])('a review package writes nothing when put %i fails', async (n) => {
    const { journal, weeks } = await internWithSubmittedWeeks()
    await freshDatabase() // the mentor's browser
    failNthPut(n)
    await expect(
      importReviewPackage({
        journal,
        weeks,
        // The intern's own comment: a package brings no mentor's words.
        comments: [{ ...commentOn(journal, 1), role: 'intern', author: journal.owner }],
      }),
    ).rejects.toThrow(/injected/)
    vi.restoreAllMocks()
    expect(await readEverything()).toEqual({ journals: [], weeks: [], comments: [] })
    expect((await listWeekSummaries()).items).toEqual([])
  })

  it.each([1, 3, 6])('feedback changes nothing when put %i fails', async (n) => {
    const { journal, weeks } = await internWithSubmittedWeeks()
    const before = await readEverything()
    const summariesBefore = (await listWeekSummaries(journal.id)).items
    failNthPut(n)
    const feedback = importFeedback({
      journalId: journal.id,
      owner: journal.owner,
      reviews: weeks.map((week) => ({
        weekNumber: week.number,
        status: 'approved' as const,
        revision: week.revision,
        changedAt: new Date(Date.now() + 1000).toISOString(),
      })),
      comments: [commentOn(journal, 1), commentOn(journal, 2)],
    })
    await expect(feedback).rejects.toThrow(/injected/)
    vi.restoreAllMocks()
    expect(await readEverything()).toEqual(before)
    expect((await listWeekSummaries(journal.id)).items).toEqual(summariesBefore)
  })
})

it('writes none of a set of comments when one of them is invalid', async () => {
  const journal = await storeJournal()
  const bad = { ...commentOn(journal, 2), role: 'reader' } as unknown as ReviewComment
  await expect(putComments([commentOn(journal, 1), bad, commentOn(journal, 3)])).rejects.toThrow()
  expect((await listComments(journal.id)).items).toEqual([])
})
