import type { Lang, Week } from '../domain/types'
import { parseMarkdown } from './markdownTree'
import { readFrontMatter } from './frontMatter'

/** How a journal's own pages number a week in their front matter, learned from its imported pages. */
export interface FrontMatterStyle {
  weight: (week: number) => number
  pre: (week: number) => string
}

function mostCommon<T>(values: T[]): T | null {
  const counts = new Map<T, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: T | null = null
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value
  return best
}

/**
 * The `weight` scheme (`weight` 11–18 for weeks 1–8) and `pre` form (`1.3.` or `1.3`) the imported pages
 * of one language agree on; null when the journal has no imported page in that language.
 */
export function learnFrontMatter(weeks: Week[], lang: Lang): FrontMatterStyle | null {
  const offsets: number[] = []
  const pres: string[] = []
  for (const week of weeks) {
    const source = week.content[lang]?.source
    const yaml = source ? parseMarkdown(source.text.replace(/\r\n?/g, '\n')).children[0] : undefined
    if (!yaml || yaml.type !== 'yaml') continue
    const read = readFrontMatter(yaml.value)
    if (!read.ok) continue
    if (read.value.weight !== null) offsets.push(read.value.weight - week.number)
    const pre = read.value.pre
    const at = pre ? new RegExp(`(\\d+\\.)${week.number}(?!\\d)`).exec(pre) : null
    if (pre && at) pres.push(`${pre.slice(0, at.index)}${at[1]}\u0000${pre.slice(at.index + at[0].length)}`)
  }
  const offset = mostCommon(offsets)
  const pre = mostCommon(pres)
  if (offset === null && pre === null) return null
  return {
    weight: (n) => n + (offset ?? 0),
    pre: (n) => (pre ?? '').replace('\u0000', String(n)),
  }
}
