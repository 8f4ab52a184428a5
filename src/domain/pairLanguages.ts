import type { AchievementItem, Week, WeekContent } from './types'

type Contents = Week['content']

function sameShape(a: readonly AchievementItem[], b: readonly AchievementItem[]): boolean {
  return a.length === b.length && a.every((item, i) => sameShape(item.children, b[i].children))
}

function rekeyItems(items: readonly AchievementItem[], like: readonly AchievementItem[]): AchievementItem[] {
  return items.map((item, i) => ({
    ...item,
    id: like[i].id,
    children: rekeyItems(item.children, like[i].children),
  }))
}

/**
 * The Vietnamese version given the ids of the English one wherever their structures agree, so that the
 * two pages of an imported week, read separately, share one structure from then on. Paired by position:
 * tasks when both have the same tasks on the same days, objectives when both have as many, achievement
 * groups when both have as many, and a group's items when both nest the same way. What does not agree
 * stays unpaired (each version keeps it as its own).
 */
export function pairByPosition(main: WeekContent, other: WeekContent): WeekContent {
  const tasksAgree =
    main.tasks.length === other.tasks.length && main.tasks.every((t, i) => t.day === other.tasks[i].day)
  const groupsAgree = main.achievements.groups.length === other.achievements.groups.length
  return {
    ...other,
    tasks: tasksAgree ? other.tasks.map((t, i) => ({ ...t, id: main.tasks[i].id })) : other.tasks,
    objectives:
      main.objectives.length === other.objectives.length
        ? other.objectives.map((o, i) => ({ ...o, id: main.objectives[i].id }))
        : other.objectives,
    achievements: {
      ...other.achievements,
      groups: groupsAgree
        ? other.achievements.groups.map((g, i) => {
            const like = main.achievements.groups[i]
            const items = sameShape(g.items, like.items) ? rekeyItems(g.items, like.items) : g.items
            return { ...g, id: like.id, items }
          })
        : other.achievements.groups,
    },
  }
}

/** Both language versions of an imported week, paired (see pairByPosition); one version is kept as it is. */
export function pairLanguages(contents: Contents): Contents {
  const { en, vi } = contents
  return en && vi ? { ...contents, vi: pairByPosition(en, vi) } : contents
}
