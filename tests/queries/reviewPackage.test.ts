import { beforeEach, describe, expect, it } from 'vitest'
import { readReviewPackage } from '../../src/codec/reviewExchange'
import { newWeek } from '../../src/domain/factories'
import { buildReviewPackage } from '../../src/queries/review'
import { putComments, saveWeek } from '../../src/storage/repository'
import { freshDatabase, storeJournal } from '../storage/helpers'

beforeEach(freshDatabase)

describe('the review package', () => {
  it('holds the chosen weeks and only their comments, or every week by default', async () => {
    const journal = await storeJournal()
    for (const n of [1, 2, 3]) await saveWeek(newWeek(journal, n), 0)
    await putComments(
      [1, 2].map((n) => ({
        id: `c${n}`,
        journalId: journal.id,
        weekNumber: n,
        author: 'An',
        role: 'intern' as const,
        target: { kind: 'week' as const },
        revision: 1,
        body: `question on week ${n}`,
        createdAt: new Date().toISOString(),
        resolved: false,
      })),
    )
    const chosen = await readReviewPackage((await buildReviewPackage(journal, [2])).text)
    expect(chosen.ok && chosen.payload.weeks.map((w) => w.number)).toEqual([2])
    expect(chosen.ok && chosen.payload.comments.map((c) => c.id)).toEqual(['c2'])

    const all = await buildReviewPackage(journal, 'all')
    expect(all.fileName).toBe('an.worklog.json')
    const opened = await readReviewPackage(all.text)
    expect(opened.ok && opened.payload.weeks.map((w) => w.number)).toEqual([1, 2, 3])
  })
})
