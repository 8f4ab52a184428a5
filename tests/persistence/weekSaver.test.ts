import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addDaysIso } from '../../src/domain/dates'
import { newTask, newWeek } from '../../src/domain/factories'
import { moveWeek } from '../../src/domain/journalSettings'
import type { Journal, Week } from '../../src/domain/types'
import { pendingEdits } from '../../src/persistence/pendingEdits'
import { recoverWeek } from '../../src/persistence/recovery'
import { SAVE_DELAY_MS, WeekSaver, type SaveStatus } from '../../src/persistence/weekSaver'
import { getConflict, getDraft } from '../../src/storage/drafts'
import { getWeek, importBatch, putJournal, saveWeek } from '../../src/storage/repository'
import { freshDatabase, storeJournal } from '../storage/helpers'

let journal: Journal
let savers: WeekSaver[] = []

beforeEach(async () => {
  await freshDatabase()
  localStorage.clear()
  journal = await storeJournal()
})

afterEach(() => {
  savers.forEach((s) => s.dispose())
  savers = []
  vi.useRealTimers()
  vi.restoreAllMocks()
})

const withSummary = (week: Week, summary: string): Week => ({
  ...week,
  content: { ...week.content, en: { ...week.content.en!, summary } },
})

/** Lets IndexedDB (fake-indexeddb runs on setImmediate, which stays real) finish what it is doing. */
async function until(condition: () => boolean | Promise<boolean>, what = 'condition'): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await condition()) return
    await new Promise((resolve) => setImmediate(resolve))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

function startSaver(initial: Week, dirty = false) {
  const statuses: SaveStatus[] = []
  const saved: Week[] = []
  const saver = new WeekSaver(initial, dirty, {
    onStatus: (s) => statuses.push(s),
    onSaved: (w) => saved.push(w),
  })
  savers.push(saver)
  const last = () => statuses.at(-1)?.kind
  return { saver, statuses, saved, last }
}

const storedSummary = async (number = 1) => (await getWeek(journal.id, number))?.content.en?.summary

describe('WeekSaver autosave', () => {
  it('saves once, after the debounce has run out since the last edit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { saver, last, saved } = startSaver(newWeek(journal, 1))
    const save = vi.spyOn(await import('../../src/storage/repository'), 'saveWeek')

    saver.edit(withSummary(saver.current, 'L'))
    expect(last()).toBe('pending')
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1)
    saver.edit(withSummary(saver.current, 'Learned VPC'))
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1)
    await new Promise((resolve) => setImmediate(resolve))
    expect(await getWeek(journal.id, 1)).toBeUndefined()
    expect(save).not.toHaveBeenCalled()

    vi.advanceTimersByTime(1)
    await until(() => last() === 'saved', 'saved')
    expect(save).toHaveBeenCalledTimes(1)
    const stored = await getWeek(journal.id, 1)
    expect(stored).toMatchObject({ revision: 1 })
    expect(stored!.content.en!.summary).toBe('Learned VPC')
    expect(saved.map((w) => w.revision)).toEqual([1])
    expect(saver.hasUnsavedChanges).toBe(false)
  })

  it('writes the pending note on every edit, before any save, and clears it once committed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const week = newWeek(journal, 1)
    const { saver, last } = startSaver(week)

    saver.edit(withSummary(week, 'first'))
    expect(pendingEdits.read(week.id)).toMatchObject({ base: 0 })
    expect(pendingEdits.read(week.id)!.week.content.en!.summary).toBe('first')
    saver.edit(withSummary(week, 'second'))
    expect(pendingEdits.read(week.id)!.week.content.en!.summary).toBe('second')

    vi.advanceTimersByTime(SAVE_DELAY_MS)
    await until(() => last() === 'saved', 'saved')
    expect(pendingEdits.read(week.id)).toBeNull()

    // The next edit is noted against the revision just saved.
    saver.edit(withSummary(saver.current, 'third'))
    expect(pendingEdits.read(week.id)).toMatchObject({ base: 1 })
  })

  it('saves an edit typed while a save was running, on top of that save', async () => {
    const week = newWeek(journal, 1)
    const { saver } = startSaver(week)
    saver.edit(withSummary(week, 'one'))
    const first = saver.flush()
    saver.edit(withSummary(saver.current, 'one two'))
    await first
    await saver.flush()
    const stored = await getWeek(journal.id, 1)
    expect(stored).toMatchObject({ revision: 2 })
    expect(stored!.content.en!.summary).toBe('one two')
    expect(pendingEdits.read(week.id)).toBeNull()
    expect(saver.hasUnsavedChanges).toBe(false)
  })

  it('a saver opened with a recovered edit saves it without a new keystroke', async () => {
    const stored = await saveWeek(newWeek(journal, 1), 0)
    pendingEdits.write({ base: 1, week: withSummary(stored, 'typed before the tab closed') })
    const recovered = recoverWeek(stored, newWeek(journal, 1))
    const { last } = startSaver(recovered.draft, recovered.dirty)
    await until(() => last() === 'saved', 'saved')
    expect(await storedSummary()).toBe('typed before the tab closed')
    expect(pendingEdits.read(stored.id)).toBeNull()
  })
})

