import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { buildBoard, type Board } from '../domain/board'
import { todayIso } from '../domain/dates'
import type { Journal, Week } from '../domain/types'
import { listComments, listJournals, listWeeks } from '../storage/repository'
import { boardKeys } from './keys'
import { listAllSeen, markReviewed, markVisited } from '../storage/review'

/**
 * The mentor's screens over the local review copies (imported packages, or journals a sync feeds into
 * the same records): the cohort board, what is new for each side, and the "reviewed" marks.
 */
export { boardKeys }

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

export { unseenQuery } from './unseen'

export const boardQuery = () => queryOptions({ queryKey: boardKeys.all, queryFn: () => loadBoard() })

/** The markdown parser, loaded on first use: the reading view renders the intern's text with it. */
export const markdownParserQuery = () =>
  queryOptions({
    queryKey: ['markdownParser'] as const,
    queryFn: async () => {
      const { parseMarkdown } = await import('../codec/markdownTree')
      return { parse: parseMarkdown }
    },
    structuralSharing: false,
  })

/** The word diff, loaded only when a change is shown. */
export const wordDiffQuery = () =>
  queryOptions({
    queryKey: ['wordDiff'] as const,
    queryFn: async () => {
      const { diffWords } = await import('diff')
      return { diffWords }
    },
    structuralSharing: false,
  })

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
