/**
 * The undo / redo stack of an editing session: snapshots of what was there before each edit. Typing in
 * one field is one step (edits with the same `typing` key after one another merge), so that Ctrl+Z takes
 * back a word's worth of work, not a letter.
 */
export interface EditHistory<T> {
  past: T[]
  future: T[]
  /** The typing key of the last step, when it was typing. */
  typing: string | null
}

export const HISTORY_LIMIT = 200

export function emptyHistory<T>(): EditHistory<T> {
  return { past: [], future: [], typing: null }
}

/** Notes `before`, the state an edit is about to change. An edit clears what could be redone. */
export function recordEdit<T>(
  history: EditHistory<T>,
  before: T,
  typing: string | null = null,
): EditHistory<T> {
  if (typing !== null && typing === history.typing && history.future.length === 0) return history
  const past = [...history.past, before].slice(-HISTORY_LIMIT)
  return { past, future: [], typing }
}

/** Steps back from `current`: the state to show and the history after it; null when there is nothing to undo. */
export function undoEdit<T>(
  history: EditHistory<T>,
  current: T,
): { history: EditHistory<T>; value: T } | null {
  const value = history.past.at(-1)
  if (value === undefined) return null
  return {
    value,
    history: { past: history.past.slice(0, -1), future: [...history.future, current], typing: null },
  }
}

/** Steps forward again after an undo; null when there is nothing to redo. */
export function redoEdit<T>(
  history: EditHistory<T>,
  current: T,
): { history: EditHistory<T>; value: T } | null {
  const value = history.future.at(-1)
  if (value === undefined) return null
  return {
    value,
    history: { past: [...history.past, current], future: history.future.slice(0, -1), typing: null },
  }
}
