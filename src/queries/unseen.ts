import { queryOptions } from '@tanstack/react-query'
import { unseenByWeek } from '../domain/readState'
import { getJournal, listComments, listWeeks } from '../storage/repository'
import { listSeen } from '../storage/review'
import { boardKeys } from './keys'

/** What is new for the person reading a journal here (home, overview and week badges); small, the home page loads it. */

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

export const unseenQuery = (journalId: string) =>
  queryOptions({ queryKey: boardKeys.unseen(journalId), queryFn: () => loadUnseen(journalId) })
