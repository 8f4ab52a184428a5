// @vitest-environment node
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importCommand } from '../../src/cli/commands'
import { run } from '../../src/cli/main'
import { isInside } from '../../src/cli/exportInto'
import { readBackup, serializeBackup } from '../../src/codec/backup'
import { CORPUS_DIR, HAS_CORPUS } from './helpers'

const dir = mkdtempSync(join(tmpdir(), 'worklog-into-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.skipIf(!HAS_CORPUS)('export --into a site folder', () => {
  const site = join(dir, 'site')
  cpSync(join(CORPUS_DIR, '36JungKwan+InternshipReport'), site, { recursive: true })
  const week3 = join(site, 'content/1-Worklog/1.3-Week3/_index.md')
  const original = readFileSync(week3, 'utf8')

  it('writes nothing for an untouched import', async () => {
    const backup = join(dir, 'b.json')
    expect((await importCommand([site], backup)).exitCode).toBe(0)
    const result = await run(['export', backup, '--into', site])
    expect(result.out.at(-1)).toBe('0 page(s) written, the others unchanged')
  }, 60_000)

  it('lists one changed row with --dry-run, writes it without, and never anything else', async () => {
    const read = readBackup(readFileSync(join(dir, 'b.json'), 'utf8'))
    if (!read.ok) throw new Error(read.message)
    const week = read.backup.weeks.find((w) => w.number === 3)!
    week.content.en!.tasks[1] = { ...week.content.en!.tasks[1], title: 'Team meeting on the idea' }
    const edited = join(dir, 'edited.json')
    writeFileSync(edited, serializeBackup(read.backup))

    const dry = await run(['export', edited, '--into', site, '--dry-run'])
    expect(dry.out[0]).toBe('changed  content/1-Worklog/1.3-Week3/_index.md')
    expect(dry.out.filter((l) => /^[-+]\|/.test(l))).toHaveLength(2)
    expect(dry.out.at(-1)).toBe('1 page(s) would be written (dry run: nothing written)')
    expect(readFileSync(week3, 'utf8')).toBe(original)

    const result = await run(['export', edited, '--into', site])
    expect(result.out.at(-1)).toBe('1 page(s) written, the others unchanged')
    const after = readFileSync(week3, 'utf8').split('\n')
    const before = original.split('\n')
    expect(after.length).toBe(before.length)
    expect(after.filter((line, i) => line !== before[i])).toEqual([
      '| **Tue** | **Team meeting on the idea** | 23/09/2025 | 23/09/2025 | |',
    ])
  }, 60_000)

  it('refuses a week folder that would lead outside the site', async () => {
    const read = readBackup(readFileSync(join(dir, 'b.json'), 'utf8'))
    if (!read.ok) throw new Error(read.message)
    read.backup.weeks[0].folder = '../../../escaped'
    const hostile = join(dir, 'hostile.json')
    writeFileSync(hostile, serializeBackup(read.backup))
    await run(['export', hostile, '--into', site])
    expect(existsSync(join(dir, 'escaped'))).toBe(false)
    expect(isInside(site, join(site, 'content/1-Worklog/../../../escaped/_index.md'))).toBe(false)
    expect(isInside(site, join(site, 'content/1-Worklog/1.1-week1/_index.md'))).toBe(true)
  }, 60_000)
})
