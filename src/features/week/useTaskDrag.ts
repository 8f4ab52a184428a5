import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react'
import { moveTaskAmong, placeOf, stepPlace, type MoveKey, type TaskPlace } from '../../domain/moveTask'
import { taskLabel } from '../../domain/rules'
import type { Task, Weekday } from '../../domain/types'
import { useT } from '../../i18n/i18n'

interface Drag {
  id: string
  from: TaskPlace
  place: TaskPlace
}

const ARROWS: Record<string, MoveKey> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
}

/** Pixels a pointer travels on a handle before it counts as a drag rather than a press. */
const DRAG_THRESHOLD = 4

/**
 * The place under a point: the day column there (`data-drop-day`) and the position among its tasks
 * (`data-task-item`, the dragged one left out) whose middle is below the point.
 */
function placeAtPoint(id: string, x: number, y: number): TaskPlace | null {
  const column = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-drop-day]')
  if (!column) return null
  const day = Number(column.dataset.dropDay) as Weekday
  const chips = [...column.querySelectorAll<HTMLElement>('[data-task-item]')].filter(
    (chip) => chip.dataset.taskItem !== id,
  )
  const index = chips.findIndex((chip) => {
    const box = chip.getBoundingClientRect()
    return y < box.top + box.height / 2
  })
  return { day, index: index < 0 ? chips.length : index }
}

/**
 * Moving tasks between days and within a day, by keyboard and by pointer, on the handle beside each
 * task: Space or Enter picks the task up, the arrows move it (see stepPlace), Space or Enter drops it,
 * Escape (or Tab) puts it back; a pointer (mouse, pen, finger) drags the handle. While a task is on the
 * move, `shown` is the week as it would be if dropped there; each step is announced in `announcement`
 * (for a live region). Dropping calls `drop` once, so the move is one step of the edit history.
 */
export function useTaskDrag(
  tasks: Task[],
  monday: string,
  days: readonly Weekday[],
  drop: (id: string, place: TaskPlace) => void,
  focusHandle: (id: string) => void,
) {
  const t = useT()
  const [drag, setDrag] = useState<Drag | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const latest = useRef({ tasks, drag, days })
  useEffect(() => {
    latest.current = { tasks, drag, days }
  })

  const describe = useCallback(
    (key: 'drag.picked' | 'drag.moved' | 'drag.dropped' | 'drag.cancelled', id: string, place: TaskPlace) => {
      const task = latest.current.tasks.find((x) => x.id === id)
      const count = latest.current.tasks.filter((x) => x.day === place.day && x.id !== id).length + 1
      setAnnouncement(
        t(key, {
          title: (task && taskLabel(task)) || t('task.untitled'),
          day: t(`day.${place.day}`),
          position: Math.min(place.index, count - 1) + 1,
          count,
        }),
      )
    },
    [t],
  )

  const begin = useCallback(
    (id: string) => {
      const from = placeOf(latest.current.tasks, id)
      if (!from) return
      setDrag({ id, from, place: from })
      describe('drag.picked', id, from)
    },
    [describe],
  )

  const moveTo = useCallback(
    (place: TaskPlace) => {
      const current = latest.current.drag
      if (!current || (current.place.day === place.day && current.place.index === place.index)) return
      setDrag({ ...current, place })
      focusHandle(current.id)
      describe('drag.moved', current.id, place)
    },
    [describe, focusHandle],
  )

  const finish = useCallback(
    (keep: boolean, refocus = true) => {
      const current = latest.current.drag
      if (!current) return
      setDrag(null)
      if (refocus) focusHandle(current.id)
      if (keep) {
        describe('drag.dropped', current.id, current.place)
        drop(current.id, current.place)
      } else describe('drag.cancelled', current.id, current.from)
    },
    [describe, drop, focusHandle],
  )

  const onKeyDown = useCallback(
    (id: string, event: KeyboardEvent) => {
      const current = latest.current.drag
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault()
        if (current?.id === id) finish(true)
        else if (!current) begin(id)
        return
      }
      if (current?.id !== id) return
      const arrow = ARROWS[event.key]
      if (arrow) {
        event.preventDefault()
        const next = stepPlace(latest.current.tasks, id, current.place, arrow, latest.current.days)
        if (next) moveTo(next)
      } else if (event.key === 'Escape') {
        event.preventDefault()
        event.stopPropagation()
        finish(false)
      } else if (event.key === 'Tab') finish(false, false)
    },
    [begin, finish, moveTo],
  )

  const onPointerDown = useCallback(
    (id: string, event: PointerEvent) => {
      if (event.button !== 0 || latest.current.drag) return
      event.preventDefault()
      const start = { x: event.clientX, y: event.clientY }
      let dragging = false
      const move = (e: globalThis.PointerEvent) => {
        if (!dragging) {
          if (Math.hypot(e.clientX - start.x, e.clientY - start.y) < DRAG_THRESHOLD) return
          dragging = true
          begin(id)
          return
        }
        const place = placeAtPoint(id, e.clientX, e.clientY)
        if (place) moveTo(place)
      }
      const end = (e: globalThis.PointerEvent) => {
        window.removeEventListener('pointermove', move)
        window.removeEventListener('pointerup', end)
        window.removeEventListener('pointercancel', end)
        if (dragging) finish(e.type === 'pointerup')
      }
      window.addEventListener('pointermove', move)
      window.addEventListener('pointerup', end)
      window.addEventListener('pointercancel', end)
    },
    [begin, finish, moveTo],
  )

  const shown = useMemo(
    () => (drag ? moveTaskAmong(tasks, drag.id, drag.place, monday) : tasks),
    [drag, tasks, monday],
  )
  return { shown, draggedId: drag?.id ?? null, announcement, onKeyDown, onPointerDown }
}
