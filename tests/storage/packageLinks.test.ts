import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newJournal, newWeek } from '../../src/domain/factories'
import { withReview } from '../../src/domain/review'
import type { Journal, ReviewComment } from '../../src/domain/types'
import { importReviewPackage, SameInternQuestion } from '../../src/storage/packageImport'
import { importBatch, listComments, listWeekSummaries, listWeeks } from '../../src/storage/repository'
import { getSnapshot } from '../../src/storage/review'
import { freshDatabase } from './helpers'

beforeEach(freshDatabase)
const others: BroadcastChannel[] = []
afterEach(() => {
  for (const other of others.splice(0)) other.close()
})

const at = new Date('2025-10-24T10:00:00.000Z')
const journalOf = (owner: string): Journal =>
  newJournal({
    owner,
    mentor: 'Bình',
    firstMonday: '2025-10-20',
    plannedWeeks: 12,
    section: 1,
    languages: ['en'],
  })

function internPackage(journal: Journal, revision = 1) {
  const week = withReview({ ...newWeek(journal, 1), revision }, 'submitted', at)
  const comment: ReviewComment = {
    id: 'c1',
    journalId: journal.id,
    weekNumber: 1,
    author: journal.owner,
    role: 'intern',
    target: { kind: 'week' },
    revision: 1,
    body: 'Done, please look.',
    createdAt: at.toISOString(),
    resolved: false,
  }
  return { journal, weeks: [week], comments: [comment] }
}

describe('a package from the same intern on another device', () => {
  it('is recognised by name whatever its case, spacing or composition, and asked about', async () => {
    const first = journalOf('Nguyễn  An')
    await importReviewPackage(internPackage(first))
    const second = journalOf(' nguye\u0302\u0303n an ')
    const question = await importReviewPackage(internPackage(second)).catch((e: unknown) => e)
    expect(question).toBeInstanceOf(SameInternQuestion)
    expect((question as Error).name).toBe('SameInternQuestion')
    expect((question as Error).message).toBe(
      'This package is from Nguyễn  An, whose journal starting 2025-10-20 you already review, but from another copy of it (a new device?).',
    )
  })

  it('is not asked about for another intern, another first Monday, or an editable journal', async () => {
    const mine = journalOf('Chi')
    await importBatch({ journals: [mine], weeks: [], comments: [] })
    await importReviewPackage(internPackage(journalOf('An')))
    for (const other of [
      journalOf('Chi'),
      { ...journalOf('An'), firstMonday: '2025-10-27' },
      journalOf('Anh'),
    ]) {
      const report = await importReviewPackage(internPackage(other))
      expect(report.linked).toBe(false)
      expect(report.journal.id).toBe(other.id)
    }
  })

  it('once linked, moves its weeks and comments to the copy, and keeps a replaced week as a snapshot', async () => {
    const first = journalOf('An')
    await importReviewPackage(internPackage(first))
    const second = journalOf('An')
    const newer = internPackage(second, 3)
    newer.weeks[0].content.en!.summary = 'Finished the lab.'
    const report = await importReviewPackage(newer, { sameInternAs: first.id })
    expect(report).toMatchObject({ linked: true, updated: [{ number: 1 }], decisionsIgnored: [] })
    expect(report.journal).toMatchObject({ id: first.id, internJournalId: second.id, readOnly: true })
    expect((await listWeeks(first.id)).items.map((w) => [w.id, w.journalId, w.revision])).toEqual([
      [`${first.id}:1`, first.id, 3],
    ])
    expect((await listComments(first.id)).items.map((c) => c.journalId)).toEqual([first.id])
    expect((await listWeeks(second.id)).items).toEqual([])
    expect((await getSnapshot(first.id, 1, 1))?.revision).toBe(1)
    expect((await listWeekSummaries(first.id)).items.map((s) => s.revision)).toEqual([3])
  })

  it('announces the import to the other tabs', async () => {
    const other = new BroadcastChannel('worklog-tracker')
    others.push(other)
    const received: unknown[] = []
    other.onmessage = (event) => received.push(event.data)
    await importReviewPackage(internPackage(journalOf('An')))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(received).toContainEqual({ type: 'all' })
  })
})

describe('a restore replacing weeks', () => {
  it('deletes each replaced week with its summary', async () => {
    const journal = journalOf('An')
    const weeks = [newWeek(journal, 1), newWeek(journal, 2)]
    await importBatch({ journals: [journal], weeks, comments: [] })
    await importBatch({ journals: [], weeks: [], comments: [], replaceWeekIds: [weeks[0].id] })
    expect((await listWeeks(journal.id)).items.map((w) => w.number)).toEqual([2])
    expect((await listWeekSummaries(journal.id)).items.map((s) => s.number)).toEqual([2])
  })
})
