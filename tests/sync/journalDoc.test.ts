import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { emptyContent, newTask } from '../../src/domain/factories'
import type { WeekContent } from '../../src/domain/types'
import { readWeek, syncedWeekNumbers, writeWeek, type SyncedWeek } from '../../src/sync/journalDoc'
import { setText } from '../../src/sync/yShapes'

function week3(): SyncedWeek {
  const content: WeekContent = {
    ...emptyContent(3),
    objectives: [{ id: 'o1', text: 'Learn the API' }],
    tasks: [
      { ...newTask('2025-10-20', 1, 'Set up the project'), id: 't1', detail: 'Node and the editor' },
      { ...newTask('2025-10-20', 2, 'Read the docs'), id: 't2', status: 'done' },
    ],
    achievements: {
      intro: 'This week:',
      groups: [
        {
          id: 'g1',
          title: 'Tooling',
          items: [
            {
              id: 'i1',
              text: 'Installed Node',
              achieved: true,
              children: [{ id: 'i2', text: 'and npm', achieved: false, children: [] }],
            },
          ],
        },
      ],
    },
    summary: 'A good start.',
    notes: [{ id: 'n1', after: 'summary', markdown: '{{< figure src="a.png" >}}' }],
  }
  return { number: 3, monday: '2025-10-20', publishDate: '', content: { en: content } }
}

/** Two devices with the same journal document, each offline: edits are exchanged by `sync()`. */
function twoDevices(start: SyncedWeek) {
  const one = new Y.Doc()
  writeWeek(one, start)
  const two = new Y.Doc()
  Y.applyUpdate(two, Y.encodeStateAsUpdate(one))
  return {
    one,
    two,
    sync() {
      Y.applyUpdate(two, Y.encodeStateAsUpdate(one, Y.encodeStateVector(two)))
      Y.applyUpdate(one, Y.encodeStateAsUpdate(two, Y.encodeStateVector(one)))
    },
  }
}

function edited(week: SyncedWeek, change: (content: WeekContent) => WeekContent): SyncedWeek {
  return { ...week, content: { en: change(structuredClone(week.content.en ?? emptyContent(week.number))) } }
}

