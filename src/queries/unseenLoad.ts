import { unseenByWeek } from '../domain/readState'
import { getJournal, listComments, listWeeks } from '../storage/repository'
import { listSeen } from '../storage/review'

// Loaded by unseen.ts when a badge asks: it reads the weeks, comments and seen marks of a journal, which
// the first page's script need not carry.

/** What the other side did that the reader of this journal has not seen yet, per week. */
export async function loadUnseen(journalId: string): Promise<{ byWeek: Map<number, number>; total: number }> {
  const journal = await getJournal(journalId)
  if (!journal) return { byWeek: new Map(), total: 0 }
  const [weeks, comments, marks] = await Promise.all([
    listWeeks(journalId),
    listComments(journalId),
    listSeen(journalId),
  ])
  return unseenByWeek(journal.readOnly ? 'mentor' : 'intern', weeks.items, comments.items, marks)
}
