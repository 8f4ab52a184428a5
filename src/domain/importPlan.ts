import { weekMonday } from './dates'
import { weekId } from './ids'
import type { Journal, Week } from './types'

/** What to do with an imported week whose number the journal already has. */
export type ExistingWeekChoice = 'replace' | 'keep-both' | 'skip'

export interface ImportPlan {
  weeks: Week[]
  /** Stored weeks the import replaces (deleted in the same transaction). */
  replaceWeekIds: string[]
  /** Imported weeks given the next free number because the user kept both. */
  renumbered: { from: number; to: number }[]
  skipped: number[]
}

/**
 * Places imported weeks into a journal: each is re-keyed to the journal and dated from its first Monday;
 * a week the journal already has is replaced, skipped, or kept beside the stored one under a new number.
 */
export function planImport(
  journal: Journal,
  imported: Week[],
  existingNumbers: ReadonlySet<number>,
  choices: ReadonlyMap<number, ExistingWeekChoice>,
): ImportPlan {
  const taken = new Set(existingNumbers)
  for (const week of imported) taken.add(week.number)
  let next = Math.max(0, ...taken) + 1
  const plan: ImportPlan = { weeks: [], replaceWeekIds: [], renumbered: [], skipped: [] }
  for (const week of [...imported].sort((a, b) => a.number - b.number)) {
    let number = week.number
    if (existingNumbers.has(week.number)) {
      const choice = choices.get(week.number) ?? 'skip'
      if (choice === 'skip') {
        plan.skipped.push(week.number)
        continue
      }
      if (choice === 'replace') plan.replaceWeekIds.push(weekId(journal.id, week.number))
      else {
        number = next++
        plan.renumbered.push({ from: week.number, to: number })
      }
    }
    plan.weeks.push({
      ...week,
      id: weekId(journal.id, number),
      journalId: journal.id,
      number,
      // A week given another number no longer belongs in the folder of the number it had.
      folder: number === week.number ? week.folder : undefined,
      monday: weekMonday(journal.firstMonday, number),
      revision: 1,
    })
  }
  return plan
}
