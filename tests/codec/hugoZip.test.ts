// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import { buildHugoZip, readZip } from '../../src/codec/hugoZip'
import { emitSectionPage } from '../../src/codec/sectionPage'
import { importPages } from '../../src/codec/importPages'
import { emptyContent } from '../../src/domain/factories'
import type { WeekContent } from '../../src/domain/types'
import { asWritten, journal, week, withoutIds } from './helpers'

function content(number: number, lang: 'en' | 'vi', monday = '2025-09-08'): WeekContent {
  return {
    ...emptyContent(number, lang),
    objectives: [{ id: 'o', text: lang === 'en' ? 'Learn VPC peering' : 'Học VPC peering' }],
    tasks: [
      {
        id: 't',
        day: 1,
        title: 'Create 2 VPCs',
        detail: 'peer them | test ping',
        startDate: monday,
        completionDate: monday,
        reference: 'AWS docs',
        status: 'done',
      },
    ],
    achievements: {
      intro: '',
      groups: [
        {
          id: 'g',
          title: 'Networking',
          items: [{ id: 'i', text: 'Peered two VPCs', achieved: true, children: [] }],
        },
      ],
    },
    summary: lang === 'en' ? 'A good week.' : 'Một tuần tốt.',
  }
}

const owner = journal({ section: 2, firstMonday: '2025-09-08' })
const weeks = [
  week(
    1,
    { en: content(1, 'en'), vi: content(1, 'vi') },
    { journalId: owner.id, monday: '2025-09-08', publishDate: '2025-09-12' },
  ),
  week(
    2,
    { en: content(2, 'en', '2025-09-15') },
    { journalId: owner.id, monday: '2025-09-15', publishDate: '' },
  ),
]

