import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { weekContentHash } from '../../src/domain/contentHash'
import { emptyContent, newTask } from '../../src/domain/factories'
import { httpUrlOf, readInviteFragment, reviewFromEvents } from '../../src/domain/sync'
import { readWeek, writeWeek } from '../../src/sync/journalDoc'

const TOKEN = 'a'.repeat(43)

describe('invite links', () => {
  it('reads the server and the token of the fragment', () => {
    const hash = `#server=${encodeURIComponent('wss://sync.example.org/')}&token=${TOKEN}`
    expect(readInviteFragment(hash)).toEqual({ server: 'wss://sync.example.org', token: TOKEN })
    expect(httpUrlOf('wss://sync.example.org')).toBe('https://sync.example.org')
    expect(httpUrlOf('ws://127.0.0.1:1234')).toBe('http://127.0.0.1:1234')
  })

  it('refuses a link without a ws(s) server or a well-formed token', () => {
    for (const hash of [
      '',
      `#token=${TOKEN}`,
      `#server=${encodeURIComponent('https://x.org')}&token=${TOKEN}`,
      `#server=${encodeURIComponent('ws://x.org')}&token=short`,
      `#server=${encodeURIComponent('ws://x.org')}&token=${'a'.repeat(42)}%3Cscript%3E`,
    ])
      expect(readInviteFragment(hash)).toEqual({ error: 'malformed-link' })
  })
})

describe('review state from the documents', () => {
  const submitted = (at: string) => ({ weekNumber: 2, action: 'submitted' as const, at, contentHash: 'h' })
  it('the latest of submissions and decisions wins', () => {
    const decision = {
      weekNumber: 2,
      decision: 'changes-requested' as const,
      at: '2025-10-26T10:00:00Z',
      contentHash: 'h',
      note: 'More detail',
    }
    expect(reviewFromEvents(2, [], [])).toEqual({ status: 'draft' })
    expect(reviewFromEvents(2, [submitted('2025-10-25T10:00:00Z')], [decision])).toMatchObject({
      status: 'changes-requested',
      note: 'More detail',
      submittedAt: '2025-10-25T10:00:00Z',
    })
    expect(
      reviewFromEvents(2, [submitted('2025-10-25T10:00:00Z'), submitted('2025-10-27T10:00:00Z')], [decision]),
    ).toMatchObject({ status: 'submitted', submittedAt: '2025-10-27T10:00:00Z' })
    expect(reviewFromEvents(3, [submitted('2025-10-25T10:00:00Z')], [decision])).toEqual({ status: 'draft' })
  })
})

describe('what the journal document carries of a week', () => {
  it('keeps the imported page, extra cells, carried tasks and untranslated marks, so both sides hash the same content', () => {
    const content = {
      ...emptyContent(1),
      tasks: [
        {
          ...newTask('2025-10-20', 1, 'Lab'),
          carriedFrom: 't0',
          extraCells: [{ header: 'Hours', text: '3' }],
          untranslated: true,
        },
      ],
      objectives: [{ id: 'o1', text: 'Learn', untranslated: true }],
      source: { path: 'content/1-Worklog/1.1-Week1/_index.md', text: '---\ntitle: Week 1\n---\n' },
    }
    const week = { number: 1, monday: '2025-10-20', publishDate: '', content: { en: content } }
    const doc = new Y.Doc()
    writeWeek(doc, week)
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    const read = readWeek(other, 1)!
    expect(read.content.en).toEqual(content)
    expect(weekContentHash(read)).toBe(weekContentHash(week))
    // Dropping a field removes it from the document.
    writeWeek(doc, { ...week, content: { en: { ...content, source: undefined } } })
    expect(readWeek(doc, 1)!.content.en?.source).toBeUndefined()
  })
})
