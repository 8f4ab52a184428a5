import { describe, expect, it } from 'vitest'
import { emptyContent, newJournal, newTask, newWeek } from '../../src/domain/factories'
import { journalProgress, mainContent, summarizeWeek } from '../../src/domain/progress'
import type { Week, WeekSummary } from '../../src/domain/types'

const journal = newJournal({
  owner: 'An',
  mentor: 'Bình',
  firstMonday: '2025-10-20',
  plannedWeeks: 12,
  section: 1,
  languages: ['en', 'vi'],
})

function week(number: number, tasks: [string, 'done' | 'planned', string?][], ticked = 0, items = 0): Week {
  const w = newWeek(journal, number)
  const content = w.content.en!
  content.tasks = tasks.map(([id, status, carriedFrom]) => ({
    ...newTask(w.monday, 1, id),
    id,
    status,
    ...(carriedFrom ? { carriedFrom } : {}),
  }))
  content.achievements.groups = [
    {
      id: `g${number}`,
      title: 'G',
      items: Array.from({ length: items }, (_, i) => ({
        id: `i${number}-${i}`,
        text: 'x',
        achieved: i < ticked,
        children: [],
      })),
    },
  ]
  return w
}

describe('the journal’s progress', () => {
  it('counts a carried task once, in the week it was carried into', () => {
    const summaries: WeekSummary[] = [
      summarizeWeek(
        week(
          1,
          [
            ['a', 'planned'],
            ['b', 'done'],
            ['c', 'done'],
          ],
          1,
          3,
        ),
      ),
      summarizeWeek({
        ...week(
          2,
          [
            ['a2', 'done', 'a'],
            ['c2', 'planned', 'c'],
          ],
          2,
          2,
        ),
        review: { status: 'approved' },
      }),
      summarizeWeek(week(3, [])),
    ]
    expect(journalProgress(summaries, 12)).toEqual({
      tasks: { done: 2, total: 3 },
      achievements: { done: 3, total: 5 },
      weeksStarted: 2,
      approved: 1,
      plannedWeeks: 12,
    })
  })

  it('counts a week started by its achievements alone', () => {
    const summaries = [summarizeWeek(week(1, [], 0, 1)), summarizeWeek(week(2, [], 0, 0))]
    expect(journalProgress(summaries, 2).weeksStarted).toBe(1)
  })
})

describe('the summary of a week', () => {
  it('counts the English version, or else the other, and lists its tasks by label', () => {
    const w = week(1, [['a', 'done', 'x']], 1, 2)
    w.content.vi = { ...emptyContent(1, 'vi'), tasks: [] }
    expect(mainContent(w)).toBe(w.content.en)
    expect(mainContent(w, 'vi')).toBe(w.content.vi)
    const viOnly = { ...w, content: { vi: w.content.vi } }
    expect(mainContent(viOnly)).toBe(w.content.vi)
    expect(summarizeWeek(w)).toMatchObject({
      tasksDone: 1,
      tasksTotal: 1,
      achievementsTicked: 1,
      achievementsTotal: 2,
      tasks: [{ day: 1, title: 'a', status: 'done', id: 'a', carriedFrom: 'x' }],
    })
    expect(summarizeWeek({ ...w, content: {} })).toMatchObject({
      tasksDone: 0,
      tasksTotal: 0,
      achievementsTicked: 0,
      achievementsTotal: 0,
      tasks: [],
    })
  })
})
