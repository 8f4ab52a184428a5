import { dayDate } from './dates'
import { newId } from './ids'
import { completionBeforeStart } from './rules'
import type { AchievementGroup, AchievementItem, Objective, Task, WeekContent, Weekday } from './types'

/** Pure edits of a week's content; each returns new objects and leaves its input untouched. */

export function insertAt<T>(list: readonly T[], index: number, value: T): T[] {
  const next = list.slice()
  next.splice(Math.max(0, Math.min(index, next.length)), 0, value)
  return next
}

export function moveInList<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by
  if (index < 0 || target < 0 || target >= list.length) return list.slice()
  const next = list.slice()
  ;[next[index], next[target]] = [next[target], next[index]]
  return next
}

// Tasks

export function updateTask(content: WeekContent, id: string, patch: Partial<Task>): WeekContent {
  return { ...content, tasks: content.tasks.map((t) => (t.id === id ? { ...t, ...patch } : t)) }
}

/** Moves a task up or down among the tasks of its own day. */
export function moveTaskInDay(content: WeekContent, id: string, by: -1 | 1): WeekContent {
  const task = content.tasks.find((t) => t.id === id)
  if (!task) return content
  const sameDay = content.tasks.filter((t) => t.day === task.day)
  const position = sameDay.indexOf(task)
  const swapWith = sameDay[position + by]
  if (!swapWith) return content
  const a = content.tasks.indexOf(task)
  const b = content.tasks.indexOf(swapWith)
  const tasks = content.tasks.slice()
  ;[tasks[a], tasks[b]] = [tasks[b], tasks[a]]
  return { ...content, tasks }
}

/** Moves a task to another day, at the end of it; dates that were the old day's follow to the new day. */
export function moveTaskToDay(content: WeekContent, id: string, day: Weekday, monday: string): WeekContent {
  const task = content.tasks.find((t) => t.id === id)
  if (!task || task.day === day) return content
  const oldDate = dayDate(monday, task.day)
  const newDate = dayDate(monday, day)
  const startDate = task.startDate === oldDate ? newDate : task.startDate
  let completionDate = task.completionDate === oldDate ? newDate : task.completionDate
  // A task that ran from the old day to a later one, moved past that later day, must not end before it starts.
  if (completionBeforeStart({ startDate, completionDate })) completionDate = startDate
  const moved: Task = { ...task, day, startDate, completionDate }
  return { ...content, tasks: [...content.tasks.filter((t) => t.id !== id), moved] }
}

export interface Removed<T> {
  content: WeekContent
  removed: T
  /** Puts the removed element back where it was, in whatever the content has become since. */
  restore: (content: WeekContent) => WeekContent
}

export function removeTask(content: WeekContent, id: string): Removed<Task> | null {
  const index = content.tasks.findIndex((t) => t.id === id)
  if (index < 0) return null
  const removed = content.tasks[index]
  return {
    content: { ...content, tasks: content.tasks.filter((t) => t.id !== id) },
    removed,
    restore: (current) => ({ ...current, tasks: insertAt(current.tasks, index, removed) }),
  }
}

// Objectives

export function removeObjective(content: WeekContent, id: string): Removed<Objective> | null {
  const index = content.objectives.findIndex((o) => o.id === id)
  if (index < 0) return null
  const removed = content.objectives[index]
  return {
    content: { ...content, objectives: content.objectives.filter((o) => o.id !== id) },
    removed,
    restore: (current) => ({ ...current, objectives: insertAt(current.objectives, index, removed) }),
  }
}

// Achievements

export function mapGroups(
  content: WeekContent,
  fn: (groups: AchievementGroup[]) => AchievementGroup[],
): WeekContent {
  return { ...content, achievements: { ...content.achievements, groups: fn(content.achievements.groups) } }
}

export function removeGroup(content: WeekContent, id: string): Removed<AchievementGroup> | null {
  const index = content.achievements.groups.findIndex((g) => g.id === id)
  if (index < 0) return null
  const removed = content.achievements.groups[index]
  return {
    content: mapGroups(content, (groups) => groups.filter((g) => g.id !== id)),
    removed,
    restore: (current) => mapGroups(current, (groups) => insertAt(groups, index, removed)),
  }
}

/** Applies `fn` to the sibling list that holds item `id`, wherever it is nested. */
function editSiblings(
  items: AchievementItem[],
  id: string,
  fn: (siblings: AchievementItem[], index: number) => AchievementItem[],
): AchievementItem[] | null {
  const index = items.findIndex((i) => i.id === id)
  if (index >= 0) return fn(items, index)
  for (let k = 0; k < items.length; k++) {
    const children = editSiblings(items[k].children, id, fn)
    if (children) return items.map((item, j) => (j === k ? { ...item, children } : item))
  }
  return null
}