describe('recoverWeek', () => {
  it('opens the stored week when no edit is pending', async () => {
    const stored = await saveWeek(newWeek(journal, 1), 0)
    expect(recoverWeek(stored, newWeek(journal, 1))).toEqual({ draft: stored, dirty: false })
  })

  it('takes a pending edit made on the stored revision as a dirty draft', async () => {
    const stored = await saveWeek(newWeek(journal, 1), 0)
    pendingEdits.write({ base: 1, week: withSummary(stored, 'unsaved') })
    const result = recoverWeek(stored, newWeek(journal, 1))
    expect(result.dirty).toBe(true)
    expect(result.theirs).toBeUndefined()
    expect(result.draft.revision).toBe(1)
    expect(result.draft.content.en!.summary).toBe('unsaved')
  })

  it('takes a pending edit of a week never stored as a dirty draft', () => {
    const placeholder = newWeek(journal, 3)
    pendingEdits.write({ base: 0, week: withSummary(placeholder, 'first words') })
    const result = recoverWeek(null, newWeek(journal, 3))
    expect(result).toMatchObject({ dirty: true })
    expect(result.draft.content.en!.summary).toBe('first words')
  })

  it('clears a pending edit that was committed before the tab closed', async () => {
    const base = await saveWeek(newWeek(journal, 1), 0)
    const edited = withSummary(base, 'committed')
    pendingEdits.write({ base: 1, week: edited })
    const stored = await saveWeek(edited, 1)
    const result = recoverWeek(stored, newWeek(journal, 1))
    expect(result).toEqual({ draft: stored, dirty: false })
    expect(pendingEdits.read(stored.id)).toBeNull()
  })

  it('reports a pending edit on an older revision as a conflict with the stored week', async () => {
    const base = await saveWeek(newWeek(journal, 1), 0)
    pendingEdits.write({ base: 1, week: withSummary(base, 'mine') })
    const stored = await saveWeek(withSummary(base, 'from another tab'), 1)
    const result = recoverWeek(stored, newWeek(journal, 1))
    expect(result.dirty).toBe(true)
    expect(result.theirs).toEqual(stored)
    expect(result.draft.revision).toBe(1)
    expect(result.draft.content.en!.summary).toBe('mine')
    // The note stays until the user chooses.
    expect(pendingEdits.read(stored.id)).not.toBeNull()
  })

  it('keeps such a conflict in storage and leaves the newer stored week alone', async () => {
    const base = await saveWeek(newWeek(journal, 1), 0)
    pendingEdits.write({ base: 1, week: withSummary(base, 'mine') })
    const stored = await saveWeek(withSummary(base, 'from another tab'), 1)
    const recovered = recoverWeek(stored, newWeek(journal, 1))
    const { saver, last } = startSaver(recovered.draft, recovered.dirty)
    await saver.keepConflict(recovered.theirs!)
    await saver.flush()
    await until(() => last() === 'conflict', 'conflict')
    const conflict = await getConflict(stored.id)
    expect(conflict).toMatchObject({ theirsRevision: 2 })
    expect(conflict!.mine.content.en!.summary).toBe('mine')
    expect(await getWeek(journal.id, 1)).toEqual(stored)
  })
})

