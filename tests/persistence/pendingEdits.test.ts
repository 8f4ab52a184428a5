import { beforeEach, describe, expect, it } from 'vitest'
import { newWeek } from '../../src/domain/factories'
import type { Journal, Week } from '../../src/domain/types'
import { pendingEdits } from '../../src/persistence/pendingEdits'
import { getDraft } from '../../src/storage/drafts'
import { freshDatabase, storeJournal } from '../storage/helpers'

let journal: Journal
let week: Week
const noteKey = () => `worklog:pending:${week.id}`

beforeEach(async () => {
  await freshDatabase()
  localStorage.clear()
  journal = await storeJournal()
  week = newWeek(journal, 2)
})

const edited = (summary: string): Week => ({
  ...week,
  content: { en: { ...week.content.en!, summary } },
})

describe('the pending-edit note, written off the keystroke', () => {
  it('is readable at once and stored right after, the latest edit only', async () => {
    pendingEdits.write({ base: 0, week: edited('a') })
    pendingEdits.write({ base: 0, week: edited('ab') })
    // Not written during the keystroke itself, but already what a recovery reads.
    expect(localStorage.getItem(noteKey())).toBeNull()
    expect(pendingEdits.read(week.id)?.week.content.en?.summary).toBe('ab')
    await new Promise((r) => setTimeout(r, 80))
    expect(JSON.parse(localStorage.getItem(noteKey())!).week.content.en.summary).toBe('ab')
    await expect.poll(async () => (await getDraft(week.id))?.week.content.en?.summary).toBe('ab')
  })

  it('is written at once when the page is left or hidden', () => {
    pendingEdits.write({ base: 0, week: edited('typed just before closing') })
    window.dispatchEvent(new Event('pagehide'))
    expect(JSON.parse(localStorage.getItem(noteKey())!).week.content.en.summary).toBe(
      'typed just before closing',
    )
  })

  it('is not written after the edit was saved (settled) or dropped', async () => {
    pendingEdits.write({ base: 0, week: edited('saved meanwhile') })
    pendingEdits.settle({ ...edited('saved meanwhile'), revision: 1 })
    pendingEdits.write({ base: 0, week: edited('dropped') })
    pendingEdits.clear(week.id)
    await new Promise((r) => setTimeout(r, 80))
    expect(localStorage.getItem(noteKey())).toBeNull()
    expect(pendingEdits.read(week.id)).toBeNull()
  })
})
