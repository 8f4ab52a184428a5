// @vitest-environment node
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { emitWeekPage } from '../../src/codec/emitWeekPage'
import { withoutBoxes } from '../../src/codec/pageStyle'
import { parseWeekPage } from '../../src/codec/parseWeekPage'
import { describeIssue } from '../../src/codec/issues'
import { styleArbitrary, weekArbitrary } from './arbitraries'
import { withoutIds } from './helpers'

/**
 * import(export(week)) gives the week back, and export(import(export(week))) the same bytes.
 *
 * Compared without ids (import mints new ones). What import normalises, and so what the canonical
 * generator leaves out: a task's status is `done` exactly when it has a completion date (a page has
 * no status column); text is trimmed; in a table cell `<br>` and a line break are one thing, as are
 * `\|` and `|`; a task title with `**` or asterisks at its edges has them escaped; a task with no
 * title whose detail starts `**x**:` is escaped so it does not read as a title; consecutive
 * untitled achievement groups are one list. The wild generator includes all of these and checks
 * only that the second export is byte-identical to the first.
 */
describe('round trip of generated weeks', () => {
  it('import(export(week)) equals the week, modulo ids', () => {
    fc.assert(
      fc.property(weekArbitrary('canonical'), ({ week, lang, section, days }) => {
        const markdown = emitWeekPage(week, lang, { section, days, style: { checkboxes: true } })
        const result = parseWeekPage(markdown, { fileName: 'week.md', lang })
        if (!result.ok) throw new Error(describeIssue(result.error))
        expect(withoutIds(result.page.content)).toEqual(withoutIds(week.content[lang]))
        // In the seed's style (no boxes) every achievement is a plain bullet: ticks stay in the app.
        const plain = parseWeekPage(emitWeekPage(week, lang, { section, days }), {
          fileName: 'week.md',
          lang,
        })
        if (!plain.ok) throw new Error(describeIssue(plain.error))
        const content = week.content[lang]!
        expect(withoutIds(plain.page.content)).toEqual(
          withoutIds({ ...content, achievements: withoutBoxes(content.achievements) }),
        )
        expect(result.page.number).toBe(week.number)
        expect(result.page.section).toBe(section)
        expect(result.page.publishDate).toBe(week.publishDate)
        if (result.page.monday) expect(result.page.monday).toBe(week.monday)
      }),
      { numRuns: 300, seed: 20261126 },
    )
  }, 60_000)

  it('a week written in any journal style reads back as the same week', () => {
    fc.assert(
      fc.property(weekArbitrary('canonical'), styleArbitrary(), ({ week, lang, section, days }, style) => {
        const markdown = emitWeekPage(week, lang, { section, days, style })
        const result = parseWeekPage(markdown, { fileName: 'week.md', lang })
        if (!result.ok) throw new Error(describeIssue(result.error))
        const content = week.content[lang]!
        // A title line is the journal's choice: a page without one takes its title from the front matter.
        expect(withoutIds(result.page.content)).toEqual(withoutIds(content))
        expect(result.page.number).toBe(week.number)
        expect(result.page.publishDate).toBe(week.publishDate)
        if (result.page.monday) expect(result.page.monday).toBe(week.monday)
      }),
      { numRuns: 300, seed: 20261126 },
    )
  }, 120_000)

  it('export(import(export(week))) is byte-identical to export(week)', () => {
    fc.assert(
      fc.property(weekArbitrary('wild'), ({ week, lang, section, days }) => {
        const first = emitWeekPage(week, lang, { section, days })
        const result = parseWeekPage(first, { fileName: 'week.md', lang })
        if (!result.ok) throw new Error(describeIssue(result.error))
        const again = emitWeekPage({ ...week, content: { [lang]: result.page.content } }, lang, {
          section,
          days,
        })
        expect(again).toBe(first)
      }),
      { numRuns: 300, seed: 20261126 },
    )
  }, 60_000)
})
