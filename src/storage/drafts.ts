import { WeekSchema } from '../domain/schema'
import type { ConflictRecord } from '../domain/types'
import { db, type DraftRecord } from './db'

// The records of edits not yet saved (src/persistence keeps them): the draft of each week's unsaved edit,
// and the conflicts kept until the user chooses.

export async function putDraft(draft: DraftRecord): Promise<void> {
  await (await db()).put('drafts', draft)
}

export async function getDraft(weekIdValue: string): Promise<DraftRecord | undefined> {
  const raw = await (await db()).get('drafts', weekIdValue)
  if (!raw) return undefined
  const week = WeekSchema.safeParse(raw.week)
  // A damaged draft is no edit to recover; the localStorage note or the stored week still stands.
  return week.success ? { ...raw, week: week.data } : undefined
}

export async function deleteDraft(weekIdValue: string): Promise<void> {
  await (await db()).delete('drafts', weekIdValue)
}

export async function getConflict(weekIdValue: string): Promise<ConflictRecord | undefined> {
  return (await db()).get('conflicts', weekIdValue)
}

export async function putConflict(conflict: ConflictRecord): Promise<void> {
  await (await db()).put('conflicts', conflict)
}

export async function deleteConflict(weekIdValue: string): Promise<void> {
  await (await db()).delete('conflicts', weekIdValue)
}
