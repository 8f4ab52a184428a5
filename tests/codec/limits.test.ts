// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checkPageText, LIMITS } from '../../src/codec/limits'
import { checkJsonText } from '../../src/codec/safeJson'
import { englishText, said } from '../../src/domain/messages'
import { importPages } from '../../src/codec/importPages'
import { readZip } from '../../src/codec/hugoZip'
import { readBackup } from '../../src/codec/backup'
import { readFeedback, readReviewPackage } from '../../src/codec/reviewExchange'
import { declareSizes, deepJson, nestedList, weekPage, zipOf } from './hostileInput'

const FILE = 'content/1-Worklog/1.1-Week1/_index.md'
const errorOf = (text: string, path = FILE) => importPages([{ path, text }]).perFileReport[0].error

describe('limits on a markdown page, checked before parsing', () => {
  it('refuses a page over 1 MB, naming the file', () => {
    expect(checkPageText('a'.repeat(LIMITS.pageChars + 1), FILE)).toMatchObject({
      file: FILE,
      line: null,
      message: expect.stringContaining(
        'the page is 1,000,001 characters long; a worklog page is at most 1,000,000',
      ),
    })
  })

  it('refuses a line over 10,000 characters, naming its line', () => {
    const error = errorOf(`${weekPage(1)}\n${'x'.repeat(LIMITS.lineChars + 1)}\n`)
    expect(error?.line).toBe(weekPage(1).split('\n').length + 1)
    expect(error?.message).toMatch(
      /^the line is 10,001 characters long; a line of a worklog page is at most 10,000/,
    )
  })

  it('refuses a 64 KB line of `]` before the parser sees it', () => {
    expect(errorOf(`${weekPage(1)}\n${']'.repeat(65_536)}`)?.message).toMatch(/the line is 65,536 characters/)
  })

  it('refuses a block with more markup than any worklog, naming where the block starts', () => {
    const lines = Array.from({ length: 20 }, () => '*a'.repeat(101)).join('\n')
    const error = errorOf(`${weekPage(1)}\n${lines}\n`)
    expect(error?.line).toBe(weekPage(1).split('\n').length + 1)
    expect(error?.message).toMatch(
      /^the paragraph or table starting here holds more than 2,000 markup characters/,
    )
  })

  it('refuses lists nested 500 deep, and quotes nested 100 deep, naming the first line too deep', () => {
    const list = errorOf(`${weekPage(1)}\n${nestedList(500)}\n`)
    expect(list?.line).toBe(weekPage(1).split('\n').length + 1 + LIMITS.nesting)
    expect(list?.message).toMatch(/^lists or quotes are nested more than 32 deep here/)
    expect(errorOf(`${weekPage(1)}\n${'> '.repeat(100)}deep\n`)?.message).toMatch(/nested more than 32 deep/)
  })

  it('does not count indentation inside fenced code, nor lists a real page nests', () => {
    const code =
      '```yaml\n' +
      Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2)}- key: ${i}`).join('\n') +
      '\n```'
    expect(checkPageText(`${weekPage(1)}\n${code}\n\n${nestedList(8)}\n`, FILE)).toBeNull()
  })

  it('strips any number of byte-order marks, so no field shifts', () => {
    const plain = importPages([{ path: FILE, text: weekPage(1) }], { journalId: 'j', now: new Date(0) })
    const marked = importPages([{ path: FILE, text: `\uFEFF\uFEFF\uFEFF${weekPage(1)}` }], {
      journalId: 'j',
      now: new Date(0),
    })
    expect(JSON.stringify(marked.weeks).replace(/"id":"[^"]*"/g, '')).toBe(
      JSON.stringify(plain.weeks).replace(/"id":"[^"]*"/g, ''),
    )
  })

  it('refuses “Week 99999999” with a message instead of storing the Monday 0NaN-NaN-NaN', () => {
    const page = weekPage(1)
      .replace(/Week 1 Worklog/, 'Week 99999999 Worklog')
      .replace(/pre: .*\n/, '')
    const result = importPages([{ path: 'week.md', text: page.replace(/\| 2 \|.*\n/, '') }])
    expect(result.weeks).toEqual([])
    expect(result.perFileReport[0].error?.message).toBe(
      'the page says it is week 99999999; an internship has at most 520 weeks, so it was not read',
    )
  })

  it('does not place a week from dates no worklog falls in, and stores only real dates', () => {
    const result = importPages(
      [
        { path: FILE, text: weekPage(1) },
        { path: FILE.replace(/1/g, '2'), text: weekPage(2, '01/01/9999') },
      ],
      { now: new Date('2025-09-10') },
    )
    expect(result.perFileReport[1].warnings.map((w) => w.message)).toContain(
      "the page's dates fall in the week of 9998-12-28, outside 1900–2999; the week is placed as if the page had no dates",
    )
    expect(result.weeks.map((w) => w.monday)).toEqual(['2025-09-08', '2025-09-15'])
  })

  it('imports thousands of undated pages, each warned once', () => {
    const pages = Array.from({ length: 1500 }, (_, i) => ({
      path: `content/1-Worklog/1.${i + 1}-Week${(i % 300) + 1}/_index${i < 300 ? '' : `.x${i}`}.md`,
      text: '# Week\n\n### Objectives\n\n- learn\n',
    }))
    const result = importPages(pages)
    const warned = result.perFileReport.filter((r) => r.status === 'warnings')
    expect(warned.length).toBe(result.weeks.length)
    expect(warned.every((r) => r.warnings.length === 1)).toBe(true)
  }, 30_000)
})