describe('WeekSaver conflicts', () => {
  async function staleSave() {
    const base = await saveWeek(withSummary(newWeek(journal, 1), 'base'), 0)
    const run = startSaver(base)
    // Another tab saves first.
    const theirs = await saveWeek(withSummary(base, 'theirs'), 1)
    run.saver.edit(withSummary(run.saver.current, 'mine'))
    await run.saver.flush()
    return { ...run, theirs }
  }

  it('a stale save becomes a conflict record and the newer stored week stays intact', async () => {
    const { statuses, theirs, saver } = await staleSave()
    const status = statuses.at(-1)!
    expect(status.kind).toBe('conflict')
    expect(status.kind === 'conflict' && status.theirs).toEqual(theirs)
    const conflict = await getConflict(theirs.id)
    expect(conflict).toMatchObject({ journalId: journal.id, number: 1, theirsRevision: 2 })
    expect(conflict!.mine.content.en!.summary).toBe('mine')
    expect(await getWeek(journal.id, 1)).toEqual(theirs)
    expect(saver.hasUnsavedChanges).toBe(true)
    expect(pendingEdits.read(theirs.id)!.week.content.en!.summary).toBe('mine')
  })

  it('does not save edits made during a conflict, but keeps them in the conflict record', async () => {
    const { saver, theirs } = await staleSave()
    saver.edit(withSummary(saver.current, 'mine, typed on'))
    await saver.flush()
    expect(await getWeek(journal.id, 1)).toEqual(theirs)
    // A reopened tab offers the conflict record's version: it must hold the latest edit.
    await until(
      async () => (await getConflict(theirs.id))?.mine.content.en?.summary === 'mine, typed on',
      'conflict update',
    )
  })

  it("resolve('mine') saves this tab's edit over the stored week and drops the conflict", async () => {
    const { saver, theirs, last, saved } = await staleSave()
    await saver.resolve('mine', theirs)
    expect(last()).toBe('saved')
    const stored = await getWeek(journal.id, 1)
    expect(stored).toMatchObject({ revision: 3 })
    expect(stored!.content.en!.summary).toBe('mine')
    expect(await getConflict(theirs.id)).toBeUndefined()
    expect(pendingEdits.read(theirs.id)).toBeNull()
    expect(saved.at(-1)!.revision).toBe(3)
  })

  it("resolve('theirs') drops this tab's edit, keeps the stored week and drops the conflict", async () => {
    const { saver, theirs, last } = await staleSave()
    await saver.resolve('theirs', theirs)
    expect(last()).toBe('saved')
    expect(saver.current).toEqual(theirs)
    expect(saver.hasUnsavedChanges).toBe(false)
    expect(await getWeek(journal.id, 1)).toEqual(theirs)
    expect(await getConflict(theirs.id)).toBeUndefined()
    expect(pendingEdits.read(theirs.id)).toBeNull()
    // Later edits save on top of the version kept.
    saver.edit(withSummary(saver.current, 'after choosing theirs'))
    await saver.flush()
    expect(await getWeek(journal.id, 1)).toMatchObject({ revision: 3 })
    expect(await storedSummary()).toBe('after choosing theirs')
  })
})

