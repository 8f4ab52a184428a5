import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { pagesToWrite, planSiteSave, type ConflictChoice, type SiteSavePlan } from '../domain/siteSave'
import { LANGS, type Journal, type Lang, type Week } from '../domain/types'
import { listWeeks } from '../storage/repository'
import { getSiteFolder, noteSiteFiles, rememberSiteFolder } from '../storage/siteFolders'
import { siteFolderKeys } from './keys'
import {
  ensureWritable,
  findWorklogFolder,
  listPages,
  openBase,
  pickDirectory,
  readPage,
  writePage,
} from './siteFolderFiles'
import type { DayStyle, SourceFile } from './transfer'

/** A site folder as the screens show it. */
export interface SiteFolderInfo {
  /** The picked folder's name, and the worklog folder below it: `my-site/content/1-Worklog`. */
  label: string
  pages: number
  at: string
}

const labelOf = (name: string, base: string) => (base ? `${name}/${base}` : name)

export const siteFolderQuery = (journalId: string) =>
  queryOptions({
    queryKey: siteFolderKeys.detail(journalId),
    queryFn: async (): Promise<SiteFolderInfo | null> => {
      const record = await getSiteFolder(journalId)
      if (!record) return null
      return {
        label: labelOf(record.handle.name, record.base),
        pages: Object.keys(record.files).length,
        at: record.at,
      }
    },
  })

/** A folder just picked and read: its pages, for the import preview, and their text, to remember. */
export interface OpenedSiteFolder {
  handle: FileSystemDirectoryHandle
  base: string
  label: string
  /** For the import preview; paths as the user sees them from the picked folder. */
  sources: SourceFile[]
  /** Path below the worklog folder → text as read. */
  texts: Record<string, string>
}

export class SiteFolderError extends Error {}

/** Asks for the folder and reads every page of its worklog folder; null when the user closed the picker. */
export async function openSiteFolder(): Promise<OpenedSiteFolder | null> {
  const handle = await pickDirectory()
  if (!handle) return null
  const found = await findWorklogFolder(handle)
  if (!found)
    throw new SiteFolderError(
      `“${handle.name}” has no worklog folder: pick your site's folder, its content folder, or content/1-Worklog itself.`,
    )
  const label = labelOf(handle.name, found.base)
  const pages = await listPages(found.folder)
  const texts: Record<string, string> = {}
  for (const page of pages) texts[page.path] = await page.file.text()
  return {
    handle,
    base: found.base,
    label,
    sources: pages.map((page) => ({ path: `${label}/${page.path}`, file: page.file })),
    texts,
  }
}

export async function rememberOpenedFolder(journalId: string, opened: OpenedSiteFolder): Promise<void> {
  await rememberSiteFolder({
    id: journalId,
    journalId,
    handle: opened.handle,
    base: opened.base,
    files: opened.texts,
    at: new Date().toISOString(),
  })
}

export function useRememberSiteFolder() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ journalId, opened }: { journalId: string; opened: OpenedSiteFolder }) =>
      rememberOpenedFolder(journalId, opened),
    onSuccess: (_, { journalId }) =>
      queryClient.invalidateQueries({ queryKey: siteFolderKeys.detail(journalId) }),
  })
}

/** The languages the site gets: those the journal's weeks have, and those the site already has pages in. */
function siteLangs(weeks: Week[], read: Record<string, string>): Lang[] {
  const onSite = (lang: Lang) => Object.hasOwn(read, lang === 'en' ? '_index.md' : `_index.${lang}.md`)
  return LANGS.filter((lang) => onSite(lang) || weeks.some((w) => w.content[lang]))
}

async function openRemembered(journalId: string) {
  const record = await getSiteFolder(journalId)
  if (!record) throw new SiteFolderError('No site folder is remembered for this journal: open it first.')
  await ensureWritable(record.handle)
  return { record, worklog: await openBase(record.handle, record.base) }
}

/** The export screen's choices, so that the folder gets the zip's bytes; elsewhere the site's languages. */
export interface SiteExportOptions {
  langs: Lang[]
  days: DayStyle
}

export interface SiteSaveReview {
  label: string
  plan: SiteSavePlan
}

/**
 * What "Save to site" would write: the section's pages as the codec gives them (the same bytes as the zip),
 * compared with the disk now and with what was last read. Writes nothing.
 */
export async function reviewSiteSave(journal: Journal, options?: SiteExportOptions): Promise<SiteSaveReview> {
  const { record, worklog } = await openRemembered(journal.id)
  const [{ hugoPages }, weeks] = await Promise.all([import('../codec/hugoZip'), listWeeks(journal.id)])
  const chosen = options ?? { langs: siteLangs(weeks.items, record.files), days: 'seed' }
  // The codec's paths start at content/N-Worklog; the remembered folder is that worklog folder.
  const pages = hugoPages(journal, weeks.items, chosen).map((page) => ({
    path: page.path.split('/').slice(2).join('/'),
    text: page.text,
  }))
  const disk = new Map<string, string | null>()
  for (const page of pages) disk.set(page.path, await readPage(worklog, page.path))
  return { label: labelOf(record.handle.name, record.base), plan: planSiteSave(pages, record.files, disk) }
}

export interface SiteSaveResult {
  written: string[]
  /** Pages that changed on disk again between the review and the save: left alone, to review again. */
  changedAgain: string[]
}

/** Writes the reviewed pages, each only if the disk still holds what the review saw; never deletes. */
export async function saveToSite(input: {
  journalId: string
  plan: SiteSavePlan
  choices: ReadonlyMap<string, ConflictChoice>
}): Promise<SiteSaveResult> {
  const { worklog } = await openRemembered(input.journalId)
  const noted: Record<string, string> = {}
  for (const page of input.plan.unchanged) noted[page.path] = page.text
  for (const change of input.plan.changes)
    if (change.kind === 'conflict' && change.disk !== null && input.choices.get(change.path) !== 'write-app')
      noted[change.path] = change.disk
  const result: SiteSaveResult = { written: [], changedAgain: [] }
  try {
    for (const change of pagesToWrite(input.plan, input.choices)) {
      const expected = change.kind === 'create' ? null : change.disk
      if ((await readPage(worklog, change.path)) !== expected) {
        result.changedAgain.push(change.path)
        delete noted[change.path]
        continue
      }
      await writePage(worklog, change.path, change.app)
      noted[change.path] = change.app
      result.written.push(change.path)
    }
  } finally {
    // What was written before a failure is noted too, so that it is not taken for a change made on disk.
    await noteSiteFiles(input.journalId, noted)
  }
  return result
}

export function useSaveToSite() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: saveToSite,
    onSuccess: (_, { journalId }) =>
      queryClient.invalidateQueries({ queryKey: siteFolderKeys.detail(journalId) }),
  })
}
