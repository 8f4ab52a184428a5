import { describe, expect, it } from 'vitest'
import { emptyContent } from '../../src/domain/factories'
import { emptyHistory, HISTORY_LIMIT, recordEdit, redoEdit, undoEdit } from '../../src/domain/history'
import {
  isMultiLine,
  itemAbove,
  itemsFromLines,
  pastedLines,
  pasteItems,
  pasteObjectives,
} from '../../src/domain/outline'
import type { AchievementItem, WeekContent } from '../../src/domain/types'

const item = (id: string, text = id, children: AchievementItem[] = []): AchievementItem => ({
  id,
  text,
  achieved: false,
  children,
})

function withItems(items: AchievementItem[]): WeekContent {
  const content = emptyContent(1)
  return { ...content, achievements: { ...content.achievements, groups: [{ id: 'g', title: 'G', items }] } }
}

const shape = (items: AchievementItem[]): unknown[] =>
  items.map((i) => (i.children.length ? [i.text, shape(i.children)] : i.text))

describe('pasted lines', () => {
  it('strips *, -, + and numbered markers and skips blank lines', () => {
    expect(pastedLines('* a\n\n- b\n+ c\n1. d\n12) e\nplain').map((l) => l.text)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'plain',
    ])
  })

  it('nests by indentation, whether by 2 spaces, 4 or tabs, and never deeper than one below the line above', () => {
    const lines = pastedLines('* a\n  * b\n    * c\n  * d\n* e\n\t* f\n        * g')
    expect(lines.map((l) => [l.text, l.depth])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 1],
      ['e', 0],
      ['f', 1],
      ['g', 2],
    ])
    expect(pastedLines('    * a\n* b').map((l) => l.depth)).toEqual([0, 0])
  })

  it('reads task boxes as ticks and keeps words that only look like markers', () => {
    const lines = pastedLines('* [x] done\n* [ ] open\n*bold* stays\n2025 plan')
    expect(lines).toEqual([
      { text: 'done', depth: 0, achieved: true },
      { text: 'open', depth: 0, achieved: false },
      { text: '*bold* stays', depth: 0, achieved: false },
      { text: '2025 plan', depth: 0, achieved: false },
    ])
  })

  it('handles Windows line ends and tells one line from several', () => {
    expect(pastedLines('a\r\nb\r\n').map((l) => l.text)).toEqual(['a', 'b'])
    expect(isMultiLine('one line\n')).toBe(false)
    expect(isMultiLine('* a\n* b')).toBe(true)
  })

  it('builds nested items', () => {
    expect(shape(itemsFromLines(pastedLines('* a\n  * b\n  * c\n* d')))).toEqual([['a', ['b', 'c']], 'd'])
  })
})

describe('pasting into the checklist and the objectives', () => {
  it('replaces an empty item with the pasted ones, at its level', () => {
    const content = withItems([item('x', 'first'), item('blank', '')])
    const pasted = pasteItems(content, 'blank', '* a\n* b\n  * c')!
    expect(shape(pasted.content.achievements.groups[0].items)).toEqual(['first', 'a', ['b', ['c']]])
    const last = pasted.content.achievements.groups[0].items[2].children[0]
    expect(pasted.last).toBe(last.id)
  })

  it('adds after a filled item, inside its parent', () => {
    const content = withItems([item('p', 'parent', [item('k', 'kid')])])
    const pasted = pasteItems(content, 'k', 'a\nb')!
    expect(shape(pasted.content.achievements.groups[0].items)).toEqual([['parent', ['kid', 'a', 'b']]])
  })

  it('makes one objective per line', () => {
    const content = {
      ...emptyContent(1),
      objectives: [
        { id: 'o1', text: 'keep' },
        { id: 'o2', text: '' },
      ],
    }
    const pasted = pasteObjectives(content, 'o2', '* a\n* b\n* c')!
    expect(pasted.content.objectives.map((o) => o.text)).toEqual(['keep', 'a', 'b', 'c'])
    expect(pasted.last).toBe(pasted.content.objectives[3].id)
    const after = pasteObjectives(content, 'o1', '1. x\n2. y')!
    expect(after.content.objectives.map((o) => o.text)).toEqual(['keep', 'x', 'y', ''])
  })

  it('finds the item shown above another', () => {
    const content = withItems([item('a', 'a', [item('b', 'b', [item('c')])]), item('d')])
    expect(itemAbove(content.achievements, 'd')).toBe('c')
    expect(itemAbove(content.achievements, 'b')).toBe('a')
    expect(itemAbove(content.achievements, 'a')).toBeNull()
  })
})

describe('the undo stack', () => {
  it('undoes and redoes steps in order', () => {
    let h = emptyHistory<string>()
    h = recordEdit(h, 'a')
    h = recordEdit(h, 'ab')
    const back = undoEdit(h, 'abc')!
    expect(back.value).toBe('ab')
    const back2 = undoEdit(back.history, back.value)!
    expect(back2.value).toBe('a')
    expect(undoEdit(back2.history, back2.value)).toBeNull()
    const forward = redoEdit(back2.history, 'a')!
    expect(forward.value).toBe('ab')
    expect(redoEdit(forward.history, forward.value)!.value).toBe('abc')
  })

  it('merges typing in one field into one step, but not typing in another field', () => {
    let h = emptyHistory<string>()
    h = recordEdit(h, '', 'title')
    h = recordEdit(h, 'a', 'title')
    h = recordEdit(h, 'ab', 'title')
    h = recordEdit(h, 'abc', 'detail')
    expect(h.past).toEqual(['', 'abc'])
  })

  it('drops what could be redone once a new edit is made, and keeps a bounded past', () => {
    let h = recordEdit(emptyHistory<number>(), 1)
    h = undoEdit(h, 2)!.history
    expect(h.future).toEqual([2])
    h = recordEdit(h, 1)
    expect(h.future).toEqual([])
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) h = recordEdit(h, i)
    expect(h.past.length).toBe(HISTORY_LIMIT)
  })
})
