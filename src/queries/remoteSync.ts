import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { onRemoteChange } from '../storage/channel'
import { boardKeys, commentKeys, journalKeys, summaryKeys, weekKeys } from './keys'

/** Refreshes what this tab shows when another tab commits a write. */
export function useRemoteSync(): void {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      onRemoteChange((notice) => {
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
      }),
    [queryClient],
  )
}
