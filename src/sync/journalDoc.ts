import * as Y from 'yjs'
import { sameValue } from '../domain/sameValue'
import { JournalSchema, WeekContentSchema, describeIssues } from '../domain/schema'
import type { Journal, Lang, Week, WeekContent } from '../domain/types'
import { LANGS } from '../domain/types'
import { readList, setText, writeList, type ItemShape } from './yShapes'

/**
 * The weeks of a journal in its `journal/<internId>/<journalId>` Y.Doc (see server/PROTOCOL.md).
 *
 * Every week and language version has its own top-level types, named `week:<n>` and `week:<n>:<lang>:…`.
 * Top-level types merge by name, so two devices that both start week 3 offline merge their edits instead
 * of one device's new week replacing the other's.
 */

/** What of a week the journal document holds (the review state lives in `actions` and review documents). */
export type SyncedWeek = Pick<Week, 'number' | 'monday' | 'publishDate' | 'content'>

const taskShape: ItemShape = {
  fields: {
    day: 'value',
    title: 'text',
    detail: 'text',
    startDate: 'value',
    completionDate: 'value',
    reference: 'value',
    status: 'value',
    carriedFrom: 'value',
    extraCells: 'value',
    untranslated: 'value',
  },
}
const objectiveShape: ItemShape = { fields: { text: 'text', untranslated: 'value' } }
const itemFields: Record<string, ItemShape['fields'][string]> = {
  text: 'text',
  achieved: 'value',
  untranslated: 'value',
}
const achievementItemShape: ItemShape = { fields: itemFields }
itemFields.children = achievementItemShape
const groupShape: ItemShape = {
  fields: { title: 'text', items: achievementItemShape, untranslated: 'value' },
}
const noteShape: ItemShape = { fields: { after: 'value', markdown: 'text' } }

const weekIndex = (doc: Y.Doc) => doc.getMap<boolean>('weeks')
const weekMap = (doc: Y.Doc, number: number) => doc.getMap<unknown>(`week:${number}`)
const part = (number: number, lang: Lang, name: string) => `week:${number}:${lang}:${name}`
const list = (doc: Y.Doc, number: number, lang: Lang, name: string) =>
  doc.getArray<Y.Map<unknown>>(part(number, lang, name))

function writeContent(doc: Y.Doc, number: number, lang: Lang, content: WeekContent): void {
  setText(doc.getText(part(number, lang, 'title')), content.title)
  setText(doc.getText(part(number, lang, 'summary')), content.summary)
  setText(doc.getText(part(number, lang, 'intro')), content.achievements.intro)
  writeList(list(doc, number, lang, 'objectives'), content.objectives, objectiveShape)
  writeList(list(doc, number, lang, 'tasks'), content.tasks, taskShape)
  writeList(list(doc, number, lang, 'groups'), content.achievements.groups, groupShape)
  writeList(list(doc, number, lang, 'notes'), content.notes, noteShape)
  // The imported page, which export patches: a plain value (it is replaced, never typed into).
  const map = weekMap(doc, number)
  if (content.source === undefined) {
    if (map.has(`source:${lang}`)) map.delete(`source:${lang}`)
  } else if (!sameValue(map.get(`source:${lang}`), content.source)) map.set(`source:${lang}`, content.source)
}

/** Writes a week into the journal document, changing only what differs from what it holds. */
export function writeWeek(doc: Y.Doc, week: SyncedWeek): void {
  doc.transact(() => {
    if (weekIndex(doc).get(String(week.number)) !== true) weekIndex(doc).set(String(week.number), true)
    const map = weekMap(doc, week.number)
    if (map.get('monday') !== week.monday) map.set('monday', week.monday)
    if (map.get('publishDate') !== week.publishDate) map.set('publishDate', week.publishDate)
    for (const lang of LANGS) {
      const content = week.content[lang]
      if (!content) {
        if (map.get(`lang:${lang}`) === true) map.set(`lang:${lang}`, false)
        continue
      }
      if (map.get(`lang:${lang}`) !== true) map.set(`lang:${lang}`, true)
      writeContent(doc, week.number, lang, content)
    }
  })
}

function readContent(doc: Y.Doc, number: number, lang: Lang): WeekContent {
  const read = (name: string, shape: ItemShape) => readList(list(doc, number, lang, name), shape)
  const result = WeekContentSchema.safeParse({
    title: doc.getText(part(number, lang, 'title')).toString(),
    objectives: read('objectives', objectiveShape),
    tasks: read('tasks', taskShape),
    achievements: {
      intro: doc.getText(part(number, lang, 'intro')).toString(),
      groups: read('groups', groupShape),
    },
    summary: doc.getText(part(number, lang, 'summary')).toString(),
    notes: read('notes', noteShape),
    source: weekMap(doc, number).get(`source:${lang}`),
  })
  if (!result.success) {
    throw new Error(
      `Week ${number} (${lang}) in the synced journal is not valid: ${describeIssues(result.error)}`,
    )
  }
  return result.data
}

/** The week numbers the journal document holds, in order. */
export function syncedWeekNumbers(doc: Y.Doc): number[] {
  return [...weekIndex(doc).keys()]
    .map(Number)
    .filter((number) => Number.isInteger(number) && number > 0)
    .sort((a, b) => a - b)
}

/** A week as the journal document holds it, or null when it has none by that number. */
export function readWeek(doc: Y.Doc, number: number): SyncedWeek | null {
  if (weekIndex(doc).get(String(number)) !== true) return null
  const map = weekMap(doc, number)
  const content: SyncedWeek['content'] = {}
  for (const lang of LANGS)
    if (map.get(`lang:${lang}`) === true) content[lang] = readContent(doc, number, lang)
  return {
    number,
    monday: String(map.get('monday') ?? ''),
    publishDate: String(map.get('publishDate') ?? ''),
    content,
  }
}

/** The journal's settings the document carries (`journal` map); who owns it comes from the roster, not from here. */
export type SyncedJournal = Pick<
  Journal,
  'owner' | 'mentor' | 'firstMonday' | 'plannedWeeks' | 'section' | 'languages'
>

export function writeJournal(doc: Y.Doc, journal: SyncedJournal): void {
  const map = doc.getMap<unknown>('journal')
  doc.transact(() => {
    for (const key of ['owner', 'mentor', 'firstMonday', 'plannedWeeks', 'section', 'languages'] as const) {
      if (!sameValue(map.get(key), journal[key])) map.set(key, journal[key])
    }
  })
}

/** The journal's settings, or null while the document has none (not loaded yet, or never written). */
export function readJournal(doc: Y.Doc): SyncedJournal | null {
  const map = doc.getMap<unknown>('journal')
  const parsed = JournalSchema.safeParse({
    id: 'x',
    readOnly: true,
    createdAt: '',
    updatedAt: '',
    owner: map.get('owner'),
    mentor: map.get('mentor'),
    firstMonday: map.get('firstMonday'),
    plannedWeeks: map.get('plannedWeeks'),
    section: map.get('section'),
    languages: map.get('languages'),
  })
  if (!parsed.success) return null
  const { owner, mentor, firstMonday, plannedWeeks, section, languages } = parsed.data
  return { owner, mentor, firstMonday, plannedWeeks, section, languages }
}
