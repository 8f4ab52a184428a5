import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { newJournal, type JournalInput } from '../domain/factories'
import { moveWeek, type JournalSettings } from '../domain/journalSettings'
import type { Journal } from '../domain/types'
import {
  deleteJournal,
  getJournal,
  importBatch,
  listJournals,
  listWeeks,
  listWeekSummaries,
  putJournal,
} from '../storage/repository'
import { journalKeys, summaryKeys } from './keys'

export const journalsQuery = () => queryOptions({ queryKey: journalKeys.all, queryFn: listJournals })

export const journalQuery = (journalId: string) =>
  queryOptions({
    queryKey: journalKeys.detail(journalId),
    queryFn: async () => (await getJournal(journalId)) ?? null,
  })

/** Summaries of every week of every journal, for the home screen's progress. */
export const allSummariesQuery = () =>
  queryOptions({ queryKey: summaryKeys.all, queryFn: () => listWeekSummaries() })

export function useCreateJournal() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: JournalInput) => putJournal(newJournal(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journalKeys.all }),
  })
}

export function useUpdateJournal() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (journal: Journal) => putJournal(journal),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journalKeys.all }),
  })
}

/**
 * Saves new settings of a journal; when its first Monday changes, every stored week moves with it
 * (its Monday and its tasks' dates), all in one transaction.
 */
export function useChangeJournalSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ journal, settings }: { journal: Journal; settings: JournalSettings }) => {
      const next: Journal = { ...journal, ...settings, updatedAt: new Date().toISOString() }
      const moved =
        journal.firstMonday === settings.firstMonday
          ? []
          : (await listWeeks(journal.id)).items.flatMap((week) => {
              // Only weeks that move are written (and take a new revision).
              const next = moveWeek(week, settings.firstMonday)
              return next === week ? [] : [next]
            })
      await importBatch({ journals: [next], weeks: moved, comments: [] })
      return next
    },
    onSuccess: () => queryClient.invalidateQueries(),
  })
}

export function useDeleteJournal() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (journalId: string) => deleteJournal(journalId),
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
