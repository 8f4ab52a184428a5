import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { buildBoard, type Board } from '../domain/board'
import { todayIso } from '../domain/dates'
import { unseenByWeek } from '../domain/readState'
import { roleIn } from '../domain/review'
import type { Journal, Week } from '../domain/types'
import { getJournal, listComments, listJournals, listWeeks } from '../storage/repository'
import { listAllSeen, listSeen, markReviewed, markVisited } from '../storage/review'

/**
 * The mentor's screens over the local review copies (imported packages, or journals a sync feeds into
 * the same records): the cohort board, what is new for each side, and the "reviewed" marks.
 */
export const boardKeys = {
  all: ['board'] as const,
  unseen: (journalId: string) => ['unseen', journalId] as const,
  unseenAll: ['unseen'] as const,
}

/** Every intern this browser reviews, as board rows sorted most behind first. */
export async function loadBoard(today = todayIso()): Promise<Board> {
  const journals = (await listJournals()).items.filter((j) => j.readOnly)
  const marks = await listAllSeen()
  const inputs = await Promise.all(
    journals.map(async (journal) => ({
      journal,
      weeks: (await listWeeks(journal.id)).items,
      comments: (await listComments(journal.id)).items,
      marks: marks.filter((m) => m.journalId === journal.id),
    })),
  )
  return buildBoard(inputs, today)
}

export const boardQuery = () => queryOptions({ queryKey: boardKeys.all, queryFn: () => loadBoard() })

/** What the other side did that the reader of this journal has not seen yet, per week. */
export async function loadUnseen(journalId: string): Promise<{ byWeek: Map<number, number>; total: number }> {
  const journal = await getJournal(journalId)
  if (!journal) return { byWeek: new Map(), total: 0 }
  const [weeks, comments, marks] = await Promise.all([
    listWeeks(journalId),
    listComments(journalId),
    listSeen(journalId),
  ])
  return unseenByWeek(roleIn(journal), weeks.items, comments.items, marks)
}

export const unseenQuery = (journalId: string) =>
  queryOptions({ queryKey: boardKeys.unseen(journalId), queryFn: () => loadUnseen(journalId) })

/** Opening a week: what is new stays shown for this visit, and is no longer new at the next. */
export function useMarkVisited(journal: Journal) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (week: Pick<Week, 'id' | 'journalId' | 'revision'>) => markVisited(week),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: boardKeys.unseen(journal.id) })
      void queryClient.invalidateQueries({ queryKey: ['seen', journal.id] })
    },
  })
}

/** "Mark reviewed": the week's text as it is now becomes what later changes are marked against. */
export function useMarkReviewed(journalId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (week: Week) => markReviewed(week),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['seen', journalId] }),
  })
}
