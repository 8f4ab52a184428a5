// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { roundTripFolder } from '../../src/cli/roundTrip'
import { importPages } from '../../src/codec/importPages'
import { hugoPages } from '../../src/codec/hugoZip'
import type { Journal, Week } from '../../src/domain/types'
import { CORPUS_DIR, HAS_CORPUS, corpusPages, journal } from './helpers'

describe.skipIf(!HAS_CORPUS)('every corpus site, imported and exported untouched', () => {
  it('gives back every page byte for byte, loses no word, and is a fixed point', async () => {
    const sites = await roundTripFolder(CORPUS_DIR)
    if (typeof sites === 'string') throw new Error(sites)
    expect(sites.length).toBeGreaterThan(5)
    for (const site of sites) {
      expect(site.changed, site.site).toEqual([])
      expect(site.wordsLost, site.site).toBe(0)
      expect(site.fixedPoint, site.site).toBe(true)
    }
    expect(sites.reduce((n, s) => n + s.pages, 0)).toBe(corpusPages().length)
  }, 240_000)
})

describe.skipIf(!HAS_CORPUS)('the imported section page', () => {
  const site = corpusPages().filter((p) => p.site === '36JungKwan+InternshipReport')
  const imported = importPages(site, { journalId: 'j', now: new Date(0) })
  const owner: Journal = { ...journal({ id: 'j', section: 1 }), ...imported.journalDraft }
  const section = (weeks: Week[]) =>
    hugoPages(owner, weeks, { langs: ['en'], days: 'seed' }).find(
      (f) => f.path === 'content/1-Worklog/_index.md',
    )?.text ?? ''
  const original = site.find((p) => p.path.endsWith('1-Worklog/_index.md'))?.text ?? ''

  it('keeps the imported week folders', () => {
    const paths = hugoPages(owner, imported.weeks, { langs: ['en'], days: 'seed' }).map((f) => f.path)
    expect(paths).toContain('content/1-Worklog/1.3-Week3/_index.md')
  })

  it('gains one line, in its own style, for a week added in the app', () => {
    const twelve = imported.weeks.find((w) => w.number === 12)!
    const added: Week = {
      ...twelve,
      id: 'j:13',
      number: 13,
      folder: undefined,
      content: { en: { ...twelve.content.en!, title: 'Wrap-up', source: undefined } },
    }
    const text = section([...imported.weeks, added])
    expect(text).toBe(`${original}\n\n**Week 13:** [Wrap-up](1.13-Week13/)`)
  })
})

describe.skipIf(!HAS_CORPUS)('a new week in an imported journal', () => {
  it('numbers its front matter the way the journal’s own pages do', () => {
    const site = corpusPages().filter((p) => p.site === '20khanh03+fcj-internship-report')
    const imported = importPages(site, { journalId: 'k', now: new Date(0) })
    const owner: Journal = { ...journal({ id: 'k', section: 1 }), ...imported.journalDraft }
    const eight = imported.weeks.find((w) => w.number === 8)!
    const added: Week = {
      ...eight,
      id: 'k:9',
      number: 9,
      folder: undefined,
      content: { en: { ...eight.content.en!, title: 'Week 9', source: undefined } },
    }
    const page = hugoPages(owner, [...imported.weeks, added], { langs: ['en'], days: 'seed' }).find(
      (f) => f.path === 'content/1-Worklog/1.9-Week9/_index.md',
    )
    expect(page?.text).toContain('\nweight: 19\n')
    expect(page?.text).toContain('\npre: " <b> 1.9. </b> "\n')
  })
})
