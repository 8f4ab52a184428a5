import { describe, expect, it } from 'vitest'
import { exportSectionPage } from '../../src/codec/sectionPageExport'
import { readSectionPage, sectionContentOf } from '../../src/codec/sectionPageRead'
import { emitSectionPage } from '../../src/codec/sectionPage'
import { emitWeekPage } from '../../src/codec/emitWeekPage'
import { learnAchievementBoxes } from '../../src/codec/pageStyle'
import type { Lang } from '../../src/domain/types'
import { emptyContent } from '../../src/domain/factories'
import { corpusPages, HAS_CORPUS, journal, week } from './helpers'

const sectionPages = HAS_CORPUS
  ? corpusPages().filter((p) => /1-Worklog\/_index(\.vi)?\.md$/.test(p.path))
  : []

function changedLines(before: string, after: string): string[] {
  const a = before.split('\n')
  const b = after.split('\n')
  expect(b.length).toBe(a.length)
  return b.filter((line, i) => line !== a[i])
}

describe.skipIf(!HAS_CORPUS)('the section pages of the corpus', () => {
  it('finds a section page in every site', () => {
    expect(new Set(sectionPages.map((p) => p.site)).size).toBe(6)
  })

  for (const page of sectionPages) {
    const lang: Lang = page.path.endsWith('.vi.md') ? 'vi' : 'en'
    const source = { path: page.path, text: page.text }
    const owner = journal({ sectionPages: { [lang]: source } })

    it(`${page.path}: reads the title, intro and every week's description`, () => {
      const read = readSectionPage(page.text.replace(/\r\n?/g, '\n'))
      expect(read.content.title.length).toBeGreaterThan(0)
      expect(read.entries.length).toBeGreaterThanOrEqual(8)
      expect(read.content.weeks['1']).toMatch(/\S/)
      expect(read.content.intro).not.toMatch(/\*\*(Week|Tuần) 1:/)
      expect(read.content.intro).not.toMatch(/^---/)
    })

    it(`${page.path}: exports unchanged as its own bytes`, () => {
      expect(exportSectionPage(owner, [], lang)).toBe(page.text)
    })

    it(`${page.path}: a week's new description changes that one line only, in its own style`, () => {
      const content = sectionContentOf(owner, lang)
      const edited = {
        ...owner,
        sectionContent: { [lang]: { ...content, weeks: { ...content.weeks, 3: 'Lambda [and] S3' } } },
      }
      const out = exportSectionPage(edited, [], lang)
      const changed = changedLines(page.text, out)
      expect(changed).toHaveLength(1)
      expect(changed[0]).toMatch(/\[Lambda \\\[and\\\] S3\]\(1\.3-week3\/\)/i)
      expect(readSectionPage(out.replace(/\r\n?/g, '\n')).content.weeks['3']).toBe('Lambda [and] S3')
    })

    it(`${page.path}: a new title changes the title line only`, () => {
      const content = sectionContentOf(owner, lang)
      const out = exportSectionPage(
        { ...owner, sectionContent: { [lang]: { ...content, title: 'My log' } } },
        [],
        lang,
      )
      expect(changedLines(page.text, out)).toEqual([expect.stringMatching(/^title: "?My log"?$/)])
    })
  }
})

describe('the section page', () => {
  const page = [
    '---',
    "title: 'Worklog'",
    '---',
    '',
    'What I did.',
    '',
    '**Week 1:** [First](1.1-week1/)',
    '',
    '**Week 2:** [Second](1.2-week2/)',
    '',
  ].join('\n')
  const owner = journal({ sectionPages: { en: { path: 'content/1-Worklog/_index.md', text: page } } })

  it('rewrites the intro in place and keeps the title in its quoting', () => {
    const content = { title: "Intern's log", intro: 'Twelve weeks on AWS.\nOne line a week.', weeks: {} }
    const out = exportSectionPage({ ...owner, sectionContent: { en: content } }, [], 'en')
    expect(out).toBe(page.replace("'Worklog'", "'Intern''s log'").replace('What I did.', content.intro))
    expect(readSectionPage(out).content).toEqual({ ...content, weeks: { 1: 'First', 2: 'Second' } })
  })

  it('writes a new week with the description the intern set, like its neighbour', () => {
    const third = week(3, { en: { ...emptyContent(3), title: 'Week 3 page' } })
    const content = { title: 'Worklog', intro: 'What I did.', weeks: { 1: 'First', 2: 'Second', 3: 'Third' } }
    const out = exportSectionPage({ ...owner, sectionContent: { en: content } }, [third], 'en')
    expect(out).toBe(`${page}\n**Week 3:** [Third](1.3-Week3/)\n`)
  })

  it('gives a journal made in the app a page in the seed style with its title, intro and descriptions', () => {
    const made = journal({
      sectionContent: { en: { title: 'Work Log', intro: 'Eight weeks.', weeks: { 1: 'Setup' } } },
    })
    const weeks = [week(1, { en: emptyContent(1) }), week(2, { en: { ...emptyContent(2), title: 'Second' } })]
    const out = emitSectionPage(made, weeks, 'en')
    expect(out).toMatch(/^---\ntitle: "Work Log"\n/)
    expect(out).toContain(
      '\n---\n\nEight weeks.\n\n**Week 1:** [Setup](1.1-Week1/)\n\n**Week 2:** [Second](1.2-Week2/)\n',
    )
    expect(readSectionPage(out).content).toEqual({
      title: 'Work Log',
      intro: 'Eight weeks.',
      weeks: { 1: 'Setup', 2: 'Second' },
    })
  })
})

describe('achievements on a new week page', () => {
  const items = {
    intro: '',
    groups: [
      {
        id: 'g',
        title: '',
        items: [
          { id: 'a', text: 'Set up the VPC', achieved: true, children: [] },
          { id: 'b', text: 'Deploy the API', achieved: false, children: [] },
        ],
      },
    ],
  }
  const made = week(4, { en: { ...emptyContent(4), achievements: items } })

  it('are plain bullets in the seed style, whatever is ticked', () => {
    const page = emitWeekPage(made, 'en', { section: 1, days: 'seed' })
    expect(page).toContain('* Set up the VPC\n* Deploy the API\n')
    expect(page).not.toContain('[ ]')
  })

  it('are checkboxes where the journal’s pages have them', () => {
    const boxed = week(1, {
      en: { ...emptyContent(1), source: { path: 'w1.md', text: '* [x] Done\n* [ ] Not yet\n' } },
    })
    const plain = week(2, { en: { ...emptyContent(2), source: { path: 'w2.md', text: '* Done\n' } } })
    expect(learnAchievementBoxes([boxed, made], 'en')).toBe(true)
    expect(learnAchievementBoxes([plain, made], 'en')).toBe(false)
    expect(learnAchievementBoxes([made], 'en')).toBe(false)
    const page = emitWeekPage(made, 'en', { section: 1, days: 'seed', style: { checkboxes: true } })
    expect(page).toContain('* Set up the VPC\n* [ ] Deploy the API\n')
  })
})
