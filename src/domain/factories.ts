import { newId, weekId } from './ids'
import { dayDate, weekMonday } from './dates'
import type { Journal, Lang, Task, Week, WeekContent, Weekday } from './types'

export function defaultWeekTitle(number: number, lang: Lang = 'en'): string {
  return lang === 'vi' ? `Worklog Tuần ${number}` : `WEEK ${number} WORKLOG`
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

/** A new week with an empty version in every language of the journal. */
export function newWeek(journal: Journal, number: number, now = new Date()): Week {
  const langs: Lang[] = journal.languages.length ? journal.languages : ['en']
  return {
    id: weekId(journal.id, number),
    journalId: journal.id,
    number,
    monday: weekMonday(journal.firstMonday, number),
    publishDate: '',
    revision: 0,
    review: { status: 'draft' },
    content: Object.fromEntries(langs.map((lang) => [lang, emptyContent(number, lang)])),
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

/**
 * A copy of a language version to start the other language from: the same ids (the two versions share one
 * structure, see bilingual.ts), every element marked not translated yet; `title` the other language's.
 */
export function copyContent(content: WeekContent, title = content.title): WeekContent {
  const mark = <T extends object>(value: T): T & { untranslated: true } => ({ ...value, untranslated: true })
  const cloneItems = (items: WeekContent['achievements']['groups'][number]['items']): typeof items =>
    items.map((item) => ({ ...mark(item), children: cloneItems(item.children) }))
  return {
    title,
    objectives: content.objectives.map(mark),
    tasks: content.tasks.map(mark),
    achievements: {
      intro: content.achievements.intro,
      groups: content.achievements.groups.map((g) => ({ ...mark(g), items: cloneItems(g.items) })),
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
  /** How the journal's pages are written: absent for the seed's shape. */
  pageStyle?: Journal['pageStyle']
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
    ...(input.pageStyle ? { pageStyle: input.pageStyle } : {}),
  }
}
