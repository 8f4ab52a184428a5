import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { weekId } from '../../domain/ids'
import { conflictQuery, draftQuery, weekQuery } from '../../queries/weeks'

/** The weeks either side are read ahead, so that "Next week" and "Previous week" open without a wait. */
export function useNeighbourWeeks(journalId: string, number: number): void {
  const queryClient = useQueryClient()
  useEffect(() => {
    const timer = setTimeout(() => {
      for (const n of [number + 1, number - 1]) {
        if (n < 1) continue
        void queryClient.prefetchQuery(weekQuery(journalId, n))
        void queryClient.prefetchQuery(conflictQuery(weekId(journalId, n)))
        void queryClient.prefetchQuery(draftQuery(weekId(journalId, n)))
      }
    }, 0)
    return () => clearTimeout(timer)
  }, [queryClient, journalId, number])
}
