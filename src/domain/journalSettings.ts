import { differenceInCalendarDays } from 'date-fns'
import { addDaysIso, isIsoDate, isIsoMonday, parseIsoDate, weekMonday } from './dates'
import { sameValue } from './sameValue'
import type { Journal, Lang, Task, Week } from './types'

/** What a journal's settings dialog edits. */
export type JournalSettings = Pick<
  Journal,
  'owner' | 'mentor' | 'firstMonday' | 'plannedWeeks' | 'section' | 'languages'
>

export type SettingsProblem = 'owner' | 'firstMonday' | 'plannedWeeks' | 'section' | 'languages'

/** What is wrong with the settings, field by field; empty when they can be saved. */
export function settingsProblems(settings: JournalSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = []
  if (!settings.owner.trim()) problems.push('owner')
  if (!isIsoMonday(settings.firstMonday)) problems.push('firstMonday')
  const weeks = settings.plannedWeeks
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 1000) problems.push('plannedWeeks')
  if (!Number.isInteger(settings.section) || settings.section < 0 || settings.section > 99)
    problems.push('section')
  if (settings.languages.length === 0) problems.push('languages')
  return problems
}

/** One change the new settings make, to show before they are saved. */
export type SettingsChange =
  | { kind: 'owner' | 'mentor'; from: string; to: string }
  | { kind: 'plannedWeeks' | 'section'; from: number; to: number }
  | { kind: 'languages'; added: Lang[]; removed: Lang[] }
  | { kind: 'weeksMove'; days: number; weeks: { number: number; from: string; to: string }[] }

/** The changes from `journal` to `next`; `weekNumbers` are the stored weeks, whose dates move with the first Monday. */
export function settingsChanges(
  journal: Journal,
  next: JournalSettings,
  weekNumbers: number[],
): SettingsChange[] {
  const changes: SettingsChange[] = []
  for (const kind of ['owner', 'mentor'] as const)
    if (journal[kind] !== next[kind]) changes.push({ kind, from: journal[kind], to: next[kind] })
  for (const kind of ['plannedWeeks', 'section'] as const)
    if (journal[kind] !== next[kind]) changes.push({ kind, from: journal[kind], to: next[kind] })
  const added = next.languages.filter((l) => !journal.languages.includes(l))
  const removed = journal.languages.filter((l) => !next.languages.includes(l))
  if (added.length || removed.length) changes.push({ kind: 'languages', added, removed })
  if (journal.firstMonday !== next.firstMonday && isIsoDate(next.firstMonday)) {
    const days = differenceInCalendarDays(parseIsoDate(next.firstMonday)!, parseIsoDate(journal.firstMonday)!)
    const weeks = weekNumbers.map((number) => ({
      number,
      from: weekMonday(journal.firstMonday, number),
      to: weekMonday(next.firstMonday, number),
    }))
    changes.push({ kind: 'weeksMove', days, weeks })
  }
  return changes
}

const shift = (date: string, days: number) => (date && isIsoDate(date) ? addDaysIso(date, days) : date)

/** The week put on `monday`: its tasks' dates move by as many days; revision and the rest stay. */
export function shiftWeek(week: Week, monday: string): Week {
  const days = differenceInCalendarDays(parseIsoDate(monday)!, parseIsoDate(week.monday)!)
  if (days === 0) return week
  const moveTask = (task: Task): Task => ({
    ...task,
    startDate: shift(task.startDate, days),
    completionDate: shift(task.completionDate, days),
  })
  const content = Object.fromEntries(
    Object.entries(week.content).map(([lang, c]) => [lang, c && { ...c, tasks: c.tasks.map(moveTask) }]),
  ) as Week['content']
  return { ...week, monday, content }
}

/**
 * A week moved to the first Monday of `firstMonday`'s calendar: its Monday and its tasks' dates move
 * with it, as a new revision. The week itself when it does not move (nothing to save, nothing for
 * another tab to refresh).
 */
export function moveWeek(week: Week, firstMonday: string): Week {
  const moved = shiftWeek(week, weekMonday(firstMonday, week.number))
  if (moved === week) return week
  return { ...moved, revision: week.revision + 1, updatedAt: new Date().toISOString() }
}

/**
 * Whether `stored` is `base` moved to another Monday and nothing else — what a new first Monday of the
 * journal does to a stored week. An edit made on `base` can then be moved the same way and saved on
 * top, instead of becoming a conflict.
 */
export function isOnlyMoved(base: Week, stored: Week): boolean {
  if (base.monday === stored.monday || !isIsoDate(stored.monday) || !isIsoDate(base.monday)) return false
  const { revision: _r, updatedAt: _u, ...moved } = shiftWeek(base, stored.monday)
  const { revision: _sr, updatedAt: _su, ...theirs } = stored
  return sameValue(moved, theirs)
}
