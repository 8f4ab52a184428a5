import { describe, expect, it } from 'vitest'
import { editLanguage } from '../../src/domain/bilingual'
import { carryInto } from '../../src/domain/carryOver'
import {
  addItem,
  indentItem,
  moveTaskToDay,
  removeTask,
  tickAll,
  updateItem,
  updateTask,
} from '../../src/domain/edits'
import { copyContent, emptyContent, newJournal, newTask, newWeek } from '../../src/domain/factories'
import { pairLanguages } from '../../src/domain/pairLanguages'
import type { AchievementItem, Week, WeekContent } from '../../src/domain/types'

const MONDAY = '2025-10-20'

const item = (id: string, text: string, children: AchievementItem[] = []): AchievementItem => ({
  id,
  text,
  achieved: false,
  children,
})

function bilingualWeek(): Week['content'] {
  const en: WeekContent = {
    ...emptyContent(1, 'en'),
    objectives: [
      { id: 'o1', text: 'Learn VPC' },
      { id: 'o2', text: 'Learn S3' },
    ],
    tasks: [
      { ...newTask(MONDAY, 1, 'Set up the account'), id: 't1' },
      { ...newTask(MONDAY, 2, 'Build a VPC'), id: 't2' },
    ],
    achievements: {
      intro: 'This week I:',
      groups: [
        { id: 'g1', title: 'Networking', items: [item('i1', 'Made a subnet'), item('i2', 'Made a route')] },
      ],
    },
  }
  const vi: WeekContent = {
    ...emptyContent(1, 'vi'),
    objectives: [
      { id: 'o1', text: 'Học VPC' },
      { id: 'o2', text: 'Học S3' },
    ],
    tasks: [
      { ...newTask(MONDAY, 1, 'Tạo tài khoản'), id: 't1' },
      { ...newTask(MONDAY, 2, 'Dựng VPC'), id: 't2' },
    ],
    achievements: {
      intro: 'Tuần này tôi:',
      groups: [{ id: 'g1', title: 'Mạng', items: [item('i1', 'Tạo subnet'), item('i2', 'Tạo route')] }],
    },
  }
  return { en, vi }
}

describe('one structure for both languages', () => {
  it('moves a task to another day in the other language too, keeping that language’s text and dates', () => {
    const next = editLanguage(bilingualWeek(), 'en', (c) => moveTaskToDay(c, 't1', 4, MONDAY))
    const moved = next.vi!.tasks.find((t) => t.id === 't1')!
    expect(moved).toMatchObject({ day: 4, title: 'Tạo tài khoản', startDate: '2025-10-23' })
    expect(next.vi!.tasks.map((t) => t.id)).toEqual(next.en!.tasks.map((t) => t.id))
    expect(next.en!.tasks.find((t) => t.id === 't1')!.title).toBe('Set up the account')
  })

  it('shares status but not text', () => {
    let next = editLanguage(bilingualWeek(), 'vi', (c) => updateTask(c, 't2', { status: 'done' }))
    next = editLanguage(next, 'vi', (c) => updateTask(c, 't2', { title: 'Dựng VPC xong' }))
    expect(next.en!.tasks[1]).toMatchObject({ status: 'done', title: 'Build a VPC' })
    expect(next.vi!.tasks[1]).toMatchObject({ status: 'done', title: 'Dựng VPC xong' })
  })

  it('brings a task added in one language into the other, marked not translated, following its text', () => {
    const added = { ...newTask(MONDAY, 3), id: 't3' }
    let next = editLanguage(bilingualWeek(), 'vi', (c) => ({ ...c, tasks: [...c.tasks, added] }))
    expect(next.en!.tasks[2]).toMatchObject({ id: 't3', day: 3, title: '', untranslated: true })
    expect(next.vi!.tasks[2].untranslated).toBeUndefined()
    next = editLanguage(next, 'vi', (c) => updateTask(c, 't3', { title: 'Đọc tài liệu' }))
    expect(next.en!.tasks[2]).toMatchObject({ title: 'Đọc tài liệu', untranslated: true })
    // Translating it in English clears the mark; the Vietnamese text no longer flows in.
    next = editLanguage(next, 'en', (c) => updateTask(c, 't3', { title: 'Read the docs' }))
    expect(next.en!.tasks[2].untranslated).toBeUndefined()
    next = editLanguage(next, 'vi', (c) => updateTask(c, 't3', { title: 'Đọc kỹ tài liệu' }))
    expect(next.en!.tasks[2].title).toBe('Read the docs')
  })

  it('deletes a task from both languages', () => {
    const next = editLanguage(bilingualWeek(), 'en', (c) => removeTask(c, 't1')!.content)
    expect(next.vi!.tasks.map((t) => t.id)).toEqual(['t2'])
  })

  it('ticks, adds and nests achievement items in both languages', () => {
    let next = editLanguage(bilingualWeek(), 'vi', (c) => updateItem(c, 'i2', { achieved: true }))
    expect(next.en!.achievements.groups[0].items[1]).toMatchObject({ text: 'Made a route', achieved: true })
    next = editLanguage(next, 'en', (c) => indentItem(c, 'i2'))
    expect(next.vi!.achievements.groups[0].items).toEqual([
      item('i1', 'Tạo subnet', [{ ...item('i2', 'Tạo route'), achieved: true }]),
    ])
    next = editLanguage(next, 'en', (c) => addItem(c, 'g1', 'i1', item('i3', 'Made a gateway')))
    expect(next.vi!.achievements.groups[0].items[1]).toMatchObject({
      id: 'i3',
      text: 'Made a gateway',
      untranslated: true,
    })
    next = editLanguage(next, 'vi', (c) => tickAll(c, null, true))
    expect(next.en!.achievements.groups[0].items.every((i) => i.achieved)).toBe(true)
  })

  it('reorders and deletes objectives in both languages', () => {
    let next = editLanguage(bilingualWeek(), 'en', (c) => ({ ...c, objectives: [...c.objectives].reverse() }))
    expect(next.vi!.objectives.map((o) => o.text)).toEqual(['Học S3', 'Học VPC'])
    next = editLanguage(next, 'vi', (c) => ({ ...c, objectives: c.objectives.slice(1) }))
    expect(next.en!.objectives.map((o) => o.text)).toEqual(['Learn VPC'])
  })

  it('keeps the elements only the other language has (never paired) where they were', () => {
    const contents = bilingualWeek()
    contents.vi!.tasks.splice(1, 0, { ...newTask(MONDAY, 1, 'Chỉ tiếng Việt'), id: 'only-vi' })
    const next = editLanguage(contents, 'en', (c) => updateTask(c, 't2', { status: 'in-progress' }))
    expect(next.vi!.tasks.map((t) => t.id)).toEqual(['t1', 'only-vi', 't2'])
    expect(next.vi!.tasks[2].status).toBe('in-progress')
  })

  it('leaves a week with one language, and an edit that changes nothing, as they are', () => {
    const { en } = bilingualWeek()
    const one = { en }
    expect(editLanguage(one, 'en', (c) => updateTask(c, 't1', { day: 5 })).vi).toBeUndefined()
    const both = bilingualWeek()
    expect(editLanguage(both, 'en', (c) => c)).toBe(both)
  })
})

