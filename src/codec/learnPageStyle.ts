import type { Journal, Lang, PageStyle, Week } from '../domain/types'
import { mostCommonIn, pageTraits, type PageTraits } from './pageTraits'

type Voted = Exclude<keyof PageTraits, 'headings' | 'weight' | 'table'>
const VOTED: Voted[] = [
  'quote',
  'pre',
  'titleLine',
  'days',
  'boldDays',
  'dateFormat',
  'bullet',
  'groups',
  'rules',
  'checkboxes',
]

function vote<K extends Voted>(all: PageTraits[], key: K): PageTraits[K] | undefined {
  return mostCommonIn(all.flatMap((traits) => (traits[key] === undefined ? [] : [traits[key]])))
}

/** `weight` 11–18 for weeks 1–8 is an offset of 10; the same `weight` on every page is a constant. */
function weightScheme(pages: { traits: PageTraits; number: number }[]): Partial<PageStyle> {
  const weighted = pages.filter((p) => p.traits.weight !== undefined)
  if (!weighted.length) return {}
  const weight = mostCommonIn(weighted.map((p) => p.traits.weight!))!
  const offset = mostCommonIn(weighted.map((p) => p.traits.weight! - p.number))!
  const count = (values: number[], value: number) => values.filter((v) => v === value).length
  const sameWeight = count(
    weighted.map((p) => p.traits.weight!),
    weight,
  )
  const sameOffset = count(
    weighted.map((p) => p.traits.weight! - p.number),
    offset,
  )
  return sameWeight > sameOffset ? { weightConstant: weight } : { weightOffset: offset }
}

/**
 * How most of a journal's imported pages in one language are written: front matter quoting, `weight`
 * and `pre`, title line, section headings, tasks table (columns, alignment, day labels, date format),
 * list bullets, achievement groups, `---` rules and checkboxes. Undefined when no page has that language.
 */
export function learnPageStyle(weeks: Week[], lang: Lang): PageStyle | undefined {
  const pages = weeks.flatMap((week) => {
    const source = week.content[lang]?.source
    return source ? [{ traits: pageTraits(source.text, week.number), number: week.number }] : []
  })
  if (!pages.length) return undefined
  const all = pages.map((p) => p.traits)
  const style: PageStyle = { ...weightScheme(pages) }
  for (const key of VOTED) {
    const value = vote(all, key)
    if (value !== undefined) (style as Record<string, unknown>)[key] = value
  }
  const headings: NonNullable<PageStyle['headings']> = {}
  for (const kind of ['objectives', 'tasks', 'achievements'] as const) {
    const line = mostCommonIn(all.flatMap((t) => t.headings?.[kind] ?? []))
    if (line) headings[kind] = line
  }
  if (Object.keys(headings).length) style.headings = headings
  const table = mostCommonIn(all.flatMap((t) => t.table ?? []))
  if (table) style.table = JSON.parse(table) as PageStyle['table']
  return style
}

/** The style per language of the journal's imported pages, for storing with the journal. */
export function learnJournalStyle(weeks: Week[], langs: readonly Lang[]): Journal['pageStyle'] {
  const style: NonNullable<Journal['pageStyle']> = {}
  for (const lang of langs) {
    const learned = learnPageStyle(weeks, lang)
    if (learned) style[lang] = learned
  }
  return Object.keys(style).length ? style : undefined
}
