import { weekMonday } from './dates'
import { weekId } from './ids'
import { pairLanguages } from './pairLanguages'
import { LANGS, type Journal, type Lang, type Week } from './types'

/**
 * What to do with an imported week whose number the journal already has. `replace` keeps the language
 * versions of the stored week that the imported one lacks; `replace-all` removes them too.
 */
export type ExistingWeekChoice = 'replace' | 'replace-all' | 'keep-both' | 'skip'

/** The language versions the stored week has and the imported one lacks: what a whole replace would remove. */
export function languagesRemoved(stored: Week | undefined, imported: Week): Lang[] {
  return stored ? LANGS.filter((l) => stored.content[l] && !imported.content[l]) : []
}

/** The imported week's versions, plus the stored week's versions it lacks, paired into one structure. */
function keepOtherLanguages(stored: Week | undefined, imported: Week): Week['content'] {
  const kept = languagesRemoved(stored, imported)
  if (!stored || kept.length === 0) return imported.content
  return pairLanguages({
    ...Object.fromEntries(kept.map((l) => [l, stored.content[l]])),
    ...imported.content,
  })
}

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
 * `stored` (the journal's weeks by number) lets a replace keep the languages the imported week lacks.
 */
export function planImport(
  journal: Journal,
  imported: Week[],
  existingNumbers: ReadonlySet<number>,
  choices: ReadonlyMap<number, ExistingWeekChoice>,
  stored: ReadonlyMap<number, Week> = new Map(),
): ImportPlan {
  const taken = new Set(existingNumbers)
  for (const week of imported) taken.add(week.number)
  let next = Math.max(0, ...taken) + 1
  const plan: ImportPlan = { weeks: [], replaceWeekIds: [], renumbered: [], skipped: [] }
  for (const week of [...imported].sort((a, b) => a.number - b.number)) {
    let number = week.number
    let content = week.content
    if (existingNumbers.has(week.number)) {
      const choice = choices.get(week.number) ?? 'skip'
      if (choice === 'skip') {
        plan.skipped.push(week.number)
        continue
      }
      if (choice === 'replace' || choice === 'replace-all') {
        plan.replaceWeekIds.push(weekId(journal.id, week.number))
        if (choice === 'replace') content = keepOtherLanguages(stored.get(week.number), week)
      } else {
        number = next++
        plan.renumbered.push({ from: week.number, to: number })
      }
    }
    plan.weeks.push({
      ...week,
      content,
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
