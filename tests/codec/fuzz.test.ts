// @vitest-environment node
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { importPages } from '../../src/codec/importPages'
import { readZip } from '../../src/codec/hugoZip'
import { createBackup, readBackup, serializeBackup } from '../../src/codec/backup'
import {
  readFeedback,
  readReviewPackage,
  writeFeedback,
  writeReviewPackage,
} from '../../src/codec/reviewExchange'
import { isIsoDate } from '../../src/domain/dates'
import { LIMITS } from '../../src/codec/limits'
import type { ReviewComment } from '../../src/domain/types'
import { corpusPages, HAS_CORPUS, journal } from './helpers'
import { declareSizes, nestedList, weekPage, zipOf } from './hostileInput'

/**
 * Hostile input, generated: real pages, zips and the app's JSON files, mutated. Every input must end in a
 * result or a refusal with a specific message — never an exception, never a stored date that is not a
 * date — and the whole run within each test's timeout. A fixed seed makes a failure reproducible.
 */

const SEED = 20261126
const pages = HAS_CORPUS
  ? corpusPages().map((p) => ({ path: `content/${p.path.split('/content/')[1] ?? p.path}`, text: p.text }))
  : [1, 2, 3].map((n) => ({ path: `content/1-Worklog/1.${n}-Week${n}/_index.md`, text: weekPage(n) }))

const UNITS = [']', '[', '*a', '_a', '`', '<', '![', '|', '- ', '> ', '~~', '\\', 'word ', '\uFEFF', '\u0000']

/** One mutation of a text: the classes of the hostile-input report, and plain damage. */
const textMutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    ch: fc.constantFrom(...UNITS, 'é', '\n', '\r'),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.nat(4000),
    times: fc.integer({ min: 2, max: 20 }),
  }),
  fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 600 }) }),
  fc.record({
    kind: fc.constant('run' as const),
    at: fc.nat(),
    unit: fc.constantFrom(...UNITS),
    length: fc.integer({ min: 1, max: 70_000 }),
  }),
  fc.record({ kind: fc.constant('boms' as const), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    kind: fc.constant('number' as const),
    at: fc.nat(),
    value: fc.constantFrom('99999999', '0', '-1', '1e308', '9999', '0101', '4294967296'),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
)
type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never

function mutateText(text: string, m: TextMutation): string {
  const at = 'at' in m ? m.at % (text.length + 1) : 0
  switch (m.kind) {
    case 'flip':
      return text.slice(0, at) + m.ch + text.slice(at + 1)
    case 'duplicate':
      return text.slice(0, at) + text.slice(at, at + m.length).repeat(m.times) + text.slice(at)
    case 'nest':
      return `${text.slice(0, at)}\n${nestedList(m.depth)}\n${text.slice(at)}`
    case 'run':
      return text.slice(0, at) + m.unit.repeat(Math.ceil(m.length / m.unit.length)) + text.slice(at)
    case 'boms':
      return '\uFEFF'.repeat(m.count) + text
    case 'number': {
      const digits = /\d+/g
      digits.lastIndex = at
      const found = digits.exec(text)
      return found ? text.slice(0, found.index) + m.value + text.slice(found.index + found[0].length) : text
    }
    case 'cut':
      return text.slice(0, at)
  }
}

const mutatedText = (texts: string[]) =>
  fc
    .tuple(fc.constantFrom(...texts), fc.array(textMutation, { minLength: 1, maxLength: 3 }))
    .map(([text, ms]) => ms.reduce(mutateText, text))

/** A refusal is specific: it names what was refused and is not an engine's bare error. */
function expectSpecific(message: string) {
  expect(message.length).toBeGreaterThan(20)
  expect(message).not.toMatch(
    /unexpected error|Maximum call stack|is not a function|Cannot read prop|undefined|NaN/,
  )
}

function expectImported(files: { path: string; text: string }[]) {
  const result = importPages(files)
  for (const report of result.perFileReport) if (report.error) expectSpecific(report.error.message)
  for (const week of result.weeks) {
    expect(isIsoDate(week.monday)).toBe(true)
    expect(week.number).toBeLessThanOrEqual(LIMITS.weekNumber)
  }
  expect(isIsoDate(result.journalDraft.firstMonday)).toBe(true)
}

describe('fuzzing the import of hostile input', () => {
  it('every mutated page imports or is refused with a specific message', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pages.map((p) => p.path)),
        mutatedText(pages.map((p) => p.text)),
        (path, text) => expectImported([{ path, text }]),
      ),
      { seed: SEED, numRuns: 100 },
    )
  }, 60_000)

  const zipMutation = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.nat(255) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('declare' as const), size: fc.constantFrom(0, 10, 1_000_001, 0xffffffff) }),
    fc.record({
      kind: fc.constant('entry' as const),
      name: fc.constantFrom(
        '../x.md',
        '/abs.md',
        'C:/x.md',
        'a/../../b.md',
        '__MACOSX/._a.md',
        'a\\..\\b.md',
      ),
      size: fc.constantFrom(0, 100, 2_000_000),
    }),
    fc.record({ kind: fc.constant('many' as const), count: fc.constantFrom(50, 2_001, 10_001) }),
  )

  it('every mutated zip is read or refused with a message naming it, and its pages import', () => {
    fc.assert(
      fc.property(
        fc.subarray(pages, { minLength: 1, maxLength: 6 }),
        fc.array(zipMutation, { maxLength: 2 }),
        (chosen, mutations) => {
          const files: Record<string, string | Uint8Array> = Object.fromEntries(
            chosen.map((p) => [p.path, p.text]),
          )
          let bytes = zipOf(files)
          for (const m of mutations) {
            if (m.kind === 'flip' && bytes.length) bytes = flipByte(bytes, m.at % bytes.length, m.byte)
            else if (m.kind === 'cut') bytes = bytes.slice(0, m.at % (bytes.length + 1))
            else if (m.kind === 'declare') bytes = declareSizes(bytes, m.size)
            else if (m.kind === 'entry') bytes = zipOf({ ...files, [m.name]: new Uint8Array(m.size) })
            else if (m.kind === 'many')
              bytes = zipOf({
                ...files,
                ...Object.fromEntries(Array.from({ length: m.count }, (_, i) => [`p/${i}.md`, ''])),
              })
          }
          const read = readZip(bytes, 'site.zip')
          if (!read.ok) {
            expect(read.message).toMatch(/^site\.zip: /)
            return expectSpecific(read.message)
          }
          expect(read.files.every((f) => !f.path.split('/').includes('..') && !f.path.startsWith('/'))).toBe(
            true,
          )
          expectImported(read.files)
        },
      ),
      { seed: SEED, numRuns: 30 },
    )
  }, 60_000)
})

