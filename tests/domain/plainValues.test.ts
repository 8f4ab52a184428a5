import { describe, expect, it } from 'vitest'
import { addFirstItem, allTicked, tickAll } from '../../src/domain/edits'
import { emptyContent } from '../../src/domain/factories'
import { settingsProblems } from '../../src/domain/journalSettings'
import { sameValue } from '../../src/domain/sameValue'
import type { AchievementItem } from '../../src/domain/types'

describe('the same plain value', () => {
  it('compares arrays item by item and objects key by key, blind to order and undefined keys', () => {
    expect(sameValue({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] })).toBe(true)
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true)
    expect(sameValue([1, 2], [1, 3])).toBe(false)
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false)
    expect(sameValue([1, [2]], [1, [2]])).toBe(true)
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(sameValue({ a: 1, c: 3 }, { a: 1, b: 3 })).toBe(false)
    expect(sameValue({ a: { x: 1 } }, { a: { x: 2 } })).toBe(false)
  })

  it('tells apart values of other kinds', () => {
    expect(sameValue(1, '1')).toBe(false)
    expect(sameValue(null, {})).toBe(false)
    expect(sameValue({}, null)).toBe(false)
    expect(sameValue('a', {})).toBe(false)
    expect(sameValue({}, 'a')).toBe(false)
    expect(sameValue([], {})).toBe(false)
    expect(sameValue({ 0: 'a' }, ['a'])).toBe(false)
    expect(sameValue(null, null)).toBe(true)
  })
})

describe('journal settings', () => {
  const good = {
    owner: 'An',
    mentor: '',
    firstMonday: '2025-10-20',
    plannedWeeks: 12,
    section: 1,
    languages: ['en' as const],
  }

  it('take 1 to 1,000 weeks and sections 0 to 99, whole numbers only', () => {
    for (const plannedWeeks of [1, 1000]) expect(settingsProblems({ ...good, plannedWeeks })).toEqual([])
    for (const plannedWeeks of [0, 1001, 2.5])
      expect(settingsProblems({ ...good, plannedWeeks }), String(plannedWeeks)).toEqual(['plannedWeeks'])
    for (const section of [0, 99]) expect(settingsProblems({ ...good, section })).toEqual([])
    for (const section of [-1, 100, 1.5])
      expect(settingsProblems({ ...good, section }), String(section)).toEqual(['section'])
  })
})

describe('ticking achievements', () => {
  const item = (achieved: boolean, children: AchievementItem[] = []): AchievementItem => ({
    id: Math.random().toString(36),
    text: 'x',
    achieved,
    children,
  })

  it('all ticked means every item at every depth, and never an empty list', () => {
    expect(allTicked([])).toBe(false)
    expect(allTicked([item(true), item(true, [item(true)])])).toBe(true)
    expect(allTicked([item(true), item(false)])).toBe(false)
    expect(allTicked([item(true, [item(false)])])).toBe(false)
    expect(allTicked([item(false, [item(true)])])).toBe(false)
  })

  it('ticks one group or every group, and adds an item first in its group only', () => {
    const content = {
      ...emptyContent(1),
      achievements: {
        intro: '',
        groups: [
          { id: 'g1', title: 'A', items: [item(false, [item(false)])] },
          { id: 'g2', title: 'B', items: [item(false)] },
        ],
      },
    }
    const one = tickAll(content, 'g1', true).achievements.groups
    expect(one.map((g) => allTicked(g.items))).toEqual([true, false])
    const all = tickAll(content, null, true).achievements.groups
    expect(all.map((g) => allTicked(g.items))).toEqual([true, true])
    const first = item(true)
    const added = addFirstItem(content, 'g2', first).achievements.groups
    expect(added[1].items[0]).toBe(first)
    expect(added[1].items).toHaveLength(2)
    expect(added[0]).toBe(content.achievements.groups[0])
  })
})
