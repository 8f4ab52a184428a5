import { describe, expect, it } from 'vitest'
import { carryInto, unfinishedTasks } from '../../src/domain/carryOver'
import {
  addChildItem,
  addItem,
  indentItem,
  insertAt,
  moveInList,
  moveItem,
  moveTaskInDay,
  moveTaskToDay,
  outdentItem,
  removeGroup,
  removeItem,
  removeObjective,
  removeTask,
  updateItem,
  updateTask,
} from '../../src/domain/edits'
import { emptyContent, newJournal, newTask, newWeek } from '../../src/domain/factories'
import { completionBeforeStart } from '../../src/domain/rules'
import type { AchievementItem, Task, WeekContent, Weekday } from '../../src/domain/types'

const MONDAY = '2025-10-20'

const item = (id: string, children: AchievementItem[] = [], achieved = false): AchievementItem => ({
  id,
  text: id,
  achieved,
  children,
})

const task = (id: string, day: Weekday, patch: Partial<Task> = {}): Task => ({
  ...newTask(MONDAY, day, id),
  id,
  ...patch,
})

function content(patch: Partial<WeekContent> = {}): WeekContent {
  return { ...emptyContent(1), ...patch }
}

/** The item tree of every group as nested arrays of ids, easy to compare. */
type Shape = (string | [string, Shape])[]
function shape(items: AchievementItem[]): Shape {
  return items.map((i) => (i.children.length ? [i.id, shape(i.children)] : i.id))
}
const groupShapes = (c: WeekContent) => c.achievements.groups.map((g) => shape(g.items))

/**
 * g1: a, b (b1, b2 (b2x, b2y)), c
 * g2: d
 */
function tree(): WeekContent {
  return content({
    achievements: {
      intro: '',
      groups: [
        {
          id: 'g1',
          title: 'One',
          items: [item('a'), item('b', [item('b1'), item('b2', [item('b2x'), item('b2y')])]), item('c')],
        },
        { id: 'g2', title: 'Two', items: [item('d')] },
      ],
    },
  })
}