/** Applies `fn` to the sibling list holding item `id`, in whichever group it is. */
export function editItemLists(
  content: WeekContent,
  id: string,
  fn: (siblings: AchievementItem[], index: number) => AchievementItem[],
): WeekContent {
  return mapGroups(content, (groups) =>
    groups.map((group) => {
      const items = editSiblings(group.items, id, fn)
      return items ? { ...group, items } : group
    }),
  )
}

export function updateItem(content: WeekContent, id: string, patch: Partial<AchievementItem>): WeekContent {
  return editItemLists(content, id, (siblings, i) =>
    siblings.map((s, j) => (j === i ? { ...s, ...patch } : s)),
  )
}

export function newItem(text = ''): AchievementItem {
  return { id: newId(), text, achieved: false, children: [] }
}

/** Adds an item after `afterId` (same level), or at the end of a group when `afterId` is null. */
export function addItem(
  content: WeekContent,
  groupId: string,
  afterId: string | null,
  item = newItem(),
): WeekContent {
  if (afterId) return editItemLists(content, afterId, (siblings, i) => insertAt(siblings, i + 1, item))
  return mapGroups(content, (groups) =>
    groups.map((g) => (g.id === groupId ? { ...g, items: [...g.items, item] } : g)),
  )
}

export function addChildItem(content: WeekContent, parentId: string, item = newItem()): WeekContent {
  return editItemLists(content, parentId, (siblings, i) =>
    siblings.map((s, j) => (j === i ? { ...s, children: [...s.children, item] } : s)),
  )
}

export function moveItem(content: WeekContent, id: string, by: -1 | 1): WeekContent {
  return editItemLists(content, id, (siblings, i) => moveInList(siblings, i, by))
}

/** Makes an item the last child of the item above it. */
export function indentItem(content: WeekContent, id: string): WeekContent {
  return editItemLists(content, id, (siblings, i) => {
    if (i === 0) return siblings
    const item = siblings[i]
    const previous = siblings[i - 1]
    const next = siblings.filter((_, j) => j !== i)
    next[i - 1] = { ...previous, children: [...previous.children, item] }
    return next
  })
}

/** Lifts an item out of its parent, to just after the parent. */
export function outdentItem(content: WeekContent, id: string): WeekContent {
  const lift = (items: AchievementItem[]): AchievementItem[] | null => {
    for (let k = 0; k < items.length; k++) {
      const index = items[k].children.findIndex((c) => c.id === id)
      if (index >= 0) {
        const parent = { ...items[k], children: items[k].children.filter((c) => c.id !== id) }
        const next = items.slice()
        next.splice(k, 1, parent, items[k].children[index])
        return next
      }
      const deeper = lift(items[k].children)
      if (deeper) return items.map((item, j) => (j === k ? { ...item, children: deeper } : item))
    }
    return null
  }
  return mapGroups(content, (groups) =>
    groups.map((group) => {
      const items = lift(group.items)
      return items ? { ...group, items } : group
    }),
  )
}

export function removeItem(content: WeekContent, id: string): Removed<AchievementItem> | null {
  let removed: AchievementItem | undefined
  let parentId: string | null = null
  let groupId = ''
  let index = -1
  const find = (items: AchievementItem[], parent: string | null, group: string) => {
    items.forEach((item, i) => {
      if (item.id === id) {
        removed = item
        parentId = parent
        groupId = group
        index = i
      } else find(item.children, item.id, group)
    })
  }
  content.achievements.groups.forEach((g) => find(g.items, null, g.id))
  if (!removed) return null
  const item = removed
  const next = editItemLists(content, id, (siblings) => siblings.filter((s) => s.id !== id))
  return {
    content: next,
    removed: item,
    restore: (current) => {
      if (parentId) {
        return editItemLists(current, parentId, (siblings, i) =>
          siblings.map((s, j) => (j === i ? { ...s, children: insertAt(s.children, index, item) } : s)),
        )
      }
      return mapGroups(current, (groups) =>
        groups.map((g) => (g.id === groupId ? { ...g, items: insertAt(g.items, index, item) } : g)),
      )
    },
  }
}

/** Ticks (or unticks) every item of one group, nested ones included — or of every group when `groupId` is null. */
export function tickAll(content: WeekContent, groupId: string | null, achieved: boolean): WeekContent {
  const tick = (items: AchievementItem[]): AchievementItem[] =>
    items.map((item) => ({ ...item, achieved, children: tick(item.children) }))
  return mapGroups(content, (groups) =>
    groups.map((g) => (groupId === null || g.id === groupId ? { ...g, items: tick(g.items) } : g)),
  )
}

/** Whether every item of the lists (nested ones included) is ticked; false for no items. */
export function allTicked(items: AchievementItem[]): boolean {
  return (
    items.length > 0 &&
    items.every((item) => item.achieved && (item.children.length === 0 || allTicked(item.children)))
  )
}

/** Adds an item at the start of a group. */
export function addFirstItem(content: WeekContent, groupId: string, item = newItem()): WeekContent {
  return mapGroups(content, (groups) =>
    groups.map((g) => (g.id === groupId ? { ...g, items: [item, ...g.items] } : g)),
  )
}
