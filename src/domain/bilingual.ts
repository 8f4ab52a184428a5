import { LANGS } from './types'
import type { AchievementGroup, AchievementItem, Lang, Objective, Task, Week, WeekContent } from './types'

/**
 * One week, two languages, one structure: both language versions share their elements' ids, and an edit
 * of one version's structure (order, day, dates, status, nesting, ticks, additions and deletions) is
 * applied to the other. Only the text is per language. An element added in one language comes into the
 * other marked `untranslated`, carrying the added language's text (so that its page shows the task rather
 * than an empty row) and following that text until someone edits it in its own language.
 */

type Contents = Week['content']

interface Keyed {
  id: string
  untranslated?: boolean
}

/** `value` with the "not translated yet" mark set or, when `flag` is false, without the key at all. */
export function withUntranslated<T extends Keyed>(value: T, flag: boolean | undefined): T {
  const { untranslated: _dropped, ...rest } = value
  return (flag ? { ...rest, untranslated: true } : rest) as T
}

/**
 * The other language's list rebuilt in the edited list's order: an element both have keeps the other's
 * text and takes the edited structure (`share`); an element new to the edited list comes as a copy; an
 * element the other never had is left out; an element only the other has stays after its neighbour.
 */
function shareList<T extends Keyed>(
  after: readonly T[],
  other: readonly T[],
  known: ReadonlySet<string>,
  find: (id: string) => T | undefined,
  share: (edited: T, mine: T) => T,
  copy: (edited: T) => T,
): T[] {
  const result: T[] = []
  for (const element of after) {
    const mine = find(element.id)
    if (mine) result.push(share(element, mine))
    else if (!known.has(element.id)) result.push(copy(element))
  }
  other.forEach((element, index) => {
    if (known.has(element.id)) return
    const previous = other[index - 1]
    const at = previous ? result.findIndex((e) => e.id === previous.id) + 1 : 0
    result.splice(at, 0, element)
  })
  return result
}

function byId<T extends Keyed>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((e) => [e.id, e]))
}

/** Every item of the groups, nested ones included, by id. */
export function itemsById(groups: readonly AchievementGroup[]): Map<string, AchievementItem> {
  const map = new Map<string, AchievementItem>()
  const walk = (items: readonly AchievementItem[]) =>
    items.forEach((item) => {
      map.set(item.id, item)
      walk(item.children)
    })
  groups.forEach((g) => walk(g.items))
  return map
}

function shareTask(edited: Task, mine: Task): Task {
  if (mine.untranslated) return withUntranslated(edited, true)
  const { title, detail, reference } = mine
  return { ...withUntranslated(edited, false), title, detail, reference }
}

function shareAchievements(before: WeekContent, after: WeekContent, other: WeekContent) {
  const knownItems = new Set(itemsById(before.achievements.groups).keys())
  const otherItems = itemsById(other.achievements.groups)
  const items = (edited: readonly AchievementItem[], mine: readonly AchievementItem[]): AchievementItem[] =>
    shareList(
      edited,
      mine,
      knownItems,
      (id) => otherItems.get(id),
      (e, m) => ({
        ...withUntranslated(e, m.untranslated),
        text: m.untranslated ? e.text : m.text,
        children: items(e.children, m.children),
      }),
      (e) => ({ ...withUntranslated(e, true), children: items(e.children, []) }),
    )
  const otherGroups = byId(other.achievements.groups)
  const groups = shareList(
    after.achievements.groups,
    other.achievements.groups,
    new Set(before.achievements.groups.map((g) => g.id)),
    (id) => otherGroups.get(id),
    (e, m) => ({
      ...withUntranslated(e, m.untranslated),
      title: m.untranslated ? e.title : m.title,
      items: items(e.items, m.items),
    }),
    (e) => ({ ...withUntranslated(e, true), items: items(e.items, []) }),
  )
  return { ...other.achievements, groups }
}

/** The other language version given the structure of `after`, the edited version (`before` the edit). */
export function shareStructure(before: WeekContent, after: WeekContent, other: WeekContent): WeekContent {
  const otherTasks = byId(other.tasks)
  const otherObjectives = byId(other.objectives)
  const shareObjective = (e: Objective, m: Objective): Objective =>
    m.untranslated ? withUntranslated(e, true) : { ...withUntranslated(e, false), text: m.text }
  return {
    ...other,
    tasks: shareList(
      after.tasks,
      other.tasks,
      new Set(before.tasks.map((t) => t.id)),
      (id) => otherTasks.get(id),
      shareTask,
      (e) => withUntranslated(e, true),
    ),
    objectives: shareList(
      after.objectives,
      other.objectives,
      new Set(before.objectives.map((o) => o.id)),
      (id) => otherObjectives.get(id),
      shareObjective,
      (e) => withUntranslated(e, true),
    ),
    achievements: shareAchievements(before, after, other),
  }
}

/** Clears the "not translated yet" mark of every element whose text the edit changed: it is translated now. */
export function markTranslated(before: WeekContent, after: WeekContent): WeekContent {
  const tasks = byId(before.tasks)
  const objectives = byId(before.objectives)
  const groups = byId(before.achievements.groups)
  const items = itemsById(before.achievements.groups)
  const taskText = (t: Task) => `${t.title}\u0000${t.detail}\u0000${t.reference}`
  const changed = <T extends Keyed>(was: T | undefined, now: T, text: (e: T) => string) =>
    now.untranslated && was !== undefined && text(was) !== text(now) ? withUntranslated(now, false) : now
  const item = (i: AchievementItem): AchievementItem => ({
    ...changed(items.get(i.id), i, (x) => x.text),
    children: i.children.map(item),
  })
  return {
    ...after,
    tasks: after.tasks.map((t) => changed(tasks.get(t.id), t, taskText)),
    objectives: after.objectives.map((o) => changed(objectives.get(o.id), o, (x) => x.text)),
    achievements: {
      ...after.achievements,
      groups: after.achievements.groups.map((g) => ({
        ...changed(groups.get(g.id), g, (x) => x.title),
        items: g.items.map(item),
      })),
    },
  }
}

/**
 * Applies an edit to one language version and its structure to every other version the week has.
 * Returns `contents` itself when the edit changed nothing.
 */
export function editLanguage(
  contents: Contents,
  lang: Lang,
  recipe: (content: WeekContent) => WeekContent,
): Contents {
  const before = contents[lang]
  if (!before) return contents
  const edited = recipe(before)
  if (edited === before) return contents
  const after = markTranslated(before, edited)
  const next: Contents = { ...contents, [lang]: after }
  for (const other of LANGS) {
    const version = contents[other]
    if (other !== lang && version) next[other] = shareStructure(before, after, version)
  }
  return next
}
