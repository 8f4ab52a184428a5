import { useEffect } from 'react'
import { useSearchParams } from 'react-router-dom'

const FRAMES = 30

/** A value inside a quoted attribute selector. */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`

/**
 * Opens the week at a search match: `?at=<data-field>` names the control to scroll to and focus; with
 * `&task=<id>` the task's editor is opened first (its chip clicked) since a task's fields show only there.
 * The parameters are dropped once done, so that a reload or Back does not jump again.
 */
export function useFocusAtMatch(ready: boolean) {
  const [search, setSearch] = useSearchParams()
  const at = search.get('at')
  const task = search.get('task')

  useEffect(() => {
    if (!ready || !at) return
    let frame = 0
    let handle = 0
    let clicked = false
    const done = () =>
      setSearch(
        (params) => {
          const next = new URLSearchParams(params)
          next.delete('at')
          next.delete('task')
          return next
        },
        { replace: true },
      )
    const attempt = () => {
      const field = document.querySelector<HTMLElement>(`[data-field=${quoted(at)}]`)
      if (field) {
        field.scrollIntoView?.({ block: 'center' })
        field.focus({ preventScroll: true })
        done()
        return
      }
      if (task && !clicked) {
        const chip = document.querySelector<HTMLElement>(`[data-task-chip=${quoted(task)}]`)
        if (chip && chip.getAttribute('aria-pressed') !== 'true') chip.click()
        clicked = chip !== null
      }
      if (++frame < FRAMES) handle = requestAnimationFrame(attempt)
      else done()
    }
    handle = requestAnimationFrame(attempt)
    return () => cancelAnimationFrame(handle)
  }, [ready, at, task, setSearch])
}