function flipByte(bytes: Uint8Array, at: number, byte: number): Uint8Array {
  const copy = bytes.slice()
  copy[at] = byte
  return copy
}

/** Replaces the value at a path (indices taken modulo each level's size) with another. */
function replaceAt(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  if (keys.length === 0) return replacement
  const key = keys[path[0] % keys.length]
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...record }
  copy[key] = replaceAt(record[key], path.slice(1), replacement)
  return copy
}

const deep = (depth: number, open: 'array' | 'object') => {
  let value: unknown = 1
  for (let i = 0; i < depth; i++) value = open === 'array' ? [value] : { children: value }
  return value
}

const wrongValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.constantFrom(null, true, [], {}, -1, 0, 1e308, '', '2025-02-30', 'x'.repeat(1000)),
  fc
    .tuple(fc.integer({ min: 150, max: 3000 }), fc.constantFrom('array' as const, 'object' as const))
    .map(([d, o]) => deep(d, o)),
)

/** Achievement items nested thousands deep, written into the text (too deep for JSON.stringify to write). */
const deepItems = fc.integer({ min: 100, max: 3000 }).map((depth) => ({ kind: 'deepItems' as const, depth }))

function mutateJson(text: string, m: TextMutation | { kind: 'deepItems'; depth: number }): string {
  if (m.kind !== 'deepItems') return mutateText(text, m)
  const item = '{"id":"i","text":"x","achieved":false,"children":['
  return text.replace(/"children": ?\[\]/, `"children":[${item.repeat(m.depth)}${']}'.repeat(m.depth)}]`)
}

