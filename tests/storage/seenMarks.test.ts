import { beforeEach, describe, expect, it } from 'vitest'
import { newTask, newWeek } from '../../src/domain/factories'
import { db } from '../../src/storage/db'
import { putJournal, saveWeek } from '../../src/storage/repository'
import { decideWeek, listSeen, markReviewed, markSeen, markVisited } from '../../src/storage/review'
import { freshDatabase, storeJournal } from './helpers'

beforeEach(freshDatabase)

async function mentorCopyWithSubmittedWeek() {
  const journal = await storeJournal()
  const week = newWeek(journal, 1)
  week.content.en!.tasks = [newTask(week.monday, 1, 'VPC')]
  const at = '2025-10-24T09:00:00.000Z'
  const saved = await saveWeek(
    { ...week, review: { status: 'submitted', changedAt: at, submittedAt: at } },
    0,
  )
  await putJournal({ ...journal, readOnly: true })
  return { journal, week: saved }
}

describe('seen records (no new database version: the added fields are optional)', () => {
  it('a record written before the fields existed reads as it was, and each mark keeps the others', async () => {
    const { journal, week } = await mentorCopyWithSubmittedWeek()
    // As version 3 wrote it: id, journal, revision only.
    await (await db()).put('seen', { id: week.id, journalId: journal.id, revision: 0 })
    expect(await listSeen(journal.id)).toEqual([{ id: week.id, journalId: journal.id, revision: 0 }])
    await markVisited(week, new Date('2025-10-25T08:00:00.000Z'))
    await markReviewed(week, new Date('2025-10-25T09:00:00.000Z'))
    await markSeen(week)
    const [mark] = await listSeen(journal.id)
    expect(mark).toMatchObject({
      revision: week.revision,
      seenAt: '2025-10-25T08:00:00.000Z',
      reviewed: { revision: week.revision, at: '2025-10-25T09:00:00.000Z' },
    })
    expect(mark!.reviewed!.content.en!.tasks[0]!.title).toBe('VPC')
  })

  it('a decision notes when it was made, and the text decided on counts as reviewed', async () => {
    const { journal, week } = await mentorCopyWithSubmittedWeek()
    await markReviewed(
      { ...week, content: { en: { ...week.content.en!, tasks: [] } } },
      new Date('2025-10-25T09:00:00.000Z'),
    )
    await decideWeek(
      journal.id,
      1,
      { status: 'changes-requested' },
      week.revision,
      new Date('2025-10-26T10:00:00.000Z'),
    )
    const [mark] = await listSeen(journal.id)
    expect(mark!.decidedAt).toBe('2025-10-26T10:00:00.000Z')
    // A resubmission is then marked against what the mentor sent back, not an older reading.
    expect(mark!.reviewed?.at).toBe('2025-10-26T10:00:00.000Z')
    expect(mark!.reviewed!.content.en!.tasks[0]!.title).toBe('VPC')
  })

  it('a refused decision writes no mark', async () => {
    const { journal, week } = await mentorCopyWithSubmittedWeek()
    await expect(decideWeek(journal.id, 1, { status: 'approved' }, week.revision + 1)).rejects.toThrow(
      /changed/,
    )
    expect(await listSeen(journal.id)).toEqual([])
  })
})
