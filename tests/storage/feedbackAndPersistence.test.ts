import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { newJournal, newWeek } from '../../src/domain/factories'
import type { Journal } from '../../src/domain/types'
import { importFeedback } from '../../src/storage/feedback'
import { requestPersistence } from '../../src/storage/persist'
import { getWeek, importBatch } from '../../src/storage/repository'
import { ReviewImportError } from '../../src/storage/review'
import { freshDatabase } from './helpers'

beforeEach(freshDatabase)
afterEach(() => vi.unstubAllGlobals())

const signer = {
  name: 'Bình',
  publicKey: { kty: 'EC', crv: 'P-256', x: 'mentor-x', y: 'mentor-y' },
  fingerprint: 'AAAA BBBB CCCC DDDD',
}
const journalOf = (readOnly: boolean): Journal => ({
  ...newJournal({
    owner: 'An',
    mentor: 'Bình',
    firstMonday: '2025-10-20',
    plannedWeeks: 12,
    section: 1,
    languages: ['en'],
  }),
  readOnly,
})
const decision = (weekNumber: number, status: 'approved' | 'submitted') => ({
  weekNumber,
  status,
  revision: 1,
  changedAt: '2025-10-25T09:00:00.000Z',
})

describe('feedback into storage', () => {
  it('is refused for a journal not here, naming its intern, or held as a reviewer', async () => {
    const missing = await importFeedback(
      { journalId: 'gone', owner: 'Chi', reviews: [], comments: [] },
      signer,
    ).catch((e: unknown) => e)
    expect(missing).toBeInstanceOf(ReviewImportError)
    expect((missing as Error).message).toBe(
      'This feedback is for the journal of Chi, which is not in this browser. Nothing was imported.',
    )
    const unnamed = await importFeedback(
      { journalId: 'gone', owner: '', reviews: [], comments: [] },
      signer,
    ).catch((e: unknown) => e)
    expect((unnamed as Error).message).toMatch(/^This feedback is for the journal of another intern,/)
    const copy = journalOf(true)
    await importBatch({ journals: [copy], weeks: [], comments: [] })
    const reviewer = await importFeedback(
      { journalId: copy.id, owner: 'An', reviews: [], comments: [] },
      signer,
    ).catch((e: unknown) => e)
    expect((reviewer as Error).message).toBe(
      "This feedback is for An's journal, which you hold as a reviewer: only the intern imports feedback. Nothing was imported.",
    )
  })

  it('applies only the mentor’s decisions, lists weeks not here, and names its signer', async () => {
    const journal = journalOf(false)
    const week = { ...newWeek(journal, 1), revision: 1 }
    await importBatch({ journals: [journal], weeks: [week], comments: [] })
    const report = await importFeedback(
      {
        journalId: journal.id,
        owner: 'An',
        reviews: [decision(1, 'submitted'), decision(2, 'approved')],
        comments: [],
      },
      signer,
    )
    expect(report.missingWeeks).toEqual([2])
    expect(report.statuses).toEqual([])
    expect(report.signer).toEqual({ name: 'Bình', fingerprint: 'AAAA BBBB CCCC DDDD' })
    expect((await getWeek(journal.id, 1))?.review).toEqual(week.review)
  })
})

describe('asking the browser to keep the storage', () => {
  it('says unsupported without the Storage API, persisted when it already is or agrees, and not when it refuses or fails', async () => {
    vi.stubGlobal('navigator', {})
    expect(await requestPersistence()).toBe('unsupported')
    vi.stubGlobal('navigator', { storage: { persisted: async () => false } })
    expect(await requestPersistence()).toBe('unsupported')
    vi.stubGlobal('navigator', { storage: { persist: async () => true } })
    expect(await requestPersistence()).toBe('unsupported')
    const asked: string[] = []
    const storage = (persisted: boolean, agrees: boolean | Error) => ({
      storage: {
        persisted: async () => (asked.push('persisted'), persisted),
        persist: async () => {
          asked.push('persist')
          if (agrees instanceof Error) throw agrees
          return agrees
        },
      },
    })
    vi.stubGlobal('navigator', storage(true, false))
    expect(await requestPersistence()).toBe('persisted')
    expect(asked).toEqual(['persisted'])
    vi.stubGlobal('navigator', storage(false, true))
    expect(await requestPersistence()).toBe('persisted')
    vi.stubGlobal('navigator', storage(false, false))
    expect(await requestPersistence()).toBe('not-persisted')
    vi.stubGlobal('navigator', storage(false, new Error('denied')))
    expect(await requestPersistence()).toBe('not-persisted')
  })
})
