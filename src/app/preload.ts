import type { QueryClient } from '@tanstack/react-query'
import { weekId } from '../domain/ids'
import { allSummariesQuery, journalQuery, journalsQuery } from '../queries/journals'
import { commentsQuery, conflictQuery, draftQuery, summariesQuery, weekQuery } from '../queries/weeks'

/**
 * Starts, at boot, what the first screen will need — its lazily loaded code and its IndexedDB reads —
 * side by side, instead of one after the other as React would discover them.
 */
export function preloadFirstScreen(pathname: string, queryClient: QueryClient): void {
  const week = /^\/j\/([^/]+)\/w\/(\d+)\/?$/.exec(pathname)
  const journal = /^\/j\/([^/]+)\/?$/.exec(pathname)
  if (week) {
    const [id, number] = [decodeURIComponent(week[1]), Number(week[2])]
    void import('./routes/WeekRoute')
    void queryClient.prefetchQuery(journalQuery(id))
    void queryClient.prefetchQuery(weekQuery(id, number))
    void queryClient.prefetchQuery(conflictQuery(weekId(id, number)))
    void queryClient.prefetchQuery(draftQuery(weekId(id, number)))
    void queryClient.prefetchQuery(commentsQuery(id))
  } else if (journal) {
    const id = decodeURIComponent(journal[1])
    void import('./routes/OverviewRoute')
    void queryClient.prefetchQuery(journalQuery(id))
    void queryClient.prefetchQuery(summariesQuery(id))
  } else if (pathname === '/') {
    void queryClient.prefetchQuery(journalsQuery())
    void queryClient.prefetchQuery(allSummariesQuery())
  }
}
