import {
  describeIssues,
  JournalSchema,
  ReviewCommentSchema,
  WeekSchema,
  WeekSummarySchema,
} from '../domain/schema'
import type { Journal, ReviewComment, Week, WeekSummary } from '../domain/types'
import { weekId } from '../domain/ids'
import { announce } from './channel'
import { db } from './db'
import { BrokenRecordError, ReadOnlyJournalError, StaleWriteError } from './errors'
import { abort } from './transactions'
import { deleteWeekRecord, putWeekRecord } from './weekRecords'

/** What a list read found: the valid documents, and the damaged ones reported by key. */
export interface Loaded<T> {
  items: T[]
  broken: BrokenRecordError[]
}

interface Parser<T> {
  safeParse(
    raw: unknown,
  ): { success: true; data: T } | { success: false; error: Parameters<typeof describeIssues>[0] }
}

function restore<T>(schema: Parser<T>, store: string, key: string, raw: unknown): T {
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw new BrokenRecordError(store, key, describeIssues(parsed.error))
  return parsed.data
}

function restoreAll<T>(schema: Parser<T>, store: string, raws: unknown[]): Loaded<T> {
  const loaded: Loaded<T> = { items: [], broken: [] }
  for (const raw of raws) {
    const key = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : '?'
    const parsed = schema.safeParse(raw)
    if (parsed.success) loaded.items.push(parsed.data)
    else loaded.broken.push(new BrokenRecordError(store, key, describeIssues(parsed.error)))
  }
  return loaded
}

export async function listJournals(): Promise<Loaded<Journal>> {
  const loaded = restoreAll(JournalSchema, 'journal', await (await db()).getAll('journals'))
  loaded.items.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  return loaded
}

export async function getJournal(id: string): Promise<Journal | undefined> {
  const raw = await (await db()).get('journals', id)
  return raw === undefined ? undefined : restore(JournalSchema, 'journal', id, raw)
}

export async function putJournal(journal: Journal): Promise<Journal> {
  const saved = { ...journal, updatedAt: new Date().toISOString() }
  await (await db()).put('journals', JournalSchema.parse(saved))
  announce({ type: 'journal', journalId: journal.id })
  return saved
}

/** Every store that holds records of one journal, found by its `byJournal` index. */
const JOURNAL_STORES = [
  'weeks',
  'weekSummaries',
  'comments',
  'conflicts',
  'snapshots',
  'seen',
  'drafts',
] as const

/**
 * What a restore keeps of a journal it replaces: this browser's own history of it (snapshots and a
 * mentor's seen marks) and its unsaved drafts, which a backup never holds.
 */
const KEPT_ON_RESTORE: readonly (typeof JOURNAL_STORES)[number][] = ['snapshots', 'seen', 'drafts']
const REPLACED_ON_RESTORE = JOURNAL_STORES.filter((store) => !KEPT_ON_RESTORE.includes(store))

/** Deletes a journal with every record of it, in one transaction. */
export async function deleteJournal(id: string): Promise<void> {
  const database = await db()
  // The site folder record is keyed by the journal id (one folder per journal), not found by an index.
  const tx = database.transaction(['journals', 'siteFolders', 'syncLinks', ...JOURNAL_STORES], 'readwrite')
  await tx.objectStore('journals').delete(id)
  await tx.objectStore('siteFolders').delete(id)
  // A journal deleted here is no longer kept in step with a server (which would otherwise bring it back).
  await tx.objectStore('syncLinks').delete(id)
  for (const store of JOURNAL_STORES) {
    const keys = await tx.objectStore(store).index('byJournal').getAllKeys(id)
    for (const key of keys) await tx.objectStore(store).delete(key)
  }
  await tx.done
  announce({ type: 'journal', journalId: id })
}

/** The light per-week summaries of one journal (or of all), for the overview and home screens. */
export async function listWeekSummaries(journalId?: string): Promise<Loaded<WeekSummary>> {
  const database = await db()
  const raws = journalId
    ? await database.getAllFromIndex('weekSummaries', 'byJournal', journalId)
    : await database.getAll('weekSummaries')
  const loaded = restoreAll(WeekSummarySchema, 'week summary', raws)
  loaded.items.sort((a, b) => a.number - b.number)
  return loaded
}

export async function getWeek(journalId: string, number: number): Promise<Week | undefined> {
  const id = weekId(journalId, number)
  const raw = await (await db()).get('weeks', id)
  return raw === undefined ? undefined : restore(WeekSchema, 'week', id, raw)
}

export async function listWeeks(journalId: string): Promise<Loaded<Week>> {
  const loaded = restoreAll(
    WeekSchema,
    'week',
    await (await db()).getAllFromIndex('weeks', 'byJournal', journalId),
  )
  loaded.items.sort((a, b) => a.number - b.number)
  return loaded
}