describe('the Hugo zip', () => {
  const bytes = buildHugoZip(owner, weeks, { langs: ['en', 'vi'], days: 'seed' })
  const files = unzipSync(bytes)

  it('holds the section pages and one folder per week, numbered with the journal section', () => {
    expect(Object.keys(files).sort()).toEqual([
      'content/2-Worklog/2.1-Week1/_index.md',
      'content/2-Worklog/2.1-Week1/_index.vi.md',
      'content/2-Worklog/2.2-Week2/_index.md',
      'content/2-Worklog/_index.md',
      'content/2-Worklog/_index.vi.md',
    ])
  })

  it('writes each page in the seed shape, in its language', () => {
    const en = strFromU8(files['content/2-Worklog/2.1-Week1/_index.md'])
    expect(en).toContain('pre: " <b> 2.1 </b> "')
    expect(en).toContain(
      '| 1 (Monday) | **Create 2 VPCs**: peer them \\| test ping | 08/09/2025 | 08/09/2025 | AWS docs |',
    )
    const vi = strFromU8(files['content/2-Worklog/2.1-Week1/_index.vi.md'])
    expect(vi).toContain('### **Mục tiêu tuần 1**')
    expect(vi).toContain('| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |')
    expect(vi).toContain('| Thứ 2 | **Create 2 VPCs**')
    expect(vi).toContain('**Tổng kết:**\nMột tuần tốt.')
  })

  it('lists the weeks on the section page with links to their folders', () => {
    const section = strFromU8(files['content/2-Worklog/_index.md'])
    expect(section).toContain('pre: " <b> 2. </b> "')
    expect(section).toContain('**Week 1:** [WEEK 1 WORKLOG](2.1-Week1/)')
    expect(section).toContain('**Week 2:** [WEEK 2 WORKLOG](2.2-Week2/)')
    expect(emitSectionPage(owner, weeks, 'vi')).toContain('**Tuần 1:** [Worklog Tuần 1](2.1-Week1/)')
    expect(emitSectionPage(owner, weeks, 'vi')).not.toContain('Tuần 2')
  })

  it('is the same bytes every time', () => {
    expect(buildHugoZip(owner, weeks, { langs: ['en', 'vi'], days: 'seed' })).toEqual(bytes)
  })

  it('uses 2..6 for the days in the template style', () => {
    const template = unzipSync(buildHugoZip(owner, weeks, { langs: ['en'], days: 'template' }))
    expect(strFromU8(template['content/2-Worklog/2.1-Week1/_index.md'])).toContain('| 2 | **Create 2 VPCs**')
  })

  it('imports back into the same weeks, both languages of a week in one', () => {
    const read = readZip(bytes)
    if (!read.ok) throw new Error(read.message)
    const imported = importPages(read.files, { journalId: owner.id })
    expect(imported.perFileReport.map((r) => [r.path, r.status, r.role])).toEqual([
      ['content/2-Worklog/_index.md', 'ok', 'section'],
      ['content/2-Worklog/_index.vi.md', 'ok', 'section'],
      ['content/2-Worklog/2.1-Week1/_index.md', 'ok', 'week'],
      ['content/2-Worklog/2.1-Week1/_index.vi.md', 'ok', 'week'],
      ['content/2-Worklog/2.2-Week2/_index.md', 'ok', 'week'],
    ])
    expect(imported.journalDraft).toMatchObject({
      firstMonday: '2025-09-08',
      plannedWeeks: 2,
      section: 2,
      languages: ['en', 'vi'],
    })
    expect(imported.journalDraft.sectionPages?.en?.text).toBe(strFromU8(files['content/2-Worklog/_index.md']))
    expect(imported.weeks.map((w) => [w.number, w.monday, w.publishDate, Object.keys(w.content)])).toEqual([
      [1, '2025-09-08', '2025-09-12', ['en', 'vi']],
      [2, '2025-09-15', '', ['en']],
    ])
    expect(asWritten(imported.weeks[0].content)).toEqual(withoutIds(weeks[0].content))
    expect(imported.weeks[0].content.en?.source?.text).toBe(
      strFromU8(files['content/2-Worklog/2.1-Week1/_index.md']),
    )
  })

  it('refuses what is not a zip, with the file name', () => {
    const read = readZip(new Uint8Array([1, 2, 3, 4]), 'site.zip')
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.message).toMatch(/^site\.zip: cannot be opened as a zip/)
  })
})

describe('importing a set of pages', () => {
  it('reports each file, places undated weeks from the dated ones, and refuses a duplicate week', () => {
    const dated = `---\ntitle: "Week 1"\n---\n\n### Tasks\n\n| Day | Task | Start Date |\n| --- | --- | --- |\n| 2 | a | 08/09/2025 |\n`
    const undated = `---\ntitle: "Week 3"\n---\n\n### Objectives\n\n- b\n`
    const result = importPages([
      { path: 'site/content/1-Worklog/1.1-Week1/_index.md', text: dated },
      { path: 'site/content/1-Worklog/1.3-Week3/_index.md', text: undated },
      { path: 'site/content/1-Worklog/1.3-Week3/copy.md', text: undated },
      { path: 'site/notes.md', text: '# Shopping\n\n- milk\n' },
      { path: 'site/static/logo.png', text: '' },
    ])
    expect(result.perFileReport.map((r) => [r.status, r.role])).toEqual([
      ['ok', 'week'],
      ['warnings', 'week'],
      ['error', 'week'],
      ['error', 'week'],
      ['ok', 'skipped'],
    ])
    expect(result.perFileReport[1].warnings[0].message).toMatch(
      /placed from the other weeks, on Monday 2025-09-22/,
    )
    expect(result.perFileReport[2].error?.message).toMatch(
      /week 3 \(English\) was already read from site\/content\/1-Worklog\/1.3-Week3\/_index.md/,
    )
    expect(result.perFileReport[3].error?.file).toBe('site/notes.md')
    expect(result.weeks.map((w) => [w.number, w.monday])).toEqual([
      [1, '2025-09-08'],
      [3, '2025-09-22'],
    ])
  })
})
