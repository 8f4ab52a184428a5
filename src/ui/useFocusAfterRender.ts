import { useCallback, useEffect, useRef } from 'react'

/**
 * Moves focus, after the next render, to the element marked `data-focus-key="<key>"` inside the
 * container — or to the first of the fallbacks that is on screen and enabled. An edit that moves,
 * nests or deletes an element thus leaves focus on the thing acted on instead of on <body>.
 */
export function useFocusAfterRender<T extends HTMLElement>() {
  const container = useRef<T>(null)
  const pending = useRef<string[] | null>(null)
  useEffect(() => {
    const keys = pending.current
    if (!keys || !container.current) return
    for (const key of keys) {
      const target = container.current.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)
      if (target && !(target as HTMLButtonElement).disabled) {
        pending.current = null
        if (document.activeElement !== target) {
          target.focus()
          // A text field put back on screen (nested, moved) takes the caret at its end, to type on.
          if (
            target instanceof HTMLTextAreaElement ||
            (target instanceof HTMLInputElement && target.type === 'text')
          )
            target.setSelectionRange(target.value.length, target.value.length)
        }
        return
      }
    }
  })
  const focusLater = useCallback((...keys: string[]) => {
    pending.current = keys
  }, [])
  return { container, focusLater }
}
