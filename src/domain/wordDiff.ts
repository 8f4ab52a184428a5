import type { AchievementItem, Task, WeekContent } from './types'

/** A piece of a word diff as the `diff` package's diffWords returns it. */
export interface DiffPiece {
  value: string
  added?: boolean
  removed?: boolean
}

export type DiffWords = (before: string, after: string) => DiffPiece[]

export interface WordMark {
  kind: 'same' | 'added' | 'removed'
  text: string
}

/**
 * The words of `after` marked against `before`: kept, added and removed runs in reading order, adjacent
 * runs of one kind joined. The diff function is passed in (the `diff` package is loaded only when a
 * change is shown).
 */
export function markWords(before: string, after: string, diffWords: DiffWords): WordMark[] {
  const marks: WordMark[] = []
  for (const piece of diffWords(before, after)) {
    if (piece.value === '') continue
    const kind: WordMark['kind'] = piece.added ? 'added' : piece.removed ? 'removed' : 'same'
    const last = marks[marks.length - 1]
    if (last && last.kind === kind) last.text += piece.value
    else marks.push({ kind, text: piece.value })
  }
  return marks
}

/** A task's status and dates as one line, so that a change of either is marked like a change of words. */
export function taskFacts(task: Pick<Task, 'status' | 'startDate' | 'completionDate'>): string {
  return `${task.status} · ${task.startDate || '…'} – ${task.completionDate || '…'}`
}

/** An achievement item with its tick, so that ticking it is a change too. */
export function itemText(item: Pick<AchievementItem, 'achieved' | 'text'>): string {
  return `${item.achieved ? '☑' : '☐'} ${item.text}`
}

/**
 * Every piece of text of a week version a reader sees, by a key naming its place: `title`,
 * `objective:<id>`, `task:<id>:title`, `task:<id>:detail`, `task:<id>:facts` (status, dates), `task:<id>:reference`,
 * `achievements` (their intro), `group:<id>`, `item:<id>` (with its tick), `summary`, `note:<id>`.
 */
export function readingFields(content: WeekContent): Map<string, string> {
  const fields = new Map<string, string>()
  fields.set('title', content.title)
  for (const o of content.objectives) fields.set(`objective:${o.id}`, o.text)
  for (const task of content.tasks) {
    fields.set(`task:${task.id}:title`, task.title)
    fields.set(`task:${task.id}:detail`, task.detail)
    fields.set(`task:${task.id}:facts`, taskFacts(task))
    fields.set(`task:${task.id}:reference`, task.reference)
  }
  const walk = (items: AchievementItem[]) =>
    items.forEach((item) => {
      fields.set(`item:${item.id}`, itemText(item))
      walk(item.children)
    })
  fields.set('achievements', content.achievements.intro)
  for (const group of content.achievements.groups) {
    fields.set(`group:${group.id}`, group.title)
    walk(group.items)
  }
  fields.set('summary', content.summary)
  for (const note of content.notes) fields.set(`note:${note.id}`, note.markdown)
  return fields
}

export interface FieldChanges {
  /** Places whose text differs from the reviewed version, with the reviewed text ('' for a new place). */
  changed: Map<string, string>
  /** Texts of the reviewed version whose place is gone. */
  removed: string[]
}

/** What changed, place by place, between the version last reviewed and the version shown. */
export function fieldChanges(
  reviewed: WeekContent | undefined,
  shown: WeekContent | undefined,
): FieldChanges {
  const before = reviewed ? readingFields(reviewed) : new Map<string, string>()
  const after = shown ? readingFields(shown) : new Map<string, string>()
  const changed = new Map<string, string>()
  for (const [key, text] of after) {
    const old = before.get(key)
    if (old === undefined ? text !== '' : old !== text) changed.set(key, old ?? '')
  }
  const removed = [...before].filter(([key, text]) => !after.has(key) && text !== '').map(([, text]) => text)
  return { changed, removed }
}
