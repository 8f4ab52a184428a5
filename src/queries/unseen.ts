import { queryOptions } from '@tanstack/react-query'
import { boardKeys } from './keys'

/**
 * What the other side did that the reader of a journal has not seen yet, per week (home, overview and week
 * badges). The reading code is a chunk of its own, loaded with the first badge, so the home page's first
 * script stays small and the badges fill in after the journals are drawn.
 */
export const unseenQuery = (journalId: string) =>
  queryOptions({
    queryKey: boardKeys.unseen(journalId),
    queryFn: async () => (await import('./unseenLoad')).loadUnseen(journalId),
  })
