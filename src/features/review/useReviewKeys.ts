import { useLayoutEffect, useRef } from 'react'

export interface ReviewKeyActions {
  previous: () => void
  next: () => void
  approve?: () => void
  requestChanges?: () => void
}

/** Keys of the mentor's week: j previous week, k next week, a approve, r request changes. */
export const REVIEW_KEYS = { previous: 'j', next: 'k', approve: 'a', requestChanges: 'r' } as const

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/**
 * Listens for the review keys on the whole page, except while typing in a field or with a modifier held
 * (Ctrl+R must still reload). The latest actions are used without listening again.
 */
export function useReviewKeys(actions: ReviewKeyActions): void {
  const latest = useRef(actions)
  // Both in the same task as the render is committed: a key pressed as soon as a new week is on screen
  // acts on that week, not on the one before, and is not missed (a passive effect ran after the paint).
  useLayoutEffect(() => {
    latest.current = actions
  })
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || typingIn(event.target)) return
      const run = {
        [REVIEW_KEYS.previous]: latest.current.previous,
        [REVIEW_KEYS.next]: latest.current.next,
        [REVIEW_KEYS.approve]: latest.current.approve,
        [REVIEW_KEYS.requestChanges]: latest.current.requestChanges,
      }[event.key.toLowerCase()]
      if (!run) return
      event.preventDefault()
      run()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
