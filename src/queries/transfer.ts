import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Root } from 'mdast'
import type { Backup } from '../codec/backup'
import type { JournalInput } from '../domain/factories'
import { newJournal } from '../domain/factories'
import { planImport, type ExistingWeekChoice, type ImportPlan } from '../domain/importPlan'
import type { Journal, Lang, PageStyle, Week } from '../domain/types'
import type { DateCorrection, DateReading } from '../domain/transferResults'
import { importBatch, listWeeks, readEverything } from '../storage/repository'
import { analyseOffThread, type ImportOutcome } from './analyseOffThread'
import type { SourceFile } from '../codec/pickedFiles'

/**
 * Import and export over the markdown codec. The codec (remark, fflate) is loaded here on demand,
 * never by the first page.
 */

const loadCodec = () =>
  Promise.all([
    import('../codec/importPages'),
    import('../codec/hugoZip'),
    import('../codec/backup'),
    import('../codec/weekPageExport'),
  ]).then(([pages, zip, backup, emit]) => ({ ...pages, ...zip, ...backup, ...emit }))

export type DayStyle = 'seed' | 'template'

export type { ImportAnalysis, SourceFile } from '../codec/pickedFiles'
export type { ImportOutcome } from './analyseOffThread'

/**
 * Reads what the user picked: markdown pages (files, a folder, zips) or one backup file, or gives up
 * after a bounded time. Writes nothing.
 */
export function analyseImport(files: SourceFile[]): Promise<ImportOutcome> {
  return analyseOffThread(files)
}

export interface CommitPagesInput {
  /** An existing journal, or the details of a new one. */
  target: { journal: Journal } | { input: JournalInput }
  weeks: Week[]
  choices: Map<number, ExistingWeekChoice>
  /** The imported section pages, kept with the journal so that export keeps them. */
  sectionPages?: Journal['sectionPages']
  /** How the imported pages are written, per language, for the weeks the app adds to the journal. */
  pageStyle?: Journal['pageStyle']
}

/** Writes an analysed import in one transaction; nothing before the user confirms. */
export async function commitPages({
  target,
  weeks,
  choices,
  sectionPages,
  pageStyle,
}: CommitPagesInput): Promise<{ journal: Journal; plan: ImportPlan }> {
  const isNew = 'input' in target
  const created = isNew ? newJournal(target.input) : target.journal
  const withPages = sectionPages
    ? { ...created, sectionPages: { ...sectionPages, ...created.sectionPages } }
    : created
  // The style of the pages just read wins over one learned before, language by language.
  const journal = pageStyle
    ? { ...withPages, pageStyle: { ...withPages.pageStyle, ...pageStyle } }
    : withPages
  const stored = new Map((isNew ? [] : (await listWeeks(journal.id)).items).map((w) => [w.number, w]))
  const plan = planImport(journal, weeks, new Set(stored.keys()), choices, stored)
  const lastWeek = Math.max(journal.plannedWeeks, ...plan.weeks.map((w) => w.number))
  const journalToWrite = lastWeek > journal.plannedWeeks ? { ...journal, plannedWeeks: lastWeek } : journal
  await importBatch({
    journals: [journalToWrite],
    weeks: plan.weeks,
    comments: [],
    replaceWeekIds: plan.replaceWeekIds,
  })
  return { journal: journalToWrite, plan }
}

export function useCommitPages() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: commitPages, onSuccess: () => queryClient.invalidateQueries() })
}

export async function restoreBackup(input: {
  backup: Backup
  replace: Set<string>
  skip: Set<string>
}): Promise<number> {
  const journals = input.backup.journals.filter((j) => !input.skip.has(j.id))
  const kept = new Set(journals.map((j) => j.id))
  await importBatch({
    journals,
    weeks: input.backup.weeks.filter((w) => kept.has(w.journalId)),
    comments: input.backup.comments.filter((c) => kept.has(c.journalId)),
    replaceJournalIds: [...input.replace].filter((id) => kept.has(id)),
  })
  return journals.length
}

export function useRestoreBackup() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: restoreBackup, onSuccess: () => queryClient.invalidateQueries() })
}

/** A week of the import preview read again from its pages with the date order and year the user set. */
export async function rereadWeek(
  week: Week,
  correction: DateCorrection,
): Promise<{ week: Week; dates: Partial<Record<Lang, DateReading>> }> {
  const { rereadWeekDates } = await import('../codec/rereadDates')
  return rereadWeekDates(week, correction)
}

/** One week's page as export writes it, in the journal's own page style when it has one. */
export async function weekMarkdown(
  week: Week,
  lang: Lang,
  section: number,
  days: DayStyle,
  style?: PageStyle,
): Promise<string> {
  const codec = await loadCodec()
  return codec.exportWeekPage(week, lang, { section, days, style })
}

/** A page's mdast tree (GFM tables, front matter), for showing it rendered. */
export async function markdownTreeOf(text: string): Promise<Root> {
  const { parseMarkdown } = await import('../codec/markdownTree')
  return parseMarkdown(text)
}

export async function hugoZipOf(
  journal: Journal,
  langs: Lang[],
  days: DayStyle,
): Promise<{ fileName: string; bytes: Uint8Array; paths: string[] }> {
  const codec = await loadCodec()
  const weeks = (await listWeeks(journal.id)).items
  const options = { langs, days }
  return {
    fileName: `worklog-${fileNamePart(journal.owner)}-${journal.section}-hugo.zip`,
    bytes: codec.buildHugoZip(journal, weeks, options),
    paths: codec.hugoPages(journal, weeks, options).map((p) => p.path),
  }
}

export async function backupFile(now = new Date()): Promise<{ fileName: string; text: string }> {
  const codec = await loadCodec()
  return {
    fileName: `worklog-backup-${now.toISOString().slice(0, 10)}.json`,
    text: codec.serializeBackup(codec.createBackup(await readEverything(), now)),
  }
}

/** A name as a file name part: Vietnamese letters without their marks, words joined by `-` (`Trần Đức` → `Tran-Duc`). */
export function fileNamePart(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (d) => (d === 'đ' ? 'd' : 'D'))
  return plain.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'journal'
}
