import { queryOptions } from '@tanstack/react-query'
import type { Journal, Week } from '../domain/types'
import { getJournal, listJournals, listWeeks } from '../storage/repository'
import { searchKeys } from './keys'

/** What the search looks through: the journals in scope and all their stored weeks. */
export interface SearchCorpus {
  journals: Journal[]
  weeks: Week[]
}

async function readCorpus(journalId: string | null): Promise<SearchCorpus> {
  const journals = journalId
    ? [await getJournal(journalId)].filter((j): j is Journal => j !== undefined)
    : (await listJournals()).items
  const weeks = await Promise.all(journals.map(async (journal) => (await listWeeks(journal.id)).items))
  return { journals, weeks: weeks.flat() }
}

/**
 * The weeks of one journal (inside a journal) or of every journal (elsewhere), read afresh each time the
 * search opens so that what was just typed is found.
 */
export const searchCorpusQuery = (journalId: string | null) =>
  queryOptions({
    queryKey: searchKeys.weeks(journalId),
    queryFn: () => readCorpus(journalId),
    staleTime: 0,
    gcTime: 0,
  })