describe('list helpers', () => {
  it('insertAt clamps the index and copies the list', () => {
    const list = ['a', 'b']
    expect(insertAt(list, 1, 'x')).toEqual(['a', 'x', 'b'])
    expect(insertAt(list, 99, 'x')).toEqual(['a', 'b', 'x'])
    expect(insertAt(list, -3, 'x')).toEqual(['x', 'a', 'b'])
    expect(list).toEqual(['a', 'b'])
  })

  it('moveInList swaps with the neighbour and ignores moves past either end', () => {
    expect(moveInList(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c'])
    expect(moveInList(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b'])
    expect(moveInList(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveInList(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
  })
})

describe('task edits', () => {
  const week = () =>
    content({ tasks: [task('m1', 1), task('w1', 3), task('m2', 1), task('m3', 1), task('f1', 5)] })

  it('updateTask patches one task and leaves the input untouched', () => {
    const before = week()
    const after = updateTask(before, 'w1', { title: 'VPC peering', status: 'done' })
    expect(after.tasks.find((t) => t.id === 'w1')).toMatchObject({
      title: 'VPC peering',
      status: 'done',
      day: 3,
    })
    expect(before.tasks.find((t) => t.id === 'w1')!.title).toBe('w1')
    expect(after.tasks.filter((t) => t.id !== 'w1')).toEqual(before.tasks.filter((t) => t.id !== 'w1'))
  })

  it('moveTaskInDay swaps with the neighbour of the same day, skipping other days', () => {
    const c = week()
    const down = moveTaskInDay(c, 'm1', 1)
    expect(down.tasks.filter((t) => t.day === 1).map((t) => t.id)).toEqual(['m2', 'm1', 'm3'])
    expect(down.tasks.find((t) => t.day === 3)!.id).toBe('w1')
    const up = moveTaskInDay(c, 'm3', -1)
    expect(up.tasks.filter((t) => t.day === 1).map((t) => t.id)).toEqual(['m1', 'm3', 'm2'])
    expect(moveTaskInDay(c, 'm1', -1)).toBe(c)
    expect(moveTaskInDay(c, 'f1', 1)).toBe(c)
    expect(moveTaskInDay(c, 'missing', 1)).toBe(c)
  })

  it('moveTaskToDay puts the task at the end of the new day and moves the dates that were the old day', () => {
    const c = week()
    const moved = moveTaskToDay(c, 'm1', 3, MONDAY)
    expect(moved.tasks.filter((t) => t.day === 3).map((t) => t.id)).toEqual(['w1', 'm1'])
    expect(moved.tasks.filter((t) => t.day === 1).map((t) => t.id)).toEqual(['m2', 'm3'])
    expect(moved.tasks.find((t) => t.id === 'm1')).toMatchObject({
      startDate: '2025-10-22',
      completionDate: '2025-10-22',
    })
    expect(c.tasks.find((t) => t.id === 'm1')!.day).toBe(1)
  })

  it('moveTaskToDay keeps dates that were not the old day and blank dates', () => {
    const c = content({
      tasks: [
        task('x', 2, { startDate: '2025-10-13', completionDate: '2025-10-21' }),
        task('y', 2, { startDate: '', completionDate: '' }),
      ],
    })
    const x = moveTaskToDay(c, 'x', 4, MONDAY).tasks.find((t) => t.id === 'x')!
    expect(x).toMatchObject({ day: 4, startDate: '2025-10-13', completionDate: '2025-10-23' })
    const y = moveTaskToDay(c, 'y', 5, MONDAY).tasks.find((t) => t.id === 'y')!
    expect(y).toMatchObject({ day: 5, startDate: '', completionDate: '' })
  })

  it('moveTaskToDay never leaves a completion date before the start date', () => {
    // Started Monday, finished Wednesday; moved to Thursday, it cannot start Thursday and end Wednesday.
    const c = content({ tasks: [task('span', 1, { startDate: '2025-10-20', completionDate: '2025-10-22' })] })
    const moved = moveTaskToDay(c, 'span', 4, MONDAY).tasks[0]
    expect(moved.day).toBe(4)
    expect(moved).toMatchObject({ startDate: '2025-10-23', completionDate: '2025-10-23' })
    expect(completionBeforeStart(moved)).toBe(false)
  })

  it('moveTaskToDay to the same day or of an unknown task changes nothing', () => {
    const c = week()
    expect(moveTaskToDay(c, 'm1', 1, MONDAY)).toBe(c)
    expect(moveTaskToDay(c, 'nope', 2, MONDAY)).toBe(c)
  })

  it('removeTask removes, and restore puts it back at its place after later edits', () => {
    const c = week()
    const removed = removeTask(c, 'm2')!
    expect(removed.removed.id).toBe('m2')
    expect(removed.content.tasks.map((t) => t.id)).toEqual(['m1', 'w1', 'm3', 'f1'])
    const edited = updateTask(removed.content, 'f1', { title: 'edited meanwhile' })
    const restored = removed.restore(edited)
    expect(restored.tasks.map((t) => t.id)).toEqual(['m1', 'w1', 'm2', 'm3', 'f1'])
    expect(restored.tasks.find((t) => t.id === 'f1')!.title).toBe('edited meanwhile')
    expect(restored.tasks.find((t) => t.id === 'm2')).toEqual(c.tasks.find((t) => t.id === 'm2'))
    expect(removeTask(c, 'missing')).toBeNull()
  })
})

describe('objective edits', () => {
  it('removeObjective removes, and restore puts it back where it was', () => {
    const c = content({
      objectives: [
        { id: 'o1', text: 'Learn VPC' },
        { id: 'o2', text: 'Learn EC2' },
        { id: 'o3', text: 'Write the summary' },
      ],
    })
    const removed = removeObjective(c, 'o2')!
    expect(removed.content.objectives.map((o) => o.id)).toEqual(['o1', 'o3'])
    const later = {
      ...removed.content,
      objectives: [...removed.content.objectives, { id: 'o4', text: 'New' }],
    }
    expect(removed.restore(later).objectives.map((o) => o.text)).toEqual([
      'Learn VPC',
      'Learn EC2',
      'Write the summary',
      'New',
    ])
    expect(removeObjective(c, 'nope')).toBeNull()
  })
})

describe('achievement edits', () => {
  it('updateItem patches an item at any depth', () => {
    const c = tree()
    const after = updateItem(c, 'b2y', { achieved: true, text: 'peering done' })
    const b2y = after.achievements.groups[0].items[1].children[1].children[1]
    expect(b2y).toMatchObject({ id: 'b2y', achieved: true, text: 'peering done' })
    expect(c.achievements.groups[0].items[1].children[1].children[1].achieved).toBe(false)
    expect(groupShapes(after)).toEqual(groupShapes(c))
  })

  it('addItem adds after a nested sibling, or at the end of a group', () => {
    const c = tree()
    expect(groupShapes(addItem(c, 'g1', 'b1', item('new')))[0]).toEqual([
      'a',
      ['b', ['b1', 'new', ['b2', ['b2x', 'b2y']]]],
      'c',
    ])
    expect(groupShapes(addItem(c, 'g2', null, item('new')))[1]).toEqual(['d', 'new'])
  })

  it('addChildItem appends a child to a nested item', () => {
    const after = addChildItem(tree(), 'b2x', item('deep'))
    expect(groupShapes(after)[0]).toEqual(['a', ['b', ['b1', ['b2', [['b2x', ['deep']], 'b2y']]]], 'c'])
  })

  it('moveItem moves among its own siblings only', () => {
    const c = tree()
    expect(groupShapes(moveItem(c, 'b2', -1))[0]).toEqual(['a', ['b', [['b2', ['b2x', 'b2y']], 'b1']], 'c'])
    expect(groupShapes(moveItem(c, 'b1', -1))).toEqual(groupShapes(c))
    expect(groupShapes(moveItem(c, 'a', 1))[0][0]).toEqual(['b', ['b1', ['b2', ['b2x', 'b2y']]]])
  })

  it('indentItem makes an item the last child of the item above, at the top and nested', () => {
    const c = tree()
    expect(groupShapes(indentItem(c, 'c'))[0]).toEqual(['a', ['b', ['b1', ['b2', ['b2x', 'b2y']], 'c']]])
    expect(groupShapes(indentItem(c, 'b2'))[0]).toEqual(['a', ['b', [['b1', [['b2', ['b2x', 'b2y']]]]]], 'c'])
    expect(groupShapes(indentItem(c, 'b2y'))[0]).toEqual([
      'a',
      ['b', ['b1', ['b2', [['b2x', ['b2y']]]]]],
      'c',
    ])
    // The first item of a list has nothing above it to go under.
    expect(groupShapes(indentItem(c, 'a'))).toEqual(groupShapes(c))
    expect(groupShapes(indentItem(c, 'b2x'))).toEqual(groupShapes(c))
  })

  it('outdentItem lifts an item to just after its parent, at any depth', () => {
    const c = tree()
    expect(groupShapes(outdentItem(c, 'b1'))[0]).toEqual(['a', ['b', [['b2', ['b2x', 'b2y']]]], 'b1', 'c'])
    expect(groupShapes(outdentItem(c, 'b2x'))[0]).toEqual(['a', ['b', ['b1', ['b2', ['b2y']], 'b2x']], 'c'])
    expect(groupShapes(outdentItem(c, 'a'))).toEqual(groupShapes(c))
  })

  it('indent then outdent gives the tree back', () => {
    const c = tree()
    expect(groupShapes(outdentItem(indentItem(c, 'c'), 'c'))).toEqual(groupShapes(c))
    expect(groupShapes(outdentItem(indentItem(c, 'b2y'), 'b2y'))).toEqual(groupShapes(c))
  })

  it('outdent keeps the lifted item with its own children and its ticks', () => {
    const c = updateItem(tree(), 'b2x', { achieved: true })
    const after = outdentItem(c, 'b2')
    expect(groupShapes(after)[0]).toEqual(['a', ['b', ['b1']], ['b2', ['b2x', 'b2y']], 'c'])
    expect(after.achievements.groups[0].items[2].children[0].achieved).toBe(true)
  })

  it('removeItem at every depth, restored after other edits, comes back at its place', () => {
    const cases: { id: string; edit: (c: WeekContent) => WeekContent }[] = [
      { id: 'a', edit: (c) => updateItem(c, 'c', { achieved: true }) },
      { id: 'b1', edit: (c) => addItem(c, 'g2', null, item('e')) },
      { id: 'b2', edit: (c) => moveItem(c, 'a', 1) },
      { id: 'b2x', edit: (c) => outdentItem(c, 'b2') },
      { id: 'b2y', edit: (c) => indentItem(c, 'c') },
      { id: 'd', edit: (c) => addChildItem(c, 'a', item('a1')) },
    ]
    for (const { id, edit } of cases) {
      const c = tree()
      const removed = removeItem(c, id)!
      expect(removed.removed.id).toBe(id)
      expect(JSON.stringify(removed.content)).not.toContain(`"${id}"`)
      const restored = removed.restore(edit(removed.content))
      // Restoring on top of the later edit equals doing the later edit without the removal.
      expect(groupShapes(restored), `restore of ${id}`).toEqual(groupShapes(edit(c)))
    }
  })

  it('removeItem restores the removed subtree whole, ticks included', () => {
    const c = updateItem(tree(), 'b2y', { achieved: true })
    const removed = removeItem(c, 'b2')!
    expect(shape([removed.removed])).toEqual([['b2', ['b2x', 'b2y']]])
    const restored = removed.restore(removed.content)
    expect(restored).toEqual(c)
    expect(removeItem(c, 'missing')).toBeNull()
  })

  it('removeGroup removes and restores a whole group at its place', () => {
    const c = tree()
    const removed = removeGroup(c, 'g1')!
    expect(removed.content.achievements.groups.map((g) => g.id)).toEqual(['g2'])
    const later = {
      ...removed.content,
      achievements: {
        ...removed.content.achievements,
        groups: [...removed.content.achievements.groups, { id: 'g3', title: 'Three', items: [] }],
      },
    }
    expect(removed.restore(later).achievements.groups.map((g) => g.id)).toEqual(['g1', 'g2', 'g3'])
    expect(removed.restore(removed.content)).toEqual(c)
    expect(removeGroup(c, 'nope')).toBeNull()
  })
})

describe('carry over', () => {
  const journal = newJournal({
    owner: 'An',
    mentor: '',
    firstMonday: MONDAY,
    plannedWeeks: 12,
    section: 1,
    languages: ['en'],
  })

  it('unfinishedTasks keeps planned and in-progress tasks', () => {
    const tasks = [task('p', 1), task('i', 2, { status: 'in-progress' }), task('d', 3, { status: 'done' })]
    expect(unfinishedTasks(tasks).map((t) => t.id)).toEqual(['p', 'i'])
  })

  it('carryInto copies tasks with fresh ids onto the same weekday of the next week, keeping their start date', () => {
    const next = newWeek(journal, 2)
    const carried = carryInto(
      next,
      'en',
      [
        task('vpc', 3, {
          status: 'in-progress',
          detail: 'peering',
          reference: 'https://docs.aws.amazon.com/vpc/',
        }),
      ],
      [],
    )
    const tasks = carried.content.en!.tasks
    expect(tasks).toHaveLength(1)
    expect(tasks[0]).toMatchObject({
      day: 3,
      title: 'vpc',
      detail: 'peering',
      status: 'in-progress',
      reference: 'https://docs.aws.amazon.com/vpc/',
      startDate: '2025-10-22',
      completionDate: '2025-10-29',
      carriedFrom: 'vpc',
    })
    expect(tasks[0].id).not.toBe('vpc')
    expect(next.content.en!.tasks).toHaveLength(0)
  })

  it('carryInto appends to what the next week has and skips objectives it already has', () => {
    const next = newWeek(journal, 2)
    next.content.en = {
      ...next.content.en!,
      objectives: [{ id: 'x', text: 'Learn EC2' }],
      tasks: [task('already', 1, { startDate: '2025-10-27', completionDate: '2025-10-27' })],
    }
    const carried = carryInto(
      next,
      'en',
      [task('t', 5, { completionDate: '' })],
      [
        { id: 'o1', text: ' Learn EC2 ' },
        { id: 'o2', text: 'Learn S3' },
      ],
    )
    const c = carried.content.en!
    expect(c.objectives.map((o) => o.text)).toEqual(['Learn EC2', 'Learn S3'])
    expect(c.objectives[1].id).not.toBe('o2')
    expect(c.tasks.map((t) => t.title)).toEqual(['already', 't'])
    expect(c.tasks[1]).toMatchObject({
      day: 5,
      startDate: '2025-10-24',
      completionDate: '',
      carriedFrom: 't',
    })
  })

  it('carryInto starts the language version when the next week lacks it, under its Vietnamese title', () => {
    const next = newWeek(journal, 2)
    const carried = carryInto(next, 'vi', [task('t', 2)], [])
    expect(carried.content.vi!.title).toBe('Worklog Tuần 2')
    expect(carried.content.vi!.tasks).toHaveLength(1)
    // The other version gets the same task, under the same id, marked not translated yet.
    expect(carried.content.en!.tasks).toEqual([{ ...carried.content.vi!.tasks[0], untranslated: true }])
  })
})

describe('carrying over twice', () => {
  it('does not add a task the next week already has from an earlier carry-over', () => {
    const journal = newJournal({
      owner: 'An',
      mentor: '',
      firstMonday: '2025-10-20',
      plannedWeeks: 12,
      section: 1,
      languages: ['en'],
    })
    const task = newTask('2025-10-20', 2, 'Finish the VPC lab')
    const once = carryInto(newWeek(journal, 2), 'en', [task], [])
    const twice = carryInto(once, 'en', [task], [])
    expect(twice.content.en!.tasks.map((t) => t.title)).toEqual(['Finish the VPC lab'])
  })
})