describe('pairing an imported week’s two pages', () => {
  it('gives the Vietnamese elements the English ids where the structures agree', () => {
    const { en, vi } = bilingualWeek()
    const read = {
      en,
      vi: {
        ...vi!,
        tasks: vi!.tasks.map((t, i) => ({ ...t, id: `vt${i}` })),
        objectives: vi!.objectives.map((o, i) => ({ ...o, id: `vo${i}` })),
        achievements: {
          ...vi!.achievements,
          groups: [{ id: 'vg', title: 'Mạng', items: [item('vi1', 'Tạo subnet'), item('vi2', 'Tạo route')] }],
        },
      },
    }
    const paired = pairLanguages(read)
    expect(paired.vi!.tasks.map((t) => t.id)).toEqual(['t1', 't2'])
    expect(paired.vi!.objectives.map((o) => o.id)).toEqual(['o1', 'o2'])
    expect(paired.vi!.achievements.groups[0].id).toBe('g1')
    expect(paired.vi!.achievements.groups[0].items.map((i) => i.id)).toEqual(['i1', 'i2'])
    expect(paired.vi!.tasks[0].title).toBe('Tạo tài khoản')
  })

  it('leaves unpaired what does not agree', () => {
    const { en, vi } = bilingualWeek()
    const read = {
      en,
      vi: {
        ...vi!,
        tasks: [
          { ...vi!.tasks[0], id: 'x', day: 5 as const },
          { ...vi!.tasks[1], id: 'y' },
        ],
      },
    }
    read.vi.objectives = [{ id: 'z', text: 'Một mục tiêu' }]
    const paired = pairLanguages(read)
    expect(paired.vi!.tasks.map((t) => t.id)).toEqual(['x', 'y'])
    expect(paired.vi!.objectives.map((o) => o.id)).toEqual(['z'])
  })
})

describe('starting a language version and a new week', () => {
  const journal = newJournal({
    owner: 'An',
    mentor: '',
    firstMonday: MONDAY,
    plannedWeeks: 12,
    section: 1,
    languages: ['en', 'vi'],
  })

  it('a copy of the other language keeps its ids and marks every element not translated', () => {
    const { en } = bilingualWeek()
    const copy = copyContent(en!, 'Worklog Tuần 1')
    expect(copy.title).toBe('Worklog Tuần 1')
    expect(copy.tasks.map((t) => [t.id, t.untranslated])).toEqual([
      ['t1', true],
      ['t2', true],
    ])
    expect(copy.achievements.groups[0].items[0]).toMatchObject({ id: 'i1', untranslated: true })
  })

  it('a new week has every language of the journal, the Vietnamese one titled like the corpus pages', () => {
    const week = newWeek(journal, 3)
    expect(week.content.en!.title).toBe('WEEK 3 WORKLOG')
    expect(week.content.vi!.title).toBe('Worklog Tuần 3')
  })

  it('carrying over fills every language with its own text under shared ids', () => {
    const from = bilingualWeek()
    const carried = carryInto(newWeek(journal, 2), 'en', [from.en!.tasks[1]], [from.en!.objectives[0]], from)
    expect(carried.content.en!.tasks[0].title).toBe('Build a VPC')
    expect(carried.content.vi!.tasks[0]).toMatchObject({ title: 'Dựng VPC', carriedFrom: 't2' })
    expect(carried.content.vi!.tasks[0].id).toBe(carried.content.en!.tasks[0].id)
    expect(carried.content.vi!.objectives.map((o) => o.text)).toEqual(['Học VPC'])
    expect(carried.content.vi!.objectives[0].id).toBe(carried.content.en!.objectives[0].id)
  })
})