/**
 * Saves a week edit made on top of `expectedRevision`. One transaction writes the week and its
 * overview summary; a stored revision other than the expected one means another tab saved first,
 * and the save is refused with the stored week so that nothing is overwritten silently.
 */
export async function saveWeek(week: Week, expectedRevision: number): Promise<Week> {
  const database = await db()
  const tx = database.transaction(['journals', 'weeks', 'weekSummaries'], 'readwrite')
  // One round of small reads, then one of writes: the stored revision is read from the week's summary
  // (written with the week in every transaction that writes one), not from the whole week; the week
  // itself is read only when the summary is missing or the save is refused.
  const [journal, summary] = await Promise.all([
    tx.objectStore('journals').get(week.journalId),
    tx.objectStore('weekSummaries').get(week.id),
  ])
  // A journal deleted (in another tab) takes no more saves; the edit stays in the pending note.
  if (!journal || journal.readOnly) {
    abort(tx)
    throw new ReadOnlyJournalError(week.journalId)
  }
  const currentRevision =
    typeof summary?.revision === 'number'
      ? summary.revision
      : ((await tx.objectStore('weeks').get(week.id))?.revision ?? 0)
  if (currentRevision !== expectedRevision) {
    const raw = await tx.objectStore('weeks').get(week.id)
    abort(tx)
    throw new StaleWriteError(restore(WeekSchema, 'week', week.id, raw))
  }
  const saved: Week = { ...week, revision: expectedRevision + 1, updatedAt: new Date().toISOString() }
  // The draft of the edit is deleted by the saver afterwards; one left behind by a crash in between
  // holds the same text as the saved week and is recognised as such on recovery.
  await putWeekRecord(tx, saved)
  await tx.done
  announce({ type: 'week', journalId: week.journalId, number: week.number, revision: saved.revision })
  return saved
}

export async function listComments(journalId: string): Promise<Loaded<ReviewComment>> {
  const raws = await (await db()).getAllFromIndex('comments', 'byJournal', journalId)
  const loaded = restoreAll(ReviewCommentSchema, 'comment', raws)
  loaded.items.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  return loaded
}

export async function putComments(comments: ReviewComment[]): Promise<void> {
  // Every comment is checked before the first is written: a bad one in the middle leaves none written.
  const valid = comments.map((c) => ReviewCommentSchema.parse(c))
  const tx = (await db()).transaction('comments', 'readwrite')
  await Promise.all(valid.map((c) => tx.store.put(c)))
  await tx.done
  for (const journalId of new Set(comments.map((c) => c.journalId))) announce({ type: 'comments', journalId })
}

/** Everything, for a backup. */
export async function readEverything(): Promise<{
  journals: Journal[]
  weeks: Week[]
  comments: ReviewComment[]
}> {
  const database = await db()
  const tx = database.transaction(['journals', 'weeks', 'comments'], 'readonly')
  const [journals, weeks, comments] = await Promise.all([
    tx.objectStore('journals').getAll(),
    tx.objectStore('weeks').getAll(),
    tx.objectStore('comments').getAll(),
  ])
  return {
    journals: restoreAll(JournalSchema, 'journal', journals).items,
    weeks: restoreAll(WeekSchema, 'week', weeks).items,
    comments: restoreAll(ReviewCommentSchema, 'comment', comments).items,
  }
}

export interface ImportBatch {
  journals: Journal[]
  weeks: Week[]
  comments: ReviewComment[]
  /** Week ids to delete first (a week replaced by an imported one). */
  replaceWeekIds?: string[]
  /** Journals whose stored weeks, comments and conflicts are deleted first (a journal replaced by a restore). */
  replaceJournalIds?: string[]
}

/**
 * Writes an import or a restore in one transaction: every document is validated first, and any
 * failure aborts the whole transaction, so the database is left exactly as it was.
 */
export async function importBatch(batch: ImportBatch): Promise<void> {
  const journals = batch.journals.map((j) => JournalSchema.parse(j))
  const weeks = batch.weeks.map((w) => WeekSchema.parse(w))
  const comments = batch.comments.map((c) => ReviewCommentSchema.parse(c))
  const database = await db()
  const tx = database.transaction(['journals', ...REPLACED_ON_RESTORE], 'readwrite')
  try {
    for (const journalId of batch.replaceJournalIds ?? []) {
      for (const store of REPLACED_ON_RESTORE) {
        for (const key of await tx.objectStore(store).index('byJournal').getAllKeys(journalId))
          await tx.objectStore(store).delete(key)
      }
    }
    for (const id of batch.replaceWeekIds ?? []) await deleteWeekRecord(tx, id)
    for (const journal of journals) await tx.objectStore('journals').put(journal)
    for (const week of weeks) await putWeekRecord(tx, week)
    for (const comment of comments) await tx.objectStore('comments').put(comment)
    await tx.done
  } catch (error) {
    abort(tx)
    throw error
  }
  announce({ type: 'all' })
}
