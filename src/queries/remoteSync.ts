import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { onRemoteChange, type StorageNotice } from '../storage/channel'
import { boardKeys, commentKeys, journalKeys, summaryKeys, weekKeys } from './keys'

/** Refreshes what a notice of a committed write changed (another tab's, or this tab's sync). */
export function refreshFor(queryClient: QueryClient, notice: StorageNotice): void {
  switch (notice.type) {
    case 'week':
      void queryClient.invalidateQueries({ queryKey: weekKeys.detail(notice.journalId, notice.number) })
      void queryClient.invalidateQueries({ queryKey: summaryKeys.all })
      void queryClient.invalidateQueries({ queryKey: boardKeys.all })
      void queryClient.invalidateQueries({ queryKey: boardKeys.unseen(notice.journalId) })
      break
    case 'journal':
      void queryClient.invalidateQueries({ queryKey: journalKeys.all })
      break
    case 'comments':
      void queryClient.invalidateQueries({ queryKey: commentKeys.list(notice.journalId) })
      void queryClient.invalidateQueries({ queryKey: boardKeys.all })
      void queryClient.invalidateQueries({ queryKey: boardKeys.unseen(notice.journalId) })
      break
    case 'all':
      void queryClient.invalidateQueries()
  }
}

/** Refreshes what this tab shows when another tab commits a write. */
export function useRemoteSync(): void {
  const queryClient = useQueryClient()
  useEffect(() => onRemoteChange((notice) => refreshFor(queryClient, notice)), [queryClient])
}
