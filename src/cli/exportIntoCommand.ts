import { readFile, stat } from 'node:fs/promises'
import { readBackup } from '../codec/backup'
import type { DayStyle } from '../codec/days'
import type { Lang } from '../domain/types'
import type { CommandResult } from './commands'
import { applyWrites, describeWrite, plannedWrites } from './exportInto'

const fail = (message: string): CommandResult => ({ exitCode: 1, out: [], err: [message] })

/**
 * `export backup.json --into <site folder> [--dry-run]`: writes only the pages that differ from the
 * folder's files (a dry run lists them with a diff), and never a file outside the folder.
 */
export async function exportIntoCommand(
  backupPath: string,
  folder: string,
  options: { langs: Lang[]; days: DayStyle; dryRun: boolean },
): Promise<CommandResult> {
  try {
    if (!(await stat(folder)).isDirectory()) return fail(`--into ${folder}: not a folder`)
  } catch {
    return fail(`--into ${folder}: no such folder`)
  }
  let text: string
  try {
    text = await readFile(backupPath, 'utf8')
  } catch {
    return fail(`${backupPath}: no such file`)
  }
  const read = readBackup(text)
  if (!read.ok) return fail(`${backupPath}: ${read.message}`)
  if (read.backup.journals.length !== 1)
    return fail(
      `${backupPath}: holds ${read.backup.journals.length} journals; --into writes one site, so export a backup of one journal`,
    )
  const journal = read.backup.journals[0]
  const weeks = read.backup.weeks.filter((w) => w.journalId === journal.id)
  const writes = await plannedWrites(folder, journal, weeks, { langs: options.langs, days: options.days })
  if (typeof writes === 'string') return fail(writes)
  if (options.dryRun)
    return {
      exitCode: 0,
      out: [
        ...writes.flatMap(describeWrite),
        `${writes.length} page(s) would be written (dry run: nothing written)`,
      ],
      err: [],
    }
  await applyWrites(writes)
  return {
    exitCode: 0,
    out: [
      ...writes.map((w) => `wrote ${w.target}`),
      `${writes.length} page(s) written, the others unchanged`,
    ],
    err: [],
  }
}
