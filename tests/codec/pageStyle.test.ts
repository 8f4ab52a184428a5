// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { hugoPages } from '../../src/codec/hugoZip'
import { importPages } from '../../src/codec/importPages'
import { createBackup, readBackup, serializeBackup } from '../../src/codec/backup'
import { learnJournalStyle } from '../../src/codec/learnPageStyle'
import { parseWeekPage } from '../../src/codec/parseWeekPage'
import type { Lang, Week } from '../../src/domain/types'
import { corpusPages, HAS_CORPUS, journal, week, withoutIds } from './helpers'

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
      week(
        read.page.number,
        { [lang]: { ...read.page.content, source: { path: page.path, text: page.text } } },
        { monday: read.page.monday || '2025-10-20', publishDate: read.page.publishDate },
      ),
    ]
  })
}

const lf = (text: string) => text.replace(/\r\n?/g, '\n')
/** A line with the page's week number made `{n}`, so lines of different weeks compare. */
const slot = (line: string, n: number) => line.replace(new RegExp(`(?<!\\d)${n}(?!\\d)`, 'g'), '{n}')
const HEADING = /^#{1,6}[ \t].*$/gm
const ROW = /^[ \t]*\|.*\|[ \t]*$/gm
const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim())
/** The table rows of a page: [header, alignment, ...rows], cells trimmed. */
const tableOf = (text: string) => (lf(text).match(ROW) ?? []).map(cells)
/** Digits made `9`: `22/09/2025` and `03/10/2025` have one shape. */
const shape = (cell: string) => cell.replace(/\d/g, '9')
const bulletsOf = (text: string) =>
  new Set([...lf(text).matchAll(/^[ \t]*([-*+])[ \t]+\S/gm)].map((m) => m[1]))

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}

const sites = HAS_CORPUS ? [...new Set(corpusPages().map((p) => p.site))].filter((s) => s !== 'seed') : []

