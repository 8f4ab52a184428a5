// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseWeekPage } from '../../src/codec/parseWeekPage'
import { exportWeekPage } from '../../src/codec/weekPageExport'
import { week } from './helpers'

const PAGE = [
  '---',
  "title: 'Week 3 Worklog'",
  'date: 2025-09-21',
  'weight: 13',
  'chapter: false',
  'pre: " <b> 1.3. </b> "',
  '---',
  '',
  '### Week 3 Objectives',
  '- Learn VPC',
  '',
].join('\n')

function imported(text: string) {
  const read = parseWeekPage(text, { fileName: 'content/1-Worklog/1.3-week3/_index.md', lang: 'en' })
  if (!read.ok) throw new Error(read.error.message)
  const content = { ...read.page.content, source: { path: 'content/1-Worklog/1.3-week3/_index.md', text } }
  return week(3, { en: content }, { publishDate: read.page.publishDate })
}

const OPTIONS = { section: 1, days: 'seed' as const }

describe('front matter the intern set on a week', () => {
  it('an untouched page, or one whose override repeats its own value, keeps its bytes', () => {
    expect(exportWeekPage(imported(PAGE), 'en', OPTIONS)).toBe(PAGE)
    const same = { ...imported(PAGE), frontMatter: { weight: 13, title: 'Week 3 Worklog' } }
    expect(exportWeekPage(same, 'en', OPTIONS)).toBe(PAGE)
  })

  it('changes only the overridden keys, each in its own quoting', () => {
    const set = {
      ...imported(PAGE),
      frontMatter: { title: 'Week 3: VPC & EC2', weight: 3, pre: ' <b> 1.3 </b> ' },
    }
    const out = exportWeekPage(set, 'en', OPTIONS)
    const changed = out.split('\n').filter((line, i) => line !== PAGE.split('\n')[i])
    expect(changed).toEqual(["title: 'Week 3: VPC & EC2'", 'weight: 3', 'pre: " <b> 1.3 </b> "'])
    const again = parseWeekPage(out, { fileName: 'content/1-Worklog/1.3-week3/_index.md', lang: 'en' })
    if (!again.ok) throw new Error(again.error.message)
    expect(again.page.content.title).toBe('Week 3: VPC & EC2')
  })

  it('adds a key the page did not have before the closing rule, keeping CRLF line ends', () => {
    const crlf = PAGE.replace('weight: 13\n', '').replace(/\n/g, '\r\n')
    const out = exportWeekPage({ ...imported(crlf), frontMatter: { weight: 7 } }, 'en', OPTIONS)
    expect(out).toBe(crlf.replace('pre: " <b> 1.3. </b> "\r\n', 'pre: " <b> 1.3. </b> "\r\nweight: 7\r\n'))
  })

  it('a week made in the app writes the overrides into its seed front matter', () => {
    const made = week(
      4,
      { en: { ...imported(PAGE).content.en!, source: undefined } },
      { frontMatter: { weight: 104, pre: ' <b> 1.4. </b> ' } },
    )
    const out = exportWeekPage(made, 'en', OPTIONS)
    expect(out).toMatch(/^weight: 104$/m)
    expect(out).toMatch(/^pre: " <b> 1\.4\. <\/b> "$/m)
    expect(out.match(/^weight:/gm)).toHaveLength(1)
  })
})
