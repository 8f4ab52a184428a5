// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import { zipSync, strToU8 } from 'fflate'
import { checkCommand, exportCommand, importCommand } from '../../src/cli/commands'
import { run } from '../../src/cli/main'
import { readBackup } from '../../src/codec/backup'

const dir = mkdtempSync(join(tmpdir(), 'worklog-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const page = (n: number, day: string) =>
  `---\ntitle: "Week ${n} Worklog"\ndate: "2025-09-22"\nweight: ${n}\nchapter: false\npre: " <b> 1.${n}. </b> "\n---\n\n### Week ${n} Objectives:\n\n- Learn EC2\n\n### Tasks to be carried out this week:\n\n| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n| 2 | Launch an instance | ${day} | ${day} | |\n\n### Week ${n} Achievements:\n\n- Launched EC2\n`

function site(root: string) {
  mkdirSync(join(root, 'content/1-Worklog/1.1-Week1'), { recursive: true })
  mkdirSync(join(root, 'content/1-Worklog/1.2-Week2'), { recursive: true })
  writeFileSync(
    join(root, 'content/1-Worklog/_index.md'),
    '---\ntitle: "Worklog"\npre: " <b> 1. </b> "\n---\n\n**Week 1:** [EC2](1.1-week1/)\n',
  )
  writeFileSync(join(root, 'content/1-Worklog/1.1-Week1/_index.md'), page(1, '08/09/2025'))
  writeFileSync(join(root, 'content/1-Worklog/1.2-Week2/_index.md'), page(2, '15/09/2025'))
}

describe('worklog command line', () => {
  const source = join(dir, 'site')
  site(source)
  const backup = join(dir, 'out/backup.json')

  it('imports a folder into a backup file', async () => {
    const result = await importCommand([source], backup, new Date('2025-10-01T00:00:00Z'))
    expect(result.err).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.out.at(-1)).toBe(`wrote ${backup}: 2 week(s)`)
    const read = readBackup(readFileSync(backup, 'utf8'))
    expect(read.ok && read.backup.weeks.map((w) => [w.number, w.monday])).toEqual([
      [1, '2025-09-08'],
      [2, '2025-09-15'],
    ])
  })

  it('exports the backup as a Hugo tree, and check passes on it', async () => {
    const out = join(dir, 'hugo')
    const result = await exportCommand(backup, out, { lang: 'en', days: 'template' })
    expect(result.exitCode).toBe(0)
    expect(result.out.at(-1)).toBe('3 page(s) written')
    const week1 = readFileSync(join(out, 'content/1-Worklog/1.1-Week1/_index.md'), 'utf8')
    expect(week1).toContain('| 2 | Launch an instance | 08/09/2025 | 08/09/2025 |  |')
    const check = await checkCommand([out])
    expect(check.exitCode).toBe(0)
    expect(check.out.at(-1)).toBe('3 passed, 0 failed')
  })

  it('imports a zip', async () => {
    const zip = join(dir, 'site.zip')
    writeFileSync(zip, zipSync({ 'content/1-Worklog/1.3-Week3/_index.md': strToU8(page(3, '22/09/2025')) }))
    const result = await importCommand([zip], join(dir, 'zip.json'))
    expect(result.exitCode).toBe(0)
    expect(result.out[0]).toContain('site.zip:content/1-Worklog/1.3-Week3/_index.md')
  })

  it('fails with exit 1 and names the file when a page is not a worklog', async () => {
    const bad = join(dir, 'bad.md')
    writeFileSync(bad, '# Groceries\n\n- milk\n')
    const result = await importCommand([source, bad], join(dir, 'never.json'))
    expect(result.exitCode).toBe(1)
    expect(result.out.join('\n')).toContain(`error  ${bad}: this is not a worklog page`)
    expect(result.err[0]).toContain(bad)
    const check = await checkCommand([bad])
    expect(check.exitCode).toBe(1)
    expect(check.out.at(-1)).toBe('0 passed, 1 failed')
  })

  it('refuses a damaged backup on export with the file and the reason', async () => {
    const broken = join(dir, 'broken.json')
    writeFileSync(broken, readFileSync(backup, 'utf8').slice(0, 200))
    const result = await exportCommand(broken, join(dir, 'x'))
    expect(result.exitCode).toBe(1)
    expect(result.err[0]).toMatch(new RegExp(`^${broken}: The backup file is cut short`))
  })

  it('explains its usage for a wrong command', async () => {
    const result = await run(['frobnicate'])
    expect(result.exitCode).toBe(1)
    expect(result.err.join('\n')).toMatch(/unknown command “frobnicate”[\s\S]*Usage/)
  })

  it('runs as a program: npm run worklog -- check', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'check', source], {
      encoding: 'utf8',
      cwd: join(__dirname, '../..'),
    })
    expect(child.status).toBe(0)
    expect(child.stdout.trim().split('\n').at(-1)).toBe('3 passed, 0 failed')
  }, 30_000)
})

