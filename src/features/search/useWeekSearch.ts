import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo, useState } from 'react'
import { buildSearchIndex, searchIndex, type SearchHit } from '../../domain/search'
import { searchCorpusQuery } from '../../queries/search'

/** Results shown at most; a longer list is narrowed by typing more. */
export const RESULT_LIMIT = 50

/**
 * The search over the weeks in scope: the index is built once when the weeks are read, then each
 * keystroke scans it (a deferred query, so typing never waits for the scan).
 */
export function useWeekSearch(journalId: string | null) {
  const corpus = useQuery(searchCorpusQuery(journalId))
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const index = useMemo(() => (corpus.data ? buildSearchIndex(corpus.data.weeks) : []), [corpus.data])
  const hits: SearchHit[] = useMemo(
    () => searchIndex(index, deferredQuery, RESULT_LIMIT + 1),
    [index, deferredQuery],
  )
  const owners = useMemo(
    () => new Map((corpus.data?.journals ?? []).map((journal) => [journal.id, journal.owner])),
    [corpus.data],
  )
  return {
    query,
    setQuery,
    searchedFor: deferredQuery,
    hits: hits.slice(0, RESULT_LIMIT),
    more: hits.length > RESULT_LIMIT,
    owners,
    status: corpus.status,
    error: corpus.error,
  }
}

/** Where a hit opens: its week in its language, with the field to focus (and the task to open first). */
export function hitAddress(hit: SearchHit): string {
  const { journalId, weekNumber, lang, target, taskId } = hit.entry
  const params = new URLSearchParams({ lang, at: target })
  if (taskId) params.set('task', taskId)
  return `/j/${encodeURIComponent(journalId)}/w/${weekNumber}?${params.toString()}`
}
