import { newId, weekId } from './ids'
import { dayDate, weekMonday } from './dates'
import type { Journal, Lang, Task, Week, WeekContent, Weekday } from './types'

export function defaultWeekTitle(number: number, lang: Lang = 'en'): string {
  return lang === 'vi' ? `NHẬT KÝ TUẦN ${number}` : `WEEK ${number} WORKLOG`
}

export function emptyContent(number: number, lang: Lang = 'en'): WeekContent {
  return {
    title: defaultWeekTitle(number, lang),
    objectives: [],
    tasks: [],
    achievements: { intro: '', groups: [] },
    summary: '',
    notes: [],
  }
}

export function newWeek(journal: Journal, number: number, now = new Date()): Week {
  const lang = journal.languages[0] ?? 'en'
  return {
    id: weekId(journal.id, number),
    journalId: journal.id,
    number,
    monday: weekMonday(journal.firstMonday, number),
    publishDate: '',
    revision: 0,
    review: { status: 'draft' },
    content: { [lang]: emptyContent(number, lang) },
    updatedAt: now.toISOString(),
  }
}

export function newTask(monday: string, day: Weekday, title = ''): Task {
  const date = dayDate(monday, day)
  return {
    id: newId(),
    day,
    title,
    detail: '',
    startDate: date,
    completionDate: date,
    reference: '',
    status: 'planned',
  }
}

/** A copy of a language version with fresh ids, to start the other language from. */
export function copyContent(content: WeekContent): WeekContent {
  const cloneItems = (items: WeekContent['achievements']['groups'][number]['items']): typeof items =>
    items.map((item) => ({ ...item, id: newId(), children: cloneItems(item.children) }))
  return {
    title: content.title,
    objectives: content.objectives.map((o) => ({ ...o, id: newId() })),
    tasks: content.tasks.map((t) => ({ ...t, id: newId() })),
    achievements: {
      intro: content.achievements.intro,
      groups: content.achievements.groups.map((g) => ({ ...g, id: newId(), items: cloneItems(g.items) })),
    },
    summary: content.summary,
    notes: content.notes.map((n) => ({ ...n, id: newId() })),
  }
}

export interface JournalInput {
  owner: string
  mentor: string
  firstMonday: string
  plannedWeeks: number
  section: number
  languages: Lang[]
}

export function newJournal(input: JournalInput, now = new Date()): Journal {
  return {
    id: newId(),
    owner: input.owner.trim(),
    mentor: input.mentor.trim(),
    firstMonday: input.firstMonday,
    plannedWeeks: input.plannedWeeks,
    section: input.section,
    languages: input.languages.length ? input.languages : ['en'],
    readOnly: false,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  }
}