describe('check over several sites', () => {
  it('checks each page on its own, so the same week of two sites is no duplicate', async () => {
    const a = join(dir, 'a')
    const b = join(dir, 'b')
    site(a)
    site(b)
    const result = await checkCommand([a, b])
    expect(result.exitCode).toBe(0)
    expect(result.out.at(-1)).toBe('6 passed, 0 failed')
  })
})

describe('export writes only inside --out', () => {
  const backupOf = (owners: string[]) => {
    const journals = owners.map((owner, i) => ({
      id: `journal-${i}`,
      owner,
      mentor: '',
      firstMonday: '2025-09-08',
      plannedWeeks: 12,
      section: 1,
      languages: ['en'],
      readOnly: false,
      createdAt: '2025-09-01T00:00:00.000Z',
      updatedAt: '2025-09-01T00:00:00.000Z',
    }))
    const path = join(dir, `owners-${owners.length}-${Math.random().toString(36).slice(2)}.json`)
    writeFileSync(
      path,
      JSON.stringify({
        format: 'worklog-tracker-backup',
        schemaVersion: 1,
        exportedAt: '2025-09-01T00:00:00.000Z',
        journals,
        weeks: [],
        comments: [],
      }),
    )
    return path
  }

  it('names each journal’s folder from a safe slug: “../escaped” stays inside, same owners do not collide', async () => {
    const out = join(dir, 'safe-out')
    const result = await exportCommand(
      backupOf(['../escaped', 'An Nguyễn', 'An Nguyễn', '/', '\u0007']),
      out,
      { lang: 'en' },
    )
    expect(result.exitCode).toBe(0)
    expect(
      result.out.filter((line) => line.startsWith('wrote')).map((line) => line.slice(out.length + 7)),
    ).toEqual([
      'escaped/content/1-Worklog/_index.md',
      'an-nguyen/content/1-Worklog/_index.md',
      'an-nguyen-2/content/1-Worklog/_index.md',
      'journal/content/1-Worklog/_index.md',
      'journal-2/content/1-Worklog/_index.md',
    ])
    expect(readFileSync(join(out, 'escaped/content/1-Worklog/_index.md'), 'utf8')).toContain('Worklog')
  })

  it('refuses a backup nested thousands deep naming the file, and check goes on past a page it refuses', async () => {
    const deep = join(dir, 'deep.json')
    writeFileSync(
      deep,
      `{"format":"worklog-tracker-backup","schemaVersion":1,"journals":${'['.repeat(3000)}${']'.repeat(3000)}}`,
    )
    const result = await exportCommand(deep, join(dir, 'deep-out'))
    expect(result.err).toEqual([
      `${deep}: The backup file is damaged or crafted: its data is nested more than 200 levels deep at line 1, which no backup file of the app is, so it was not read. Nothing was restored.`,
    ])
    const nested = join(dir, 'nested.md')
    writeFileSync(nested, Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'))
    const other = join(dir, 'other-site')
    site(other)
    const check = await checkCommand([nested, other])
    expect(check.out[0]).toMatch(
      new RegExp(`^error  ${nested}, line 33: lists or quotes are nested more than 32 deep`),
    )
    expect(check.out.at(-1)).toBe('3 passed, 1 failed')
  })
})
