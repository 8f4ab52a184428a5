import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { importPages, describeReport } from '../codec/importPages'
import { createBackup, readBackup, serializeBackup } from '../codec/backup'
import { hugoPages } from '../codec/hugoZip'
import type { DayStyle } from '../codec/days'
import type { Journal, Lang } from '../domain/types'
import { collectPages } from './inputFiles'
import { insideFolder, uniqueSlugs } from './safeNames'

/** What a command printed and how it ended; `main.ts` writes it out and sets the exit code. */
export interface CommandResult {
  exitCode: number
  out: string[]
  err: string[]
}

const done = (out: string[], err: string[] = [], exitCode = err.length ? 1 : 0): CommandResult => ({
  exitCode,
  out,
  err,
})

/** `import <files, folders or zips…> --out backup.json`: all pages or nothing; any error names its file. */
export async function importCommand(inputs: string[], out: string, now = new Date()): Promise<CommandResult> {
  if (inputs.length === 0) return done([], ['import: give the markdown files, folders or zips to read'])
  const collected = await collectPages(inputs)
  if (!collected.ok) return done([], [collected.message])
  const result = importPages(collected.files, { now })
  const lines = result.perFileReport.map(describeReport)
  const failed = result.perFileReport.filter((r) => r.status === 'error')
  if (failed.length)
    return done(lines, [
      `import: ${failed.length} file(s) could not be read; nothing was written (first: ${failed[0].path})`,
    ])
  if (result.weeks.length === 0)
    return done(lines, ['import: no week page was found in what was given; nothing was written'])
  const journalId = result.weeks[0].journalId
  const stamp = now.toISOString()
  const journal: Journal = {
    id: journalId,
    owner: '',
    mentor: '',
    ...result.journalDraft,
    readOnly: false,
    createdAt: stamp,
    updatedAt: stamp,
  }
  await mkdir(dirname(out), { recursive: true })
  await writeFile(
    out,
    serializeBackup(createBackup({ journals: [journal], weeks: result.weeks, comments: [] }, now)),
  )
  return done([...lines, `wrote ${out}: ${result.weeks.length} week(s)`])
}

function parseLangs(value: string | undefined): Lang[] | string {
  if (value === undefined) return ['en', 'vi']
  const langs = value.split(',').map((l) => l.trim())
  const bad = langs.find((l) => l !== 'en' && l !== 'vi')
  return bad !== undefined ? `--lang: “${bad}” is not a language of the pages (en, vi)` : (langs as Lang[])
}

/** `export backup.json --out <dir> [--lang en,vi] [--days seed|template]`: the Hugo tree of every journal. */
export async function exportCommand(
  backupPath: string,
  out: string,
  options: { lang?: string; days?: string } = {},
): Promise<CommandResult> {
  const langs = parseLangs(options.lang)
  if (typeof langs === 'string') return done([], [langs])
  const days = (options.days ?? 'seed') as DayStyle
  if (days !== 'seed' && days !== 'template')
    return done([], [`--days: “${options.days}” is neither seed nor template`])
  let text: string
  try {
    text = await readFile(backupPath, 'utf8')
  } catch {
    return done([], [`${backupPath}: no such file`])
  }
  const read = readBackup(text)
  if (!read.ok) return done([], [`${backupPath}: ${read.message}`])
  const written: string[] = []
  const { journals } = read.backup
  // Several journals in one backup each get their own folder, named from a safe slug of the owner (the
  // id when there is none): one never overwrites another, and no name leaves `--out`.
  const folders = uniqueSlugs(journals.map((j) => j.owner.trim() || j.id))
  for (const [index, journal] of journals.entries()) {
    const weeks = read.backup.weeks.filter((w) => w.journalId === journal.id)
    for (const page of hugoPages(journal, weeks, { langs, days })) {
      const relative = [...(journals.length > 1 ? [folders[index]] : []), page.path]
      const path = insideFolder(out, ...relative)
      if (path === null)
        return done(
          written.map((p) => `wrote ${p}`),
          [`${page.path}: would be written outside ${out}; stopped`],
        )
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, page.text)
      written.push(join(out, ...relative))
    }
  }
  return done([...written.map((p) => `wrote ${p}`), `${written.length} page(s) written`])
}

/** `check <files or folders…>`: per page ok / warnings / error, then `N passed, M failed`. */
export async function checkCommand(inputs: string[]): Promise<CommandResult> {
  if (inputs.length === 0) return done([], ['check: give the markdown files or folders to check'])
  const collected = await collectPages(inputs)
  if (!collected.ok) return done([], [collected.message])
  // Each page on its own: a check of several sites at once must not call their week 3s duplicates.
  const reports = collected.files.flatMap((file) => importPages([file]).perFileReport)
  const failed = reports.filter((r) => r.status === 'error').length
  return done(
    [...reports.map(describeReport), `${reports.length - failed} passed, ${failed} failed`],
    [],
    failed ? 1 : 0,
  )
}
