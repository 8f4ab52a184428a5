import { taskLabel } from './rules'
import type { AchievementItem, Achievements, Lang, Week, WeekContent, WeekSummary } from './types'

export interface Progress {
  done: number
  total: number
}

function countItems(items: AchievementItem[], into: Progress): Progress {
  for (const item of items) {
    into.total += 1
    if (item.achieved) into.done += 1
    countItems(item.children, into)
  }
  return into
}

export function achievementProgress(achievements: Achievements): Progress {
  const progress = { done: 0, total: 0 }
  for (const group of achievements.groups) countItems(group.items, progress)
  return progress
}

export function taskProgress(content: WeekContent): Progress {
  return { done: content.tasks.filter((t) => t.status === 'done').length, total: content.tasks.length }
}

/** The language version the overview counts: English when there is one, else whichever exists. */
export function mainContent(week: Week, preferred: Lang = 'en'): WeekContent | undefined {
  return week.content[preferred] ?? week.content.en ?? week.content.vi
}

export function summarizeWeek(week: Week): WeekSummary {
  const content = mainContent(week)
  const tasks = content ? taskProgress(content) : { done: 0, total: 0 }
  const achievements = content ? achievementProgress(content.achievements) : { done: 0, total: 0 }
  return {
    id: week.id,
    journalId: week.journalId,
    number: week.number,
    monday: week.monday,
    revision: week.revision,
    reviewStatus: week.review.status,
    tasksDone: tasks.done,
    tasksTotal: tasks.total,
    achievementsTicked: achievements.done,
    achievementsTotal: achievements.total,
    tasks: (content?.tasks ?? []).map((t) => ({
      day: t.day,
      title: taskLabel(t),
      status: t.status,
      id: t.id,
      ...(t.carriedFrom ? { carriedFrom: t.carriedFrom } : {}),
    })),
    updatedAt: week.updatedAt,
  }
}

/** Share of a whole, 0…1; an empty whole counts as nothing done. */
export function ratio(progress: Progress): number {
  return progress.total === 0 ? 0 : progress.done / progress.total
}

export function journalProgress(summaries: WeekSummary[], plannedWeeks: number) {
  // A task carried into a later week is counted there, once: its earlier copies are left out.
  const carriedOn = new Set(summaries.flatMap((s) => s.tasks.flatMap((t) => t.carriedFrom ?? [])))
  const tasks = { done: 0, total: 0 }
  for (const s of summaries) {
    const superseded = s.tasks.filter((t) => t.id !== undefined && carriedOn.has(t.id))
    tasks.total += s.tasksTotal - superseded.length
    tasks.done += s.tasksDone - superseded.filter((t) => t.status === 'done').length
  }
  const achievements = summaries.reduce(
    (acc, s) => ({ done: acc.done + s.achievementsTicked, total: acc.total + s.achievementsTotal }),
    { done: 0, total: 0 },
  )
  const weeksStarted = summaries.filter((s) => s.tasksTotal > 0 || s.achievementsTotal > 0).length
  const approved = summaries.filter((s) => s.reviewStatus === 'approved').length
  return { tasks, achievements, weeksStarted, approved, plannedWeeks }
}
