import { useMutation, useQueryClient } from '@tanstack/react-query'
import { carryInto } from '../domain/carryOver'
import { newWeek } from '../domain/factories'
import type { Journal, Lang, Objective, Task, Week } from '../domain/types'
import { getWeek, saveWeek } from '../storage/repository'
import { summaryKeys, weekKeys } from './keys'

export interface CarryOverInput {
  journal: Journal
  fromNumber: number
  lang: Lang
  tasks: Task[]
  objectives: Objective[]
  /** Every language version of the week carried from (the next week gets each one's text). */
  from?: Week['content']
}

/** Starts (or adds to) the next week with what the user picked from this one; one save of that week. */
export async function carryOver({ journal, fromNumber, lang, tasks, objectives, from }: CarryOverInput) {
  const number = fromNumber + 1
  const stored = await getWeek(journal.id, number)
  const target = stored ?? newWeek(journal, number)
  return saveWeek(carryInto(target, lang, tasks, objectives, from), stored?.revision ?? 0)
}

export function useCarryOver() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: carryOver,
    onSuccess: (saved) => {
      queryClient.setQueryData(weekKeys.detail(saved.journalId, saved.number), saved)
      void queryClient.invalidateQueries({ queryKey: summaryKeys.all })
    },
  })
}