describe('the journal document', () => {
  it('gives back the week written into it, and lists its weeks', () => {
    const doc = new Y.Doc()
    writeWeek(doc, week3())
    writeWeek(doc, {
      number: 1,
      monday: '2025-10-06',
      publishDate: '2025-10-10',
      content: { vi: emptyContent(1, 'vi') },
    })
    expect(readWeek(doc, 3)).toEqual(week3())
    expect(readWeek(doc, 1)?.content).toEqual({ vi: emptyContent(1, 'vi') })
    expect(readWeek(doc, 2)).toBeNull()
    expect(syncedWeekNumbers(doc)).toEqual([1, 3])
  })

  it('writes nothing when nothing changed', () => {
    const doc = new Y.Doc()
    writeWeek(doc, week3())
    let updates = 0
    doc.on('update', () => updates++)
    writeWeek(doc, week3())
    expect(updates).toBe(0)
  })

  it('merges concurrent edits of the same text field as text', () => {
    const { one, two, sync } = twoDevices(week3())
    const start = week3()
    writeWeek(
      one,
      edited(start, (c) => ({ ...c, summary: 'Really a good start.' })),
    )
    writeWeek(
      two,
      edited(start, (c) => ({ ...c, summary: 'A good start. Next: tests.' })),
    )
    const task = (c: WeekContent, title: string) => ({
      ...c,
      tasks: c.tasks.map((t) => (t.id === 't1' ? { ...t, title } : t)),
    })
    writeWeek(
      one,
      edited(readWeek(one, 3) ?? start, (c) => task(c, 'Set up the project (Vite)')),
    )
    writeWeek(
      two,
      edited(readWeek(two, 3) ?? start, (c) => task(c, 'Quickly set up the project')),
    )
    sync()
    for (const doc of [one, two]) {
      const content = readWeek(doc, 3)?.content.en
      expect(content?.summary).toBe('Really a good start. Next: tests.')
      expect(content?.tasks[0].title).toBe('Quickly set up the project (Vite)')
    }
  })

  it('keeps tasks, items and field changes made on both devices', () => {
    const { one, two, sync } = twoDevices(week3())
    const start = week3()
    writeWeek(
      one,
      edited(start, (c) => ({
        ...c,
        tasks: [...c.tasks, { ...newTask('2025-10-20', 3, 'Write tests'), id: 't3' }],
        objectives: [...c.objectives, { id: 'o2', text: 'Ship week 3' }],
      })),
    )
    writeWeek(
      two,
      edited(start, (c) => {
        c.tasks[1].status = 'in-progress'
        c.tasks[0].day = 2
        c.achievements.groups[0].items[0].children.push({
          id: 'i3',
          text: 'and pnpm',
          achieved: true,
          children: [],
        })
        return c
      }),
    )
    sync()
    const one3 = readWeek(one, 3)
    expect(readWeek(two, 3)).toEqual(one3)
    const content = one3?.content.en
    expect(content?.tasks.map((t) => [t.id, t.day, t.status])).toEqual([
      ['t1', 2, 'planned'],
      ['t2', 2, 'in-progress'],
      ['t3', 3, 'planned'],
    ])
    expect(content?.objectives.map((o) => o.text)).toEqual(['Learn the API', 'Ship week 3'])
    expect(content?.achievements.groups[0].items[0].children.map((i) => i.text)).toEqual([
      'and npm',
      'and pnpm',
    ])
  })

  it('merges a week both devices started offline instead of keeping one', () => {
    const one = new Y.Doc()
    const two = new Y.Doc()
    const base = { number: 4, monday: '2025-10-27', publishDate: '' }
    writeWeek(one, {
      ...base,
      content: {
        en: { ...emptyContent(4), tasks: [{ ...newTask(base.monday, 1, 'From the laptop'), id: 'a' }] },
      },
    })
    writeWeek(two, {
      ...base,
      content: {
        en: { ...emptyContent(4), tasks: [{ ...newTask(base.monday, 1, 'From the desktop'), id: 'b' }] },
      },
    })
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two))
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one))
    const titles = readWeek(one, 4)
      ?.content.en?.tasks.map((t) => t.title)
      .sort()
    expect(titles).toEqual(['From the desktop', 'From the laptop'])
    expect(readWeek(two, 4)).toEqual(readWeek(one, 4))
  })

  it('follows a reordering, and keeps one copy when both devices moved the same task', () => {
    const { one, two, sync } = twoDevices(week3())
    const swapped = edited(week3(), (c) => ({ ...c, tasks: [c.tasks[1], c.tasks[0]] }))
    writeWeek(one, swapped)
    writeWeek(two, swapped)
    sync()
    expect(readWeek(one, 3)?.content.en?.tasks.map((t) => t.id)).toEqual(['t2', 't1'])
    writeWeek(one, readWeek(one, 3) ?? week3())
    expect(one.getArray('week:3:en:tasks').length).toBe(2)
  })

  it('refuses a document whose week does not fit the schema, with the field named', () => {
    const doc = new Y.Doc()
    writeWeek(doc, week3())
    const task = doc.getArray<Y.Map<unknown>>('week:3:en:tasks').get(0)
    task.set('status', 'finished')
    expect(() => readWeek(doc, 3)).toThrow(/Week 3 \(en\).*tasks\.0\.status/)
  })
})

describe('setText', () => {
  it('edits only the part that differs', () => {
    const doc = new Y.Doc()
    const text = doc.getText('t')
    text.insert(0, 'hello world')
    const deltas: unknown[] = []
    text.observe((event) => deltas.push(event.delta))
    setText(text, 'hello brave world')
    setText(text, 'hello world')
    setText(text, '')
    expect(deltas).toEqual([
      [{ retain: 6 }, { insert: 'brave ' }],
      [{ retain: 6 }, { delete: 6 }],
      [{ delete: 11 }],
    ])
  })
})
