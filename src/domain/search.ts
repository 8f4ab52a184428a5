import type { AchievementItem, Lang, Week } from './types'

/** Which part of a week a search hit is in. */
export type SearchField =
  | 'title'
  | 'objective'
  | 'taskTitle'
  | 'taskDetail'
  | 'taskReference'
  | 'achievementsIntro'
  | 'groupTitle'
  | 'achievement'
  | 'summary'

/** One searchable text of a week, with where it sits: `target` names the editor field to focus. */
export interface SearchEntry {
  journalId: string
  weekNumber: number
  lang: Lang
  field: SearchField
  /** The `data-field` of the editor control that holds this text (`task-<id>-title`, `summary`, …). */
  target: string
  /** Set when the field belongs to a task: the week screen opens that task's editor first. */
  taskId?: string
  text: string
  /** `text` folded (see `foldForSearch`), same length as `text` so offsets map back. */
  folded: string
}

export interface SearchHit {
  entry: SearchEntry
  /** Where the match is in `entry.text`. */
  start: number
  end: number
}

/**
 * Lower case without diacritics, one character for one: "Tuần" → "tuan", "Đ" → "d". Keeping the length
 * lets a match found in the folded text be marked in the original.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase()
  // Lower-casing keeps the length for every letter Vietnamese or English uses; the rare one that does
  // not (İ) is folded unit by unit.
  // eslint-disable-next-line no-control-regex
  if (lower.length === text.length) return lower.replace(/[^\u0000-\u007f]/g, foldUnit)
  let out = ''
  for (let i = 0; i < text.length; i++) out += foldUnit(text.charAt(i))
  return out
}

const folded = new Map<string, string>()

/** One UTF-16 unit folded: the base letter of a precomposed letter comes first in its decomposition. */
function foldUnit(unit: string): string {
  let fold = folded.get(unit)
  if (fold === undefined) {
    const base = (unit.normalize('NFD').charAt(0) || unit).toLowerCase().charAt(0) || unit
    fold = base === 'đ' ? 'd' : base
    folded.set(unit, fold)
  }
  return fold
}

function itemEntries(
  items: AchievementItem[],
  push: (field: SearchField, target: string, text: string) => void,
) {
  for (const item of items) {
    push('achievement', `item-${item.id}`, item.text)
    itemEntries(item.children, push)
  }
}

/** Every text of a week, in both languages, as search entries. */
export function weekSearchEntries(week: Week): SearchEntry[] {
  const entries: SearchEntry[] = []
  for (const lang of ['en', 'vi'] as const) {
    const content = week.content[lang]
    if (!content) continue
    const push = (field: SearchField, target: string, text: string, taskId?: string) => {
      if (!text.trim()) return
      entries.push({
        journalId: week.journalId,
        weekNumber: week.number,
        lang,
        field,
        target,
        text,
        folded: foldForSearch(text),
        ...(taskId === undefined ? {} : { taskId }),
      })
    }
    push('title', 'week-title', content.title)
    for (const objective of content.objectives) push('objective', `objective-${objective.id}`, objective.text)
    for (const task of content.tasks) {
      push('taskTitle', `task-${task.id}-title`, task.title, task.id)
      push('taskDetail', `task-${task.id}-detail`, task.detail, task.id)
      push('taskReference', `task-${task.id}-reference`, task.reference, task.id)
    }
    push('achievementsIntro', 'achievements-intro', content.achievements.intro)
    for (const group of content.achievements.groups) {
      push('groupTitle', `group-${group.id}-title`, group.title)
      itemEntries(group.items, push)
    }
    push('summary', 'summary', content.summary)
  }
  return entries
}

/** The index searched on each keystroke: built once when the search opens. */
export function buildSearchIndex(weeks: readonly Week[]): SearchEntry[] {
  const sorted = [...weeks].sort((a, b) => a.journalId.localeCompare(b.journalId) || a.number - b.number)
  return sorted.flatMap(weekSearchEntries)
}

/**
 * The entries that contain every word of the query (case- and diacritic-insensitive), in week order,
 * at most `limit`; the hit marks the words where they stand together, else the first word.
 */
export function searchIndex(index: readonly SearchEntry[], query: string, limit = 50): SearchHit[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean)
  const first = words[0]
  if (first === undefined) return []
  const phrase = words.join(' ')
  const hits: SearchHit[] = []
  for (const entry of index) {
    if (!entry.folded.includes(first)) continue
    if (!words.every((word) => entry.folded.includes(word))) continue
    const at = entry.folded.indexOf(phrase)
    const start = at >= 0 ? at : entry.folded.indexOf(first)
    hits.push({ entry, start, end: start + (at >= 0 ? phrase : first).length })
    if (hits.length >= limit) break
  }
  return hits
}

/** Up to `radius` characters either side of the match, on one line, with ellipses where cut. */
export function snippetOf(hit: SearchHit, radius = 40): { before: string; match: string; after: string } {
  const { text } = hit.entry
  const from = Math.max(0, hit.start - radius)
  const to = Math.min(text.length, hit.end + radius)
  const flat = (s: string) => s.replace(/\s+/g, ' ')
  return {
    before: (from > 0 ? '…' : '') + flat(text.slice(from, hit.start)),
    match: flat(text.slice(hit.start, hit.end)),
    after: flat(text.slice(hit.end, to)) + (to < text.length ? '…' : ''),
  }
}
