import { describe, expect, it } from 'vitest'
import { readZip } from '../../src/codec/hugoZip'
import { checkPageText, tooLargeToRead } from '../../src/codec/limits'
import { readBackup } from '../../src/codec/backup'
import { parseWeekPage } from '../../src/codec/parseWeekPage'
import { englishText, said, type Message, type MessageCode } from '../../src/domain/messages'
import { MESSAGE_TEXT_EN } from '../../src/domain/messageTexts'
import { StaleWriteError } from '../../src/storage/errors'
import { en } from '../../src/i18n/en'
import { sayer, sayError } from '../../src/i18n/i18n'
import { vi } from '../../src/i18n/vi'

const CODES = Object.keys(MESSAGE_TEXT_EN) as MessageCode[]
const sayEn = sayer(en, 'en')
const sayVi = sayer(vi, 'vi')

/** A message of the code with every parameter its English template names: numbers, names, and a nested message. */
function sample(code: MessageCode): Message {
  const params: Message['params'] = {}
  for (const [, name] of MESSAGE_TEXT_EN[code].matchAll(/\{(\w+)\}/g)) {
    params[name!] = ['kind', 'name', 'section', 'lang', 'why', 'done', 'reason'].includes(name!)
      ? said('msg.kind.reviewPackage')
      : name === 'path' || name === 'zip' || name === 'file'
        ? 'content/1-Worklog/1.7-Week7/_index.md'
        : 12345
  }
  return said(code, params)
}

// Words of English that a Vietnamese sentence would not hold (file formats, app names and `key: value` aside).
const ENGLISH = /\b(the|is|was|not|and|file|page|week|read|with|which|of|this|its|no|so)\b/i

describe('every message code, said in Vietnamese', () => {
  it('has a Vietnamese template of its own for every code', () => {
    expect(CODES.length).toBeGreaterThan(80)
    for (const code of CODES) {
      expect(vi[code], code).toBeTruthy()
      expect(vi[code], code).not.toBe(code)
    }
  })

  it.each(CODES)('%s renders in Vietnamese, with no English left and every parameter in place', (code) => {
    const message = sample(code)
    const english = sayEn(message)
    const vietnamese = sayVi(message)
    expect(english).toBe(englishText(message))
    expect(vietnamese).not.toContain(code)
    expect(vietnamese).not.toMatch(/\{\w+\}/)
    if (english !== vietnamese || !/^\{\w+\}: \{\w+\}$|^\{\w+\} \{\w+\}$/.test(MESSAGE_TEXT_EN[code]))
      expect(vietnamese).not.toBe(english)
    // What remains after the parameters' own text is taken out is Vietnamese.
    const own = vietnamese
      .replaceAll('content/1-Worklog/1.7-Week7/_index.md', '')
      .replace(
        /`[^`]*`|schemaVersion|JSON|YAML|TOML|Worklog Tracker|markdown|zip|MM\/dd\/yyyy|dd\/MM\/yyyy|front matter|MB|pre|weight/g,
        '',
      )
    expect(own, vietnamese).not.toMatch(ENGLISH)
  })

  it('groups large numbers the Vietnamese way', () => {
    expect(sayVi(said('msg.pageTooLong', { chars: 1_234_567, limit: 1_000_000 }))).toContain('1.234.567')
    expect(sayEn(said('msg.pageTooLong', { chars: 1_234_567, limit: 1_000_000 }))).toContain('1,234,567')
  })
})

describe('what the codec and storage report carries a code the interface says in Vietnamese', () => {
  it('a refused page, a page too large, a damaged backup, a bad zip and a stale save', () => {
    const empty = parseWeekPage('', { fileName: 'a.md' })
    expect(empty.ok).toBe(false)
    if (!empty.ok) {
      expect(empty.error.message).toBe('the file is empty, so it is not a worklog page')
      expect(sayVi(empty.error.said)).toBe('tệp trống, nên đây không phải trang nhật ký')
    }
    const long = checkPageText('x'.repeat(10_001), 'b.md')!
    expect(sayVi(long.said)).toBe(
      'dòng này dài 10.001 ký tự; một dòng của trang nhật ký dài tối đa 10.000 ký tự, nên trang không được đọc',
    )
    const huge = tooLargeToRead('c.zip', 600_000_000)!
    expect(sayVi(huge)).toMatch(/^c\.zip: tệp có 600\.000\.000 byte/)
    const backup = readBackup('{"format": "worklog-tracker-backup", "schemaVersion": 1, "journals": [')
    expect(backup.ok).toBe(false)
    if (!backup.ok) {
      expect(backup.message).toMatch(/^The backup file is cut short/)
      expect(sayVi(backup.said)).toBe(
        'tệp sao lưu bị cắt ngắn: tệp kết thúc giữa chừng dữ liệu, nên đã không được lưu hoặc tải về đầy đủ. Không có gì được khôi phục.',
      )
    }
    const zip = readZip(new Uint8Array([1, 2, 3]), 'site.zip')
    expect(zip.ok).toBe(false)
    if (!zip.ok) expect(sayVi(zip.said)).toMatch(/^site\.zip: không mở được dưới dạng tệp zip/)
    const stale = new StaleWriteError({ number: 3, revision: 7 } as never)
    expect(stale.message).toBe('Week 3 was changed elsewhere (now at revision 7).')
    expect(sayError(sayVi, stale)).toBe('Tuần 3 đã được thay đổi ở nơi khác (hiện ở bản sửa 7).')
    expect(sayError(sayVi, new Error('raw'))).toBe('raw')
  })
})