describe('WeekSaver failures', () => {
  /** Makes every IndexedDB put fail as a full disk does, until `stop` is called. */
  function fillTheDisk() {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    return { put, stop: () => put.mockRestore() }
  }

  it('retries a save that hit the quota, keeps the draft, and saves once space is back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const week = newWeek(journal, 1)
    const { saver, statuses, last } = startSaver(week)
    const disk = fillTheDisk()

    saver.edit(withSummary(week, 'precious'))
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    await until(() => last() === 'retrying', 'retrying')
    expect(statuses.at(-1)).toMatchObject({ kind: 'retrying', reason: 'quota' })
    expect(saver.current.content.en!.summary).toBe('precious')
    expect(saver.hasUnsavedChanges).toBe(true)
    expect(pendingEdits.read(week.id)!.week.content.en!.summary).toBe('precious')
    expect(await getWeek(journal.id, 1)).toBeUndefined()

    // Backs off: 1 s, then 2 s.
    const attempts = () => disk.put.mock.calls.length
    const first = attempts()
    vi.advanceTimersByTime(999)
    await new Promise((resolve) => setImmediate(resolve))
    expect(attempts()).toBe(first)
    vi.advanceTimersByTime(1)
    await until(() => attempts() > first, 'second attempt')
    await until(() => last() === 'retrying', 'retrying again')
    const second = attempts()
    vi.advanceTimersByTime(1999)
    await new Promise((resolve) => setImmediate(resolve))
    expect(attempts()).toBe(second)

    disk.stop()
    vi.advanceTimersByTime(1)
    await until(() => last() === 'saved', 'saved')
    expect(await storedSummary()).toBe('precious')
    expect(pendingEdits.read(week.id)).toBeNull()
    expect(saver.hasUnsavedChanges).toBe(false)
  })

  it('reports other storage errors as retrying with reason error', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const repository = await import('../../src/storage/repository')
    const save = vi.spyOn(repository, 'saveWeek').mockRejectedValueOnce(new Error('The disk went away'))
    const week = newWeek(journal, 1)
    const { saver, statuses, last } = startSaver(week)
    saver.edit(withSummary(week, 'kept'))
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    await until(() => last() === 'retrying', 'retrying')
    expect(statuses.at(-1)).toMatchObject({
      kind: 'retrying',
      reason: 'error',
      message: 'The disk went away',
    })
    vi.advanceTimersByTime(1000)
    await until(() => last() === 'saved', 'saved')
    expect(save).toHaveBeenCalledTimes(2)
    expect(await storedSummary()).toBe('kept')
  })

  it('a read-only journal stops saving', async () => {
    await putJournal({ ...journal, readOnly: true })
    const week = newWeek(journal, 1)
    const { saver, last } = startSaver(week)
    saver.edit(withSummary(week, 'not allowed'))
    await saver.flush()
    expect(last()).toBe('read-only')
    expect(await getWeek(journal.id, 1)).toBeUndefined()
  })
})

describe('the IndexedDB draft', () => {
  it('holds an edit within moments, before the debounced save, and goes when the save commits', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { saver, last } = startSaver(newWeek(journal, 1))
    saver.edit(withSummary(saver.current, 'typed just before the browser was killed'))
    await until(
      async () =>
        (await getDraft(`${journal.id}:1`))?.week.content.en?.summary ===
        'typed just before the browser was killed',
      'the draft',
    )
    expect(await getWeek(journal.id, 1)).toBeUndefined()

    vi.advanceTimersByTime(SAVE_DELAY_MS)
    await until(() => last() === 'saved', 'the save')
    expect(await storedSummary()).toBe('typed just before the browser was killed')
    // The draft becomes the saved week: it outdates any older note, and recovers as nothing unsaved.
    await until(async () => (await getDraft(`${journal.id}:1`))?.base === 1, 'the settled draft')
    const stored = (await getWeek(journal.id, 1))!
    const settled = (await getDraft(`${journal.id}:1`))!
    // As Chromium may leave it on disk after a kill: an older note whose removal was never written.
    const staleNote = { base: 0, week: withSummary(stored, 'an older note not yet removed from disk'), at: 1 }
    localStorage.setItem(`worklog:pending:${stored.id}`, JSON.stringify(staleNote))
    expect(recoverWeek(stored, newWeek(journal, 1), settled).dirty).toBe(false)
  })

  it('is recovered on opening when the localStorage note was lost with the browser', () => {
    const placeholder = newWeek(journal, 1)
    const draft = { base: 0, week: withSummary(placeholder, 'from the draft'), at: Date.now() }
    const recovered = recoverWeek(null, placeholder, draft)
    expect(recovered.dirty).toBe(true)
    expect(recovered.draft.content.en?.summary).toBe('from the draft')
  })

  it('gives way to a newer localStorage note', () => {
    const placeholder = newWeek(journal, 1)
    pendingEdits.write({ base: 0, week: withSummary(placeholder, 'newer note'), at: 2_000 })
    const recovered = recoverWeek(null, placeholder, {
      base: 0,
      week: withSummary(placeholder, 'older draft'),
      at: 1_000,
    })
    expect(recovered.draft.content.en?.summary).toBe('newer note')
  })
})

