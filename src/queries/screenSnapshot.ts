import { z } from 'zod/mini'
import { JournalSchema, WeekSchema, WeekSummarySchema } from '../domain/schema'
import type { Journal, Week, WeekSummary } from '../domain/types'

// What the home page, a journal's overview and its last-open week last showed, kept in localStorage so
// that a cold start can paint it before IndexedDB has opened. A snapshot is never stored data: the
// screens show it as query placeholder data (never cached), inert, and replace it with the live read;
// nothing reads it to save, and it is checked (zod) on every read and dropped when it does not parse.

const PREFIX = 'worklog:screen:'
const HOME_KEY = `${PREFIX}home`
// The overview and the week apart: a save while typing rewrites the small week snapshot only.
const overviewKey = (journalId: string) => `${PREFIX}overview:${journalId}`
const weekKey = (journalId: string) => `${PREFIX}week:${journalId}`

const OverviewScreenSchema = z.object({
  v: z.literal(1),
  journal: JournalSchema,
  summaries: z.array(WeekSummarySchema),
})
const WeekScreenSchema = z.object({ v: z.literal(1), journal: JournalSchema, week: WeekSchema })
const HomeScreenSchema = z.object({
  v: z.literal(1),
  journals: z.array(JournalSchema),
  summaries: z.array(WeekSummarySchema),
})

export type OverviewScreen = z.infer<typeof OverviewScreenSchema>
export type WeekScreen = z.infer<typeof WeekScreenSchema>
export type HomeScreen = z.infer<typeof HomeScreenSchema>

/** Parsed once per page load: the same snapshot serves every render of the screen. */
const parsed = new Map<string, unknown>()

function forget(key: string): void {
  parsed.set(key, null)
  try {
    localStorage.removeItem(key)
  } catch {
    // unavailable: nothing kept either
  }
}

function read<T>(key: string, schema: z.ZodMiniType<T>, belongs: (value: T) => boolean): T | null {
  if (parsed.has(key)) return parsed.get(key) as T | null
  let value: T | null = null
  try {
    const raw = localStorage.getItem(key)
    if (raw !== null) {
      const result = schema.safeParse(JSON.parse(raw))
      value = result.success && belongs(result.data) ? result.data : null
      if (value === null) forget(key)
    }
  } catch {
    forget(key)
  }
  parsed.set(key, value)
  return value
}

/** The last-known overview of one journal, or null when none was kept or it is not valid. */
export function overviewScreen(journalId: string): OverviewScreen | null {
  return read(
    overviewKey(journalId),
    OverviewScreenSchema,
    (s) => s.journal.id === journalId && s.summaries.every((summary) => summary.journalId === journalId),
  )
}

/** The week of one journal last open, or null when none was kept or it is not valid. */
export function weekScreen(journalId: string): WeekScreen | null {
  return read(
    weekKey(journalId),
    WeekScreenSchema,
    (s) => s.journal.id === journalId && s.week.journalId === journalId,
  )
}

/** The last-known home page: the journals and their summaries. */
export function homeScreen(): HomeScreen | null {
  return read(HOME_KEY, HomeScreenSchema, (s) => {
    const ids = new Set(s.journals.map((j) => j.id))
    return s.summaries.every((summary) => ids.has(summary.journalId))
  })
}

const writes = new Map<string, () => unknown>()
let writeTimer: ReturnType<typeof setTimeout> | undefined

/** Writes after the screen has painted, a burst of changes (saves while typing) becoming one write. */
function write(key: string, value: () => unknown): void {
  writes.set(key, value)
  writeTimer ??= setTimeout(() => {
    writeTimer = undefined
    for (const [k, make] of writes) {
      const next = make()
      parsed.delete(k)
      try {
        localStorage.setItem(k, JSON.stringify(next))
      } catch {
        // Full or unavailable: the screen is painted from the live read only.
        forget(k)
      }
    }
    writes.clear()
  }, 200)
}

/** Keeps what a journal's overview showed, from the live read. */
export function rememberOverviewScreen(journal: Journal, summaries: WeekSummary[]): void {
  write(overviewKey(journal.id), () => ({ v: 1, journal, summaries }) satisfies OverviewScreen)
}

/** Keeps the week last open in a journal, as stored. */
export function rememberWeekScreen(journal: Journal, week: Week): void {
  write(weekKey(journal.id), () => ({ v: 1, journal, week }) satisfies WeekScreen)
}

/** Keeps the home page: the journals and their summaries, without the task titles it does not show. */
export function rememberHomeScreen(journals: Journal[], summaries: WeekSummary[]): void {
  write(
    HOME_KEY,
    () =>
      ({
        v: 1,
        journals,
        summaries: summaries.map((s) => ({ ...s, tasks: s.tasks.map((t) => ({ ...t, title: '' })) })),
      }) satisfies HomeScreen,
  )
}

/** A journal deleted, or found missing by the live read: its snapshot goes. */
export function forgetJournalScreen(journalId: string): void {
  for (const key of [overviewKey(journalId), weekKey(journalId)]) {
    writes.delete(key)
    forget(key)
  }
}

/** Tests: drop the parsed snapshots and any write not done yet. */
export function resetScreenSnapshots(): void {
  clearTimeout(writeTimer)
  writeTimer = undefined
  writes.clear()
  parsed.clear()
}