const jsonMutation = fc.record({
  path: fc.array(fc.nat(), { maxLength: 9 }),
  value: wrongValue,
  text: fc.option(fc.oneof(textMutation, deepItems), { freq: 2 }),
})

describe('fuzzing the reading of backups, review packages and feedback files', () => {
  const imported = importPages(pages.slice(0, 12), { journalId: 'journal-1', now: new Date('2025-10-01') })
  const theJournal = journal({ id: 'journal-1' })
  const comment: ReviewComment = {
    id: 'c1',
    journalId: 'journal-1',
    weekNumber: imported.weeks[0]?.number ?? 1,
    author: 'Binh',
    role: 'mentor',
    target: { kind: 'week' },
    revision: 0,
    body: 'Good week',
    createdAt: '2025-10-02T00:00:00.000Z',
    resolved: false,
  }
  const data = { journals: [theJournal], weeks: imported.weeks, comments: [comment] }

  it('every mutated backup is restored or refused with a specific message', () => {
    const backup = createBackup(data, new Date('2025-10-03'))
    fc.assert(
      fc.property(jsonMutation, ({ path, value, text }) => {
        const json = serializeBackup(replaceAt(backup, path, value) as typeof backup)
        const read = readBackup(text ? mutateJson(json, text) : json)
        if (!read.ok) expectSpecific(read.message)
      }),
      { seed: SEED, numRuns: 60 },
    )
  }, 60_000)

  it('every mutated review package or feedback file is opened or refused with a specific message', async () => {
    const feedback = {
      journalId: 'journal-1',
      owner: 'An',
      mentor: 'Binh',
      reviews: [
        { weekNumber: 1, status: 'approved' as const, revision: 0, changedAt: '2025-10-02T00:00:00.000Z' },
      ],
      comments: [comment],
    }
    const pkg = { journal: theJournal, weeks: imported.weeks, comments: [comment] }
    const mentor = mentorKey()
    await fc.assert(
      fc.asyncProperty(fc.boolean(), jsonMutation, async (isPackage, { path, value, text }) => {
        // Sealed after the change, so that the checksum matches and the content itself is read.
        const sealed = isPackage
          ? await writeReviewPackage(replaceAt(pkg, path, value) as typeof pkg)
          : await writeFeedback(replaceAt(feedback, path, value) as typeof feedback, await mentor)
        const file = text ? mutateJson(sealed, text) : sealed
        const opened = isPackage ? await readReviewPackage(file) : await readFeedback(file)
        if (!opened.ok) expectSpecific(opened.message)
      }),
      { seed: SEED, numRuns: 60 },
    )
  }, 60_000)

  it('a feedback file whose signer signed a damaged or deep payload is refused, not thrown', async () => {
    const key = await mentorKey()
    const body = JSON.stringify({
      journalId: 'journal-1',
      owner: 'An',
      mentor: 'Binh',
      reviews: [],
      comments: [],
    })
    await fc.assert(
      fc.asyncProperty(fc.oneof(textMutation, deepItems), async (m) => {
        const opened = await readFeedback(
          await signedFeedback(mutateJson(body.replace('[]', '[{"children":[]}]'), m), key),
        )
        if (!opened.ok) expectSpecific(opened.message)
      }),
      { seed: SEED, numRuns: 30 },
    )
  }, 60_000)
})

async function mentorKey() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])
  return {
    name: 'Binh',
    publicKey: await crypto.subtle.exportKey('jwk', pair.publicKey),
    privateKey: pair.privateKey,
  }
}

/** A feedback file as `writeFeedback` writes it, around a payload text that is signed as it is. */
async function signedFeedback(body: string, key: Awaited<ReturnType<typeof mentorKey>>): Promise<string> {
  const signature = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    key.privateKey,
    new TextEncoder().encode(body),
  )
  const { kty, crv, x, y } = key.publicKey
  return JSON.stringify({
    format: 'worklog-tracker-review-feedback',
    schemaVersion: 2,
    exportedAt: '2025-10-02T00:00:00.000Z',
    signer: { name: key.name, publicKey: { kty, crv, x, y } },
    signature: Buffer.from(signature).toString('base64'),
    payload: body,
  })
}
