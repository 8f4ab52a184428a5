// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createBackup, readBackup, serializeBackup } from '../../src/codec/backup'
import { emptyContent } from '../../src/domain/factories'
import type { ReviewComment } from '../../src/domain/types'
import { journal, week } from './helpers'

const comment: ReviewComment = {
  id: 'c1',
  journalId: 'journal-1',
  weekNumber: 7,
  author: 'Binh Tran',
  role: 'mentor',
  target: { kind: 'week' },
  revision: 3,
  body: 'Good week — add the VPC diagram.',
  createdAt: '2025-10-25T09:00:00.000Z',
  resolved: false,
}
const backup = createBackup(
  {
    journals: [journal()],
    weeks: [week(7, { en: emptyContent(7), vi: emptyContent(7, 'vi') })],
    comments: [comment],
  },
  new Date('2025-10-26T08:00:00Z'),
)
const text = serializeBackup(backup)

describe('backup file', () => {
  it('round-trips everything', () => {
    const read = readBackup(text)
    expect(read).toEqual({ ok: true, backup })
    expect(JSON.parse(text)).toMatchObject({
      format: 'worklog-tracker-backup',
      schemaVersion: 1,
      exportedAt: '2025-10-26T08:00:00.000Z',
    })
  })

  it.each([
    [
      'a truncated file',
      text.slice(0, Math.floor(text.length / 2)),
      /cut short.*not saved or downloaded completely/,
    ],
    ['bad JSON', text.replace('"format"', 'format'), /damaged: it is not valid JSON at line 2, column 3/],
    ['an empty file', '  ', /empty/],
    [
      'a foreign file',
      JSON.stringify({ format: 'excalidraw', version: 2 }),
      /not a Worklog Tracker backup \(its format is “excalidraw”\)/,
    ],
    ['a JSON array', '[1, 2]', /not a Worklog Tracker backup/],
    [
      'a newer version',
      text.replace('"schemaVersion": 1', '"schemaVersion": 2'),
      /newer version of Worklog Tracker \(backup version 2; this version reads up to 1\)\. Update the app/,
    ],
    ['a missing version', text.replace('"schemaVersion": 1,', ''), /schemaVersion is missing/],
    [
      'a damaged week',
      text.replace('"monday": "2025-10-20"', '"monday": "20/10/2025"'),
      /damaged: weeks\.0\.monday: .*yyyy-MM-dd/,
    ],
    [
      'a week without its journal',
      text.replace('"journalId": "journal-1",\n      "number"', '"journalId": "other",\n      "number"'),
      /week 7 belongs to journal “other”, which is not in the file/,
    ],
  ])('refuses %s with a clear message', (_what, input, message) => {
    const read = readBackup(input)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.message).toMatch(message)
  })
})