describe.skipIf(!HAS_CORPUS)('a new week of an imported corpus site looks like its neighbours', () => {
  for (const site of sites)
    for (const lang of ['en', 'vi'] as const) {
      it(`${site} (${lang})`, () => {
        const all = siteWeeks(site, lang)
        expect(all.length).toBeGreaterThanOrEqual(8)
        const last = all.reduce((a, b) => (a.number > b.number ? a : b))
        const neighbours = all.filter((w) => w !== last)
        // The last week's page is gone: the week is one made in the app, with the same content.
        const made = { ...last, content: { [lang]: { ...last.content[lang]!, source: undefined } } }
        const stored = journal({ languages: [lang], pageStyle: learnJournalStyle(neighbours, [lang]) })
        const files = hugoPages(stored, [...neighbours, made], { langs: [lang], days: 'seed' })
        const page = files.find((f) => f.path.includes(`/1.${last.number}-`))!.text
        const theirs = neighbours.map((w) => ({ n: w.number, text: lf(w.content[lang]!.source!.text) }))

        // Headings: each section heading of the new page is one the neighbours write (week number aside);
        // a numbered group heading has their marker. Headings the week's own notes hold are its text.
        const theirHeadings = theirs.flatMap(({ n, text }) =>
          (text.match(HEADING) ?? []).map((l) => slot(l, n)),
        )
        const group = (line: string) => /^(#+[ \t]+(\*\*)?)\d+[.)][ \t]/.exec(line)?.[1]
        const ownText = made.content[lang]!.notes.map((note) => note.markdown).join('\n')
        for (const line of page.match(HEADING) ?? []) {
          if (ownText.includes(line)) continue
          if (group(line)) expect(theirHeadings.map(group)).toContain(group(line))
          else expect(theirHeadings).toContain(slot(line, last.number))
        }

        // Front matter: `weight`, `pre` and the quoting of `title` as most neighbours write them.
        for (const key of ['weight', 'pre', 'title']) {
          const of = (text: string, n: number) => {
            const line = new RegExp(`^${key}:[ \\t]*(.*)$`, 'm').exec(text)?.[1] ?? ''
            return key === 'title' ? line.slice(0, 1).replace(/[^"']/, 'bare') : slot(line, n)
          }
          const usual = mostCommon(theirs.map(({ n, text }) => of(text, n)))
          if (
            key === 'weight' &&
            theirs.filter(({ n, text }) => of(text, n) === usual).length < theirs.length / 2
          )
            continue
          expect(of(page, last.number), key).toBe(usual)
        }

        // Tasks table: the neighbours' header, alignment row, day labels and date shapes.
        const tables = theirs.map(({ text }) => tableOf(text)).filter((t) => t.length >= 2)
        const mine = tableOf(page)
        if (tables.length > theirs.length / 2) {
          // Header cells as the neighbours write them; alignment by its colons (dash runs follow widths).
          const colons = (row: string[]) => row.map((c) => c.replace(/-+/, '---'))
          const head = (t: string[][]) => JSON.stringify([t[0], colons(t[1])])
          expect(head(mine)).toBe(mostCommon(tables.map(head)))
          // A table whose columns line up on the neighbours' pages lines up on the new page.
          const lined = (t: string) => new Set((lf(t).match(ROW) ?? []).map((r) => [...r].length)).size === 1
          if (theirs.filter(({ text }) => lined(text)).length > theirs.length / 2)
            expect(lined(page)).toBe(true)
          const dayAt = mine[0].findIndex((h) => /^(day|thứ)$/i.test(h))
          const their = (i: (t: string[][]) => number) =>
            new Set(tables.flatMap((t) => t.slice(2).map((row) => row[i(t)] ?? '')))
          if (dayAt !== -1)
            for (const row of mine.slice(2))
              expect(their((t) => t[0].indexOf(mine[0][dayAt]))).toContain(row[dayAt])
          const dateAt = mine[0].findIndex((h) => /start|bắt đầu/i.test(h))
          const dateShapes = new Set([...their((t) => t[0].indexOf(mine[0][dateAt]))].map(shape))
          for (const row of mine.slice(2)) if (row[dateAt]) expect(dateShapes).toContain(shape(row[dateAt]))
        }

        // Lists: only bullets the neighbours use.
        const theirBullets = new Set(theirs.flatMap(({ text }) => [...bulletsOf(text)]))
        for (const bullet of bulletsOf(page.replace(ROW, ''))) expect(theirBullets).toContain(bullet)

        // The page reads back as the week it was made from.
        const again = parseWeekPage(page, {
          fileName: `content/1-Worklog/1.${last.number}-Week${last.number}/_index.md`,
          lang,
        })
        if (!again.ok) throw new Error(again.error.message)
        expect(again.page.number).toBe(last.number)
        const back = withoutIds({ ...again.page.content, notes: [], title: '' })
        const was = withoutIds({ ...made.content[lang]!, source: undefined, notes: [], title: '' })
        expect(back.objectives).toEqual(was.objectives)
        expect(back.tasks.map((t) => [t.day, t.title, t.startDate, t.completionDate])).toEqual(
          was.tasks.map((t) => [t.day, t.title, t.startDate, t.completionDate]),
        )
        expect(back.achievements).toEqual(was.achievements)
      })
    }

  it('a new journal without imported pages writes the seed style', () => {
    expect(
      learnJournalStyle(
        [
          week(1, {
            en: {
              title: 'W',
              objectives: [],
              tasks: [],
              achievements: { intro: '', groups: [] },
              summary: '',
              notes: [],
            },
          }),
        ],
        ['en'],
      ),
    ).toBeUndefined()
  })
})

describe.skipIf(!HAS_CORPUS)('the learned style is stored with the journal', () => {
  it('import keeps it in the journal draft, and a backup carries it', () => {
    const site = 'ASAPPhat+tanphat.worklog.github.io'
    const files = corpusPages()
      .filter((p) => p.site === site)
      .map((p) => ({ path: p.path, text: p.text }))
    const imported = importPages(files, { journalId: 'journal-1', now: new Date(0) })
    const style = imported.journalDraft.pageStyle
    expect(style?.en?.headings?.objectives).toBe('### Week {n} Objectives:')
    expect(style?.vi?.table?.columns.map((c) => c.header)).toEqual([
      'Thứ',
      'Công việc',
      'Ngày bắt đầu',
      'Ngày hoàn thành',
      'Nguồn tài liệu',
    ])
    const stored = journal({ pageStyle: style })
    const back = readBackup(serializeBackup(createBackup({ journals: [stored], weeks: [], comments: [] })))
    if (!back.ok) throw new Error(back.message)
    expect(back.backup.journals[0].pageStyle).toEqual(style)
  }, 60_000)
})
