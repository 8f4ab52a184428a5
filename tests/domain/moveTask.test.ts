import { describe, expect, it } from 'vitest'
import { emptyContent, newTask } from '../../src/domain/factories'
import { moveTaskAmong, moveTaskTo, placeOf, stepPlace } from '../../src/domain/moveTask'
import type { Task, Weekday } from '../../src/domain/types'
import { WORKDAYS } from '../../src/domain/types'

const MONDAY = '2025-10-20'
const task = (id: string, day: Weekday, patch: Partial<Task> = {}): Task => ({
  ...newTask(MONDAY, day),
  id,
  title: id,
  ...patch,
})
const ids = (tasks: Task[]) => tasks.map((t) => `${t.day}${t.id}`).join(' ')

// Monday a, b, c; Tuesday d; Wednesday empty; Thursday e.
const week = [task('a', 1), task('d', 2), task('b', 1), task('c', 1), task('e', 4)]

describe('moving a task to a place in the calendar', () => {
  it('reorders within a day, leaving every other task where it was', () => {
    expect(ids(moveTaskAmong(week, 'a', { day: 1, index: 2 }, MONDAY))).toBe('2d 1b 1c 1a 4e')
    expect(ids(moveTaskAmong(week, 'c', { day: 1, index: 0 }, MONDAY))).toBe('1c 1a 2d 1b 4e')
    expect(ids(moveTaskAmong(week, 'c', { day: 1, index: 1 }, MONDAY))).toBe('1a 2d 1c 1b 4e')
  })

  it('moves to another day at the given position, the dates of the old day following', () => {
    const moved = moveTaskAmong(week, 'b', { day: 2, index: 0 }, MONDAY)
    expect(ids(moved)).toBe('1a 2b 2d 1c 4e')
    const b = moved.find((t) => t.id === 'b')!
    expect([b.day, b.startDate, b.completionDate]).toEqual([2, '2025-10-21', '2025-10-21'])
    expect(ids(moveTaskAmong(week, 'b', { day: 2, index: 1 }, MONDAY))).toBe('1a 2d 2b 1c 4e')
  })

  it('puts a task on an empty day, and clamps a position past the end', () => {
    expect(ids(moveTaskAmong(week, 'a', { day: 3, index: 0 }, MONDAY))).toBe('2d 1b 1c 4e 3a')
    expect(ids(moveTaskAmong(week, 'a', { day: 4, index: 9 }, MONDAY))).toBe('2d 1b 1c 4e 4a')
  })

  it('keeps dates that were not the old day, and never lets a task end before it starts', () => {
    const long = [task('x', 1, { completionDate: '2025-10-22' }), task('y', 2)]
    const later = moveTaskAmong(long, 'x', { day: 5, index: 0 }, MONDAY).find((t) => t.id === 'x')!
    expect([later.startDate, later.completionDate]).toEqual(['2025-10-24', '2025-10-24'])
    const own = [task('z', 1, { startDate: '2025-10-10', completionDate: '2025-10-12' })]
    const kept = moveTaskAmong(own, 'z', { day: 3, index: 0 }, MONDAY)[0]
    expect([kept.startDate, kept.completionDate]).toEqual(['2025-10-10', '2025-10-12'])
  })

  it('changes nothing when the task is dropped where it is, or is not in the week', () => {
    const content = { ...emptyContent(1), tasks: week }
    expect(moveTaskTo(content, 'b', { day: 1, index: 1 }, MONDAY)).toBe(content)
    expect(moveTaskTo(content, 'nope', { day: 2, index: 0 }, MONDAY).tasks).toEqual(week)
    expect(placeOf(week, 'c')).toEqual({ day: 1, index: 2 })
    expect(placeOf(week, 'nope')).toBeNull()
  })
})

describe('moving a task with the arrow keys', () => {
  const days = WORKDAYS
  it('walks within the day, then on to the days before and after', () => {
    expect(stepPlace(week, 'b', { day: 1, index: 1 }, 'up', days)).toEqual({ day: 1, index: 0 })
    expect(stepPlace(week, 'b', { day: 1, index: 1 }, 'down', days)).toEqual({ day: 1, index: 2 })
    // Monday without b holds a and c: positions 0..2; past the last goes to the start of Tuesday.
    expect(stepPlace(week, 'b', { day: 1, index: 2 }, 'down', days)).toEqual({ day: 2, index: 0 })
    // Up from the top of Tuesday goes to the end of Monday.
    expect(stepPlace(week, 'd', { day: 2, index: 0 }, 'up', days)).toEqual({ day: 1, index: 3 })
    expect(stepPlace(week, 'a', { day: 1, index: 0 }, 'up', days)).toBeNull()
    expect(stepPlace(week, 'e', { day: 5, index: 0 }, 'down', days)).toBeNull()
  })

  it('moves sideways to the same position of the next day, clamped to its length', () => {
    expect(stepPlace(week, 'c', { day: 1, index: 2 }, 'right', days)).toEqual({ day: 2, index: 1 })
    expect(stepPlace(week, 'c', { day: 2, index: 1 }, 'right', days)).toEqual({ day: 3, index: 0 })
    expect(stepPlace(week, 'd', { day: 2, index: 0 }, 'left', days)).toEqual({ day: 1, index: 0 })
    expect(stepPlace(week, 'a', { day: 1, index: 0 }, 'left', days)).toBeNull()
    expect(stepPlace(week, 'a', { day: 5, index: 0 }, 'right', days)).toBeNull()
  })
})
