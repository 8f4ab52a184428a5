import { queryOptions } from '@tanstack/react-query'
import { getConflict, getDraft } from '../storage/drafts'
import { getWeek, listComments, listWeekSummaries } from '../storage/repository'
import { commentKeys, conflictKeys, draftKeys, summaryKeys, weekKeys } from './keys'

export const summariesQuery = (journalId: string) =>
  queryOptions({ queryKey: summaryKeys.list(journalId), queryFn: () => listWeekSummaries(journalId) })

/** The stored week, or null when it has never been saved. */
export const weekQuery = (journalId: string, number: number) =>
  queryOptions({
    queryKey: weekKeys.detail(journalId, number),
    queryFn: async () => (await getWeek(journalId, number)) ?? null,
  })

export const conflictQuery = (weekId: string) =>
  queryOptions({
    queryKey: conflictKeys.detail(weekId),
    queryFn: async () => (await getConflict(weekId)) ?? null,
  })

/** The review comments of a journal, shown beside their weeks, tasks and items. */
export const commentsQuery = (journalId: string) =>
  queryOptions({
    queryKey: commentKeys.list(journalId),
    queryFn: async () => (await listComments(journalId)).items,
  })

/**
 * An unsaved edit left in IndexedDB by a tab that closed or was killed before saving it. Read ahead
 * with the week; the editor sets it to null once its own save has taken the edit in.
 */
export const draftQuery = (weekId: string) =>
  queryOptions({
    queryKey: draftKeys.detail(weekId),
    queryFn: async () => (await getDraft(weekId)) ?? null,
    staleTime: 0,
  })
