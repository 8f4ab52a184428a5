import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { createTwoFilesPatch } from 'diff'
import { hugoPages, type HugoExportOptions, type PageFile } from '../codec/hugoZip'
import type { Journal, Week } from '../domain/types'

export interface PlannedWrite {
  page: PageFile
  target: string
  /** The file's text now; null when the page is new. */
  before: string | null
}

/** Whether `target` lies inside `folder`: an export never writes anywhere else. */
export function isInside(folder: string, target: string): boolean {
  const rel = relative(resolve(folder), resolve(target))
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

async function currentText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return null
  }
}

/** The pages of a journal that differ from what the site folder holds; an unchanged page is left alone. */
export async function plannedWrites(
  folder: string,
  journal: Journal,
  weeks: Week[],
  options: HugoExportOptions,
): Promise<PlannedWrite[] | string> {
  const writes: PlannedWrite[] = []
  for (const page of hugoPages(journal, weeks, options)) {
    const target = resolve(folder, page.path)
    if (!isInside(folder, target))
      return `${page.path}: this page would be written outside ${folder}; nothing was written`
    const before = await currentText(target)
    if (before !== page.text) writes.push({ page, target, before })
  }
  return writes
}

/** A unified diff of one planned write, for `--dry-run`. */
export function describeWrite(write: PlannedWrite): string[] {
  const head = `${write.before === null ? 'new' : 'changed'}  ${write.page.path}`
  const patch = createTwoFilesPatch(
    `a/${write.page.path}`,
    `b/${write.page.path}`,
    write.before ?? '',
    write.page.text,
    undefined,
    undefined,
    { context: 2 },
  )
  return [head, ...patch.trimEnd().split('\n').slice(1)]
}

export async function applyWrites(writes: PlannedWrite[]): Promise<void> {
  for (const write of writes) {
    await mkdir(dirname(write.target), { recursive: true })
    await writeFile(write.target, write.page.text)
  }
}
