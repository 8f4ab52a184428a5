import { afterEach, describe, expect, it } from 'vitest'
import { newJournal, newWeek } from '../../src/domain/factories'
import { announce, onRemoteChange, type StorageNotice } from '../../src/storage/channel'
import {
  BrokenRecordError,
  isQuotaError,
  ReadOnlyJournalError,
  StaleWriteError,
} from '../../src/storage/errors'

const others: BroadcastChannel[] = []
afterEach(() => {
  for (const other of others.splice(0)) other.close()
})

/** Another tab's end of the channel. */
function otherTab() {
  const other = new BroadcastChannel('worklog-tracker')
  others.push(other)
  const received: unknown[] = []
  other.onmessage = (event) => received.push(event.data)
  return { other, received }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('notices between tabs', () => {
  it('announces a committed write to the other tabs', async () => {
    const { received } = otherTab()
    announce({ type: 'week', journalId: 'j', number: 3, revision: 2 })
    await settle()
    expect(received).toEqual([{ type: 'week', journalId: 'j', number: 3, revision: 2 }])
  })

  it('hears the other tabs until it unsubscribes', async () => {
    const { other } = otherTab()
    const heard: StorageNotice[] = []
    const stop = onRemoteChange((notice) => heard.push(notice))
    other.postMessage({ type: 'all' })
    await settle()
    stop()
    other.postMessage({ type: 'comments', journalId: 'j' })
    await settle()
    expect(heard).toEqual([{ type: 'all' }])
  })
})

describe('storage errors', () => {
  const week = {
    ...newWeek(
      newJournal({
        owner: 'An',
        mentor: '',
        firstMonday: '2025-10-20',
        plannedWeeks: 12,
        section: 1,
        languages: ['en'],
      }),
      3,
    ),
    revision: 5,
  }

  it('say what happened, with the names code checks', () => {
    const stale = new StaleWriteError(week)
    expect([stale.name, stale.message, stale.current]).toEqual([
      'StaleWriteError',
      'Week 3 was changed elsewhere (now at revision 5).',
      week,
    ])
    const broken = new BrokenRecordError('week', 'j:3', 'revision: expected a number')
    expect([broken.name, broken.message, broken.store, broken.key, broken.problem]).toEqual([
      'BrokenRecordError',
      'The stored week record "j:3" is damaged: revision: expected a number',
      'week',
      'j:3',
      'revision: expected a number',
    ])
    const readOnly = new ReadOnlyJournalError('j')
    expect([readOnly.name, readOnly.message]).toEqual([
      'ReadOnlyJournalError',
      'Journal j is read-only or no longer exists.',
    ])
  })

  it('tell a full disk from other failures', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true)
    expect(isQuotaError(Object.assign(new DOMException('old browsers', 'Error'), {}))).toBe(false)
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false)
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false)
    expect(isQuotaError({ name: 'QuotaExceededError', code: 22 })).toBe(false)
  })
})
