import { beforeEach, describe, expect, it } from 'vitest'
import { newJournal, newWeek } from '../../src/domain/factories'
import { withReview } from '../../src/domain/review'
import type { Journal, Week } from '../../src/domain/types'
import { getWeek, importBatch, listWeekSummaries } from '../../src/storage/repository'
import {
  decideWeek,
  getSnapshot,
  listSeen,
  markSeen,
  ReviewImportError,
  snapshotWeeks,
} from '../../src/storage/review'
import { freshDatabase } from './helpers'

beforeEach(freshDatabase)

const at = new Date('2025-10-24T10:00:00.000Z')

/** A mentor's read-only copy holding week 1 in the given review state. */
async function mentorCopy(status: Week['review']['status']): Promise<{ journal: Journal; week: Week }> {
  const journal: Journal = {
    ...newJournal({
      owner: 'An',
      mentor: 'Bình',
      firstMonday: '2025-10-20',
      plannedWeeks: 12,
      section: 1,
      languages: ['en'],
    }),
    readOnly: true,
  }
  const base = { ...newWeek(journal, 1), revision: 2 }
  const week = status === 'draft' ? base : withReview(base, 'submitted', at)
  const stored =
    status === 'draft' || status === 'submitted' ? week : { ...week, review: { ...week.review, status } }
  await importBatch({ journals: [journal], weeks: [stored], comments: [] })
  return { journal, week: stored }
}

async function refusal(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ReviewImportError)
  expect((error as Error).name).toBe('ReviewImportError')
  return (error as Error).message
}

describe("the mentor's decision in storage", () => {
  it('is refused, with the reason and nothing written, unless the week waits for it', async () => {
    const cases: [Week['review']['status'], string][] = [
      ['draft', 'Week 1 has not been submitted: only a submitted week can be approved or sent back.'],
      [
        'changes-requested',
        'Changes were requested on week 1: it can be decided again once the intern resubmits it.',
      ],
    ]
    for (const [status, message] of cases) {
      await freshDatabase()
      const { journal, week } = await mentorCopy(status)
      expect(await refusal(decideWeek(journal.id, 1, { status: 'approved' }, week.revision))).toBe(message)
      expect(await getWeek(journal.id, 1)).toEqual(week)
    }
  })

  it('is refused for a week not stored, or one that changed meanwhile', async () => {
    const { journal, week } = await mentorCopy('submitted')
    expect(await refusal(decideWeek(journal.id, 2, { status: 'approved' }, 0))).toBe(
      'Week 2 is not stored, so it cannot be reviewed.',
    )
    expect(await refusal(decideWeek('elsewhere', 1, { status: 'approved' }, 0))).toBe(
      'Week 1 is not stored, so it cannot be reviewed.',
    )
    expect(await refusal(decideWeek(journal.id, 1, { status: 'approved' }, week.revision - 1))).toBe(
      'Week 1 changed meanwhile; look again before deciding.',
    )
    expect(await getWeek(journal.id, 1)).toEqual(week)
  })

  it('records the decision with its note, keeps the revision, updates the summary, and is not taken twice', async () => {
    const { journal, week } = await mentorCopy('submitted')
    const later = new Date('2025-10-25T09:00:00.000Z')
    const saved = await decideWeek(
      journal.id,
      1,
      { status: 'approved', note: ' Good ' },
      week.revision,
      later,
    )
    expect(saved.revision).toBe(week.revision)
    expect(saved.review).toMatchObject({ status: 'approved', note: 'Good', changedAt: later.toISOString() })
    expect(await getWeek(journal.id, 1)).toEqual(saved)
    expect((await listWeekSummaries(journal.id)).items[0].reviewStatus).toBe('approved')
    expect(await refusal(decideWeek(journal.id, 1, { status: 'approved' }, week.revision))).toBe(
      'Week 1 is already approved and has not changed since: there is nothing to decide until it changes.',
    )
  })
})

describe('snapshots and seen marks', () => {
  it('keeps a week as it was at a revision, and what the mentor has seen', async () => {
    const { journal, week } = await mentorCopy('submitted')
    await snapshotWeeks([week, { ...week, revision: 3, content: {} }], 'submitted')
    expect(await getSnapshot(journal.id, 1, 2)).toEqual(week)
    expect((await getSnapshot(journal.id, 1, 3))?.content).toEqual({})
    expect(await getSnapshot(journal.id, 1, 4)).toBeUndefined()
    await markSeen(week)
    expect(await listSeen(journal.id)).toEqual([{ id: week.id, journalId: journal.id, revision: 2 }])
    expect(await listSeen('other')).toEqual([])
  })
})
