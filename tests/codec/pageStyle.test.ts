import { describe, expect, it } from 'vitest'
import { emitWeekPage } from '../../src/codec/emitWeekPage'
import { learnAchievementBoxes, learnHeadings } from '../../src/codec/pageStyle'
import { parseWeekPage } from '../../src/codec/parseWeekPage'
import type { Lang, Week } from '../../src/domain/types'
import { corpusPages, HAS_CORPUS, week, withoutIds } from './helpers'

const HEADING = /^#{1,6}[ \t].*$/gm

/** The imported weeks of one site in one language, each with its page kept as its source. */
function siteWeeks(site: string, lang: Lang): Week[] {
  const pages = corpusPages().filter(
    (p) =>
      p.site === site &&
      /\/1\.\d+-[^/]+\/_index(\.vi)?\.md$/.test(p.path) &&
      p.path.endsWith('.vi.md') === (lang === 'vi'),
  )
  return pages.flatMap((page) => {
    const read = parseWeekPage(page.text, { fileName: page.path, lang })
    if (!read.ok) return []
    return [
      week(read.page.number, {
        [lang]: { ...read.page.content, source: { path: page.path, text: page.text } },
      }),
    ]
  })
}

const sites = HAS_CORPUS ? [...new Set(corpusPages().map((p) => p.site))].filter((s) => s !== 'seed') : []

describe.skipIf(!HAS_CORPUS)('the style learned from each corpus site', () => {
  for (const site of sites)
    for (const lang of ['en', 'vi'] as const) {
      it(`${site} (${lang}): a new week 13 has week 1's headings and re-imports as the same week`, () => {
        const weeks = siteWeeks(site, lang)
        expect(weeks.length).toBeGreaterThanOrEqual(8)
        const headings = learnHeadings(weeks, lang)
        const boxes = learnAchievementBoxes(weeks, lang)
        console.log(
          `${site} ${lang}: boxes ${boxes};`,
          Object.entries(headings)
            .map(([kind, line]) => `${kind} ${JSON.stringify(line(13))}`)
            .join('; '),
        )
        const first = weeks.find((w) => w.number === 1)!
        const content = { ...first.content[lang]!, source: undefined }
        const made = week(13, { [lang]: content })
        const page = emitWeekPage(made, lang, { section: 1, days: 'seed', headings, checkboxes: boxes })
        // Each learned heading is one the site's own pages write (most of them week 1's), its number made 13,
        // and the new page has them in the seed's order.
        const own = weeks.flatMap((w) =>
          (w.content[lang]!.source!.text.replace(/\r\n?/g, '\n').match(HEADING) ?? []).map((line) =>
            line.replace(new RegExp(`(?<!\\d)${w.number}(?!\\d)`, 'g'), '13'),
          ),
        )
        const learned = Object.values(headings).map((line) => line(13))
        for (const line of learned) expect(own).toContain(line)
        const emitted = page.match(HEADING) ?? []
        expect(emitted.filter((line) => learned.includes(line))).toEqual(learned)
        const again = parseWeekPage(page, { fileName: 'week.md', lang })
        if (!again.ok) throw new Error(again.error.message)
        expect(again.page.number).toBe(13)
        const expected = parseWeekPage(
          emitWeekPage(made, lang, { section: 1, days: 'seed', checkboxes: boxes }),
          {
            fileName: 'week.md',
            lang,
          },
        )
        if (!expected.ok) throw new Error(expected.error.message)
        expect(withoutIds(again.page.content)).toEqual(withoutIds(expected.page.content))
      })
    }
})