describe('limits on JSON files, checked before JSON.parse', () => {
  it('refuses a backup nested 3,000 deep with the reason and the line', () => {
    const read = readBackup(deepJson('worklog-tracker-backup', 3000))
    expect(read).toMatchObject({
      ok: false,
      message:
        'The backup file is damaged or crafted: its data is nested more than 200 levels deep at line 1, which no backup file of the app is, so it was not read. Nothing was restored.',
    })
  })

  it('refuses deep review packages and feedback files the same way', async () => {
    const pkg = await readReviewPackage(deepJson('worklog-tracker-review-package', 5000))
    expect(pkg.ok === false && pkg.message).toMatch(
      /^The review package is damaged or crafted: .* more than 200 levels deep/,
    )
    const feedback = await readFeedback(deepJson('worklog-tracker-review-feedback', 5000))
    expect(feedback.ok === false && feedback.message).toMatch(/^The feedback file is damaged or crafted/)
  })

  it('ignores brackets inside strings and refuses a file over 50 million characters', () => {
    expect(checkJsonText(`{"a":"${'['.repeat(1000)}"}`, said('msg.kind.backupFile'))).toBeNull()
    const tooLarge = checkJsonText(' '.repeat(LIMITS.jsonChars + 1), said('msg.kind.backupFile'))
    expect(tooLarge && englishText(tooLarge)).toBe(
      'The backup file is 50 million characters long; a backup file is at most 50 million, so it was not read.',
    )
  })
})

describe('limits on zips, checked on the central directory before unpacking', () => {
  const refusal = (bytes: Uint8Array) => {
    const read = readZip(bytes, 'site.zip')
    return read.ok ? null : read.message
  }

  it('refuses entries that leave the zip’s folder', () => {
    expect(refusal(zipOf({ '../escaped.md': 'x' }))).toBe(
      'site.zip: the entry “../escaped.md” climbs out of the zip’s folder with “..”, so the zip was not read',
    )
    expect(refusal(zipOf({ '/etc/passwd.md': 'x' }))).toMatch(/“\/etc\/passwd.md” is an absolute path/)
    expect(refusal(zipOf({ 'C:/Windows/a.md': 'x' }))).toMatch(/starts with a drive letter/)
    expect(refusal(zipOf({ 'a\\..\\..\\b.txt': 'x' }))).toMatch(/climbs out/)
  })

  it('refuses too many entries or too many pages', () => {
    const many = Object.fromEntries(
      Array.from({ length: LIMITS.zipEntries + 1 }, (_, i) => [`f${i}.txt`, '']),
    )
    expect(refusal(zipOf(many))).toBe('site.zip: it lists more than 10,000 entries, so the zip was not read')
    const pages = Object.fromEntries(Array.from({ length: LIMITS.zipPages + 1 }, (_, i) => [`p${i}.md`, '']))
    expect(refusal(zipOf(pages))).toBe(
      'site.zip: it holds more than 2,000 markdown pages, so the zip was not read',
    )
  })

  it('refuses a bomb by its declared size, and one whose header lies by what it unpacks to', () => {
    const bomb = zipOf({ 'content/_index.md': new Uint8Array(5_000_000) })
    expect(bomb.length).toBeLessThan(10_000)
    expect(refusal(bomb)).toBe(
      'site.zip: the page “content/_index.md” would unpack to 5,000,000 bytes; a worklog page is at most 1,000,000, so the zip was not read',
    )
    expect(refusal(declareSizes(bomb, 100))).toBe(
      'site.zip: the page “content/_index.md” unpacks to more than the 100 bytes the zip declares for it; the zip is damaged or crafted, so it was not read',
    )
    const wide = zipOf(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`w${i}.md`, 'x'])))
    expect(refusal(declareSizes(wide, 900_000))).toBe(
      'site.zip: its pages would unpack to more than 50 MB, so the zip was not read',
    )
  })

  it('still reads a zip of pages, empty ones and other files included', () => {
    const read = readZip(zipOf({ 'a/_index.md': weekPage(1), 'b/_index.md': '', 'c.png': new Uint8Array(9) }))
    expect(read.ok && read.files.map((f) => [f.path, f.text.length])).toEqual([
      ['a/_index.md', weekPage(1).length],
      ['b/_index.md', 0],
    ])
  })
})
