import { describe, expect, it } from 'vitest'
import { newJournal, newTask, newWeek } from '../../src/domain/factories'
import { taskLabel } from '../../src/domain/rules'
import { carryInto } from '../../src/domain/carryOver'
import { achievementProgress, journalProgress, ratio, summarizeWeek } from '../../src/domain/progress'
import type { AchievementItem } from '../../src/domain/types'

const item = (text: string, achieved: boolean, children: AchievementItem[] = []): AchievementItem => ({
  id: text,
  text,
  achieved,
  children,
})

describe('progress', () => {
  it('counts nested achievement items at every depth', () => {
    const progress = achievementProgress({
      intro: '',
      groups: [
        {
          id: 'g1',
          title: 'One',
          items: [item('a', true, [item('a1', true), item('a2', false, [item('a2x', true)])])],
        },
        { id: 'g2', title: 'Two', items: [item('b', false)] },
      ],
    })
    expect(progress).toEqual({ done: 3, total: 5 })
  })

  it('summarises a week from its main language and adds weeks up for the journal', () => {
    const journal = newJournal({
      owner: 'An',
      mentor: '',
      firstMonday: '2025-10-20',
      plannedWeeks: 10,
      section: 1,
      languages: ['vi'],
    })
    const week = newWeek(journal, 1)
    expect(Object.keys(week.content)).toEqual(['vi'])
    week.content.vi!.tasks = [
      { ...newTask(week.monday, 1, 'Học'), status: 'done' },
      newTask(week.monday, 2, 'Làm lab'),
      { ...newTask(week.monday, 2, 'Viết báo cáo'), status: 'in-progress' },
    ]
    const summary = summarizeWeek(week)
    expect(summary).toMatchObject({ tasksDone: 1, tasksTotal: 3, achievementsTotal: 0 })

    const other = {
      ...summary,
      id: 'x',
      number: 2,
      tasksDone: 2,
      tasksTotal: 2,
      reviewStatus: 'approved' as const,
    }
    const total = journalProgress([summary, other], 10)
    expect(total.tasks).toEqual({ done: 3, total: 5 })
    expect(total.approved).toBe(1)
    expect(total.weeksStarted).toBe(2)
    expect(ratio(total.tasks)).toBeCloseTo(0.6)
    expect(ratio({ done: 0, total: 0 })).toBe(0)
  })
})

describe('taskLabel', () => {
  it('names a task by its title, else by the first line of its detail', () => {
    expect(taskLabel({ title: 'VPC peering', detail: 'two VPCs' })).toBe('VPC peering')
    expect(taskLabel({ title: '', detail: '- Learn IAM<br>\nusers and groups' })).toBe('Learn IAM<br>')
    expect(taskLabel({ title: ' ', detail: '' })).toBe('')
  })

  it('counts a task carried into the next week once, where it is now', () => {
    const journal = newJournal({
      owner: 'An',
      mentor: '',
      firstMonday: '2025-10-20',
      plannedWeeks: 10,
      section: 1,
      languages: ['en'],
    })
    const week1 = newWeek(journal, 1)
    const open = { ...newTask(week1.monday, 2, 'VPC peering'), status: 'in-progress' as const }
    week1.content.en!.tasks = [open, { ...newTask(week1.monday, 1, 'Read docs'), status: 'done' }]
    const week2 = carryInto(newWeek(journal, 2), 'en', [open], [])
    week2.content.en!.tasks[0].status = 'done'
    const progress = journalProgress([summarizeWeek(week1), summarizeWeek(week2)], 10)
    expect(progress.tasks).toEqual({ done: 2, total: 2 })
    expect(week2.content.en!.tasks[0].startDate).toBe(open.startDate)
    // Summaries stored before tasks had ids count every task, as before.
    const old = { ...summarizeWeek(week1), tasks: summarizeWeek(week1).tasks.map(({ id: _, ...t }) => t) }
    expect(journalProgress([old, summarizeWeek(week2)], 10).tasks.total).toBe(3)
  })
})
