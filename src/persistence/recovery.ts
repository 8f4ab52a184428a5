import { sameValue } from '../domain/sameValue'
import type { Week } from '../domain/types'
import { pendingEdits, type PendingEdit } from './pendingEdits'

/** The same text, review state and date: nothing a save would change. */
export const sameContent = (a: Week, b: Week) =>
  sameValue([a.content, a.review, a.publishDate], [b.content, b.review, b.publishDate])

/**
 * What a tab finds when it opens a week: the stored week, an edit a closed or killed tab left (the newer
 * of its two notes), or both in conflict.
 */
export function recoverWeek(
  stored: Week | null,
  placeholder: Week,
  storedDraft: PendingEdit | null = null,
): { draft: Week; dirty: boolean; theirs?: Week } {
  const base = stored ?? placeholder
  const noted = pendingEdits.read(base.id)
  const pending =
    noted && storedDraft
      ? (noted.at ?? 0) >= (storedDraft.at ?? 0)
        ? noted
        : storedDraft
      : (noted ?? storedDraft)
  // A settled draft says the last save took every edit in: whatever was written later is the stored week.
  if (!pending || pending.settled) return { draft: base, dirty: false }
  const storedRevision = stored?.revision ?? 0
  if (stored && sameContent(stored, pending.week)) {
    // Nothing unsaved: the settled mark of the last save, or a note whose save committed just before
    // the tab closed.
    if (noted) pendingEdits.clear(base.id)
    return { draft: stored, dirty: false }
  }
  if (pending.base === storedRevision)
    return { draft: { ...pending.week, revision: storedRevision }, dirty: true }
  return { draft: { ...pending.week, revision: pending.base }, dirty: true, theirs: stored ?? undefined }
}