describe('two tabs saving the same text', () => {
  it('is no conflict: the second tab takes the stored week as its own', async () => {
    const stored = await saveWeek(newWeek(journal, 1), 0)
    const same = withSummary(stored, 'recovered in both tabs after a crash')
    await saveWeek(same, stored.revision) // the other tab was first
    const { saver, last, statuses } = startSaver(same, true)
    await until(() => last() === 'saved' || last() === 'conflict', 'the save')
    expect(last()).toBe('saved')
    expect(statuses.map((s) => s.kind)).not.toContain('conflict')
    expect(saver.current.revision).toBe(stored.revision + 1)
    expect(await getConflict(stored.id)).toBeUndefined()
  })
})

describe('a settled draft', () => {
  it('is no edit: a week changed since by another writer (feedback, another tab) opens as stored', () => {
    const placeholder = newWeek(journal, 1)
    const savedHere = { ...withSummary(placeholder, 'saved here'), revision: 2 }
    const changedSince = { ...savedHere, revision: 3, review: { status: 'approved' as const } }
    const settled = { base: 2, week: savedHere, at: Date.now(), settled: true }
    const recovered = recoverWeek(changedSince, placeholder, settled)
    expect(recovered).toEqual({ draft: changedSince, dirty: false })
  })
})

describe('a week moved by a new first Monday of its journal', () => {
  it('moves an edit made before the move the same way and saves it on top, with no conflict', async () => {
    const week = newWeek(journal, 1)
    const task = newTask(week.monday, 2, 'VPC')
    const base = await saveWeek({ ...week, content: { en: { ...week.content.en!, tasks: [task] } } }, 0)
    const run = startSaver(base)
    // Another tab changes the journal's first Monday a week earlier: the stored week moves.
    const moved = moveWeek(base, addDaysIso(journal.firstMonday, -7))
    expect(moved.revision).toBe(base.revision + 1)
    await importBatch({ journals: [], weeks: [moved], comments: [] })

    run.saver.edit(withSummary(run.saver.current, 'mine'))
    await run.saver.flush()
    await until(async () => (await storedSummary()) === 'mine', 'the edit saved')
    const stored = (await getWeek(journal.id, 1))!
    expect(stored.monday).toBe(moved.monday)
    expect(stored.revision).toBe(moved.revision + 1)
    expect(stored.content.en!.tasks[0]).toMatchObject({
      day: 2,
      startDate: addDaysIso(task.startDate, -7),
      completionDate: addDaysIso(task.completionDate, -7),
    })
    expect(run.statuses.map((s) => s.kind)).not.toContain('conflict')
    expect(await getConflict(base.id)).toBeUndefined()
  })

  it('still keeps a conflict when the other tab changed more than the dates', async () => {
    const base = await saveWeek(withSummary(newWeek(journal, 1), 'base'), 0)
    const run = startSaver(base)
    const moved = moveWeek(withSummary(base, 'theirs'), addDaysIso(journal.firstMonday, 7))
    await importBatch({ journals: [], weeks: [moved], comments: [] })
    run.saver.edit(withSummary(run.saver.current, 'mine'))
    await run.saver.flush()
    expect(run.last()).toBe('conflict')
    expect(await storedSummary()).toBe('theirs')
  })
})

describe('a week never stored when the first Monday changes', () => {
  it('moves its draft and its edit to the new Monday, and saves it there', async () => {
    const week = newWeek(journal, 2)
    const task = newTask(week.monday, 3, 'VPC')
    const run = startSaver(week)
    run.saver.edit({ ...week, content: { en: { ...week.content.en!, tasks: [task] } } })
    const monday = addDaysIso(week.monday, 14)
    expect(run.saver.moveUnstored(monday)).toBe(true)
    expect(run.saver.moveUnstored(monday)).toBe(false)
    await run.saver.flush()
    const stored = (await getWeek(journal.id, 2))!
    expect(stored.monday).toBe(monday)
    expect(stored.content.en!.tasks[0]).toMatchObject({ day: 3, startDate: addDaysIso(task.startDate, 14) })
  })

  it('leaves a stored week to its stored version', async () => {
    const base = await saveWeek(withSummary(newWeek(journal, 1), 'base'), 0)
    const run = startSaver(base)
    expect(run.saver.moveUnstored(addDaysIso(base.monday, 7))).toBe(false)
    expect(run.saver.current.monday).toBe(base.monday)
  })
})
