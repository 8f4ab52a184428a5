import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import { newJournal, newTask, newWeek } from '../../src/domain/factories'
import { summarizeWeek } from '../../src/domain/progress'
import { withReview } from '../../src/domain/review'
import type { Journal, Week } from '../../src/domain/types'
import { closeDb } from '../../src/storage/db'
import {
  getWeek,
  importBatch,
  listWeeks,
  listWeekSummaries,
  readEverything,
  saveWeek,
} from '../../src/storage/repository'
import { importFeedback as importSignedFeedback } from '../../src/storage/feedback'
import { importReviewPackage } from '../../src/storage/packageImport'
import { decideWeek } from '../../src/storage/review'

const importFeedback = (payload: Parameters<typeof importSignedFeedback>[0]) =>
  importSignedFeedback(payload, {
    name: 'Bình',
    publicKey: { kty: 'EC', crv: 'P-256', x: 'mentor-x', y: 'mentor-y' },
    fingerprint: 'AAAA BBBB CCCC DDDD',
  })
import { freshDatabase, storeJournal } from './helpers'

// The overview reads the per-week summaries, not the weeks: every path that writes a week must leave the
// stored summary equal to summarizeWeek(the stored week), or the overview shows something else.

beforeEach(freshDatabase)

async function expectSummariesInStep(journalId: string, weekCount: number): Promise<void> {
  const weeks = (await listWeeks(journalId)).items
  expect(weeks).toHaveLength(weekCount)
  expect((await listWeekSummaries(journalId)).items).toEqual(weeks.map(summarizeWeek))
}

function weekWithTasks(journal: Journal, number: number, done: number): Week {
  const week = newWeek(journal, number)
  for (let i = 0; i < 3; i++) {
    const task = newTask(week.monday, 1, `Task ${i + 1} of week ${number}`)
    week.content.en!.tasks.push(i < done ? { ...task, status: 'done' } : task)
  }
  return week
}

async function internWithSubmittedWeeks(): Promise<{ journal: Journal; weeks: Week[] }> {
  const journal = await storeJournal()
  const weeks: Week[] = []
  for (const n of [1, 2]) {
    const saved = await saveWeek(weekWithTasks(journal, n, n), 0)
    weeks.push(await saveWeek(withReview(saved, 'submitted', new Date()), saved.revision))
  }
  return { journal, weeks }
}

async function inNewBrowser<T>(run: () => Promise<T>): Promise<T> {
  await closeDb()
  globalThis.indexedDB = new IDBFactory()
  return run()
}

const later = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()

describe('the stored summary follows the stored week on every write path', () => {
  it('a save', async () => {
    const journal = await storeJournal()
    const saved = await saveWeek(weekWithTasks(journal, 1, 1), 0)
    await saveWeek(weekWithTasks(journal, 1, 3), saved.revision)
    await expectSummariesInStep(journal.id, 1)
  })

  it('an import of pages, replacing a stored week', async () => {
    const journal = await storeJournal()
    await saveWeek(weekWithTasks(journal, 1, 0), 0)
    const imported = weekWithTasks(journal, 1, 2)
    await importBatch({
      journals: [],
      weeks: [imported, weekWithTasks(journal, 2, 1)],
      comments: [],
      replaceWeekIds: [imported.id],
    })
    await expectSummariesInStep(journal.id, 2)
  })

  it('a restore of a backup over a stored journal', async () => {
    const { journal, weeks } = await internWithSubmittedWeeks()
    const backup = await readEverything()
    await saveWeek(weekWithTasks(journal, 3, 3), 0)
    await saveWeek({ ...weeks[0], content: weekWithTasks(journal, 1, 0).content }, weeks[0].revision)
    await importBatch({ ...backup, replaceJournalIds: [journal.id] })
    await expectSummariesInStep(journal.id, 2)
    expect(await readEverything()).toEqual(backup)
  })

  it("a review decision in a mentor's copy (and none in the intern's own journal)", async () => {
    const { journal, weeks } = await internWithSubmittedWeeks()
    await expect(decideWeek(journal.id, 1, { status: 'approved' }, weeks[0].revision)).rejects.toThrow(
      /Only the mentor/,
    )
    await expectSummariesInStep(journal.id, 2)
    expect((await listWeekSummaries(journal.id)).items[0].reviewStatus).toBe('submitted')

    await inNewBrowser(async () => {
      await importReviewPackage({ journal, weeks, comments: [] })
      await decideWeek(journal.id, 2, { status: 'changes-requested' }, weeks[1].revision, new Date(later(2)))
      await expectSummariesInStep(journal.id, 2)
      expect((await listWeekSummaries(journal.id)).items[1].reviewStatus).toBe('changes-requested')
    })
  })

  it('a review package, new and then newer', async () => {
    const { journal, weeks } = await internWithSubmittedWeeks()
    const edited = {
      ...weeks[1],
      content: weekWithTasks(journal, 2, 3).content,
      revision: weeks[1].revision + 1,
    }
    await inNewBrowser(async () => {
      await importReviewPackage({ journal, weeks, comments: [] })
      await expectSummariesInStep(journal.id, 2)
      await importReviewPackage({ journal, weeks: [weeks[0], edited], comments: [] })
      await expectSummariesInStep(journal.id, 2)
      expect((await getWeek(journal.id, 2))!.revision).toBe(edited.revision)
    })
  })

  it("the mentor's feedback", async () => {
    const { journal, weeks } = await internWithSubmittedWeeks()
    const report = await importFeedback({
      journalId: journal.id,
      owner: journal.owner,
      reviews: weeks.map((week, i) => ({
        weekNumber: week.number,
        status: i === 0 ? ('approved' as const) : ('changes-requested' as const),
        revision: week.revision,
        changedAt: later(1),
      })),
      comments: [],
    })
    expect(report.statuses).toHaveLength(2)
    await expectSummariesInStep(journal.id, 2)
    expect((await listWeekSummaries(journal.id)).items.map((s) => s.reviewStatus)).toEqual([
      'approved',
      'changes-requested',
    ])
  })

  it('an import of a new journal', async () => {
    const journal = newJournal({
      owner: 'Chi',
      mentor: 'Bình',
      firstMonday: '2025-10-20',
      plannedWeeks: 12,
      section: 1,
      languages: ['en'],
    })
    await importBatch({
      journals: [journal],
      weeks: [1, 2, 3].map((n) => weekWithTasks(journal, n, n)),
      comments: [],
    })
    await expectSummariesInStep(journal.id, 3)
  })
})
