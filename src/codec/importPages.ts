import { said } from '../domain/messages'
import { learnJournalStyle } from './learnPageStyle'
import { addDaysIso, isIsoDate, mondayOf, todayIso } from '../domain/dates'
import { newId, weekId } from '../domain/ids'
import type { IsoDate, Journal, Week } from '../domain/types'
import type { FileReport, ImportedPages, JournalDraft } from '../domain/transferResults'
import { describeIssue, issue } from './issues'
import { parseWeekPage, type ParsedWeekPage } from './parseWeekPage'
import type { PageFile } from './hugoZip'
import { readPageWithin } from './limits'
import { folderOf, pageSource } from './pageSource'
import { pairLanguages } from '../domain/pairLanguages'

export type { FileReport, ImportedPages, JournalDraft }

export interface ImportPagesOptions {
  journalId?: string
  now?: Date
}

const SECTION_PAGE = /(^|\/)content\/[^/]+\/_index(\.[a-z]{2})?\.(md|markdown)$/i
const WEEK_FOLDER_PAGE = /\d+\.\d+-week\d+\/_index(\.[a-z]{2})?\.(md|markdown)$/i

function isSectionPage(path: string): boolean {
  return SECTION_PAGE.test(path) && !WEEK_FOLDER_PAGE.test(path)
}

/** The Monday most weeks agree on as week 1's: one mis-dated page does not move the internship. */
function inferFirstMonday(pages: ParsedWeekPage[]): IsoDate | null {
  const votes = new Map<IsoDate, number>()
  for (const page of pages) {
    if (!page.monday) continue
    const first = addDaysIso(page.monday, -7 * (page.number - 1))
    votes.set(first, (votes.get(first) ?? 0) + 1)
  }
  let best: IsoDate | null = null
  for (const [date, count] of votes)
    if (best === null || count > (votes.get(best) ?? 0) || (count === votes.get(best) && date < best))
      best = date
  return best
}

/** The folder the week's pages sat in (`1.3-week3`), when it is a week folder, to be kept on export. */
function weekFolderOf(group: ParsedWeekPage[]): { folder?: string } {
  const folder = folderOf(group[0].fileName)
  return folder && /^\d+\.\d+-week\d+$/i.test(folder) ? { folder } : {}
}

/**
 * Reads a set of pages (a folder, several files, an unzipped site): `_index.md` and `_index.vi.md` of
 * one week become one week with both languages; the section page is recognised and skipped.
 */
export function importPages(files: PageFile[], options: ImportPagesOptions = {}): ImportedPages {
  const journalId = options.journalId ?? newId()
  const now = options.now ?? new Date()
  const reports: FileReport[] = []
  const pages: { page: ParsedWeekPage; report: FileReport }[] = []
  const claimed = new Map<string, string>()
  const sectionPages: NonNullable<Journal['sectionPages']> = {}
  const keepSection = (file: PageFile) => {
    sectionPages[/\.vi\.(md|markdown)$/i.test(file.path) ? 'vi' : 'en'] ??= pageSource(file.path, file.text)
  }

  for (const file of files) {
    const base: FileReport = {
      path: file.path,
      status: 'ok',
      role: 'week',
      weekNumber: null,
      lang: null,
      warnings: [],
      error: null,
    }
    if (!/\.(md|markdown)$/i.test(file.path)) {
      reports.push({ ...base, role: 'skipped' })
      continue
    }
    if (isSectionPage(file.path)) {
      keepSection(file)
      reports.push({ ...base, role: 'section' })
      continue
    }
    const parsed = readPageWithin(file.text, file.path, (text) =>
      parseWeekPage(text, { fileName: file.path }),
    )
    if (!parsed.ok) {
      const sectionPage = /section page/.test(parsed.error.message)
      if (sectionPage) keepSection(file)
      reports.push(
        sectionPage ? { ...base, role: 'section' } : { ...base, status: 'error', error: parsed.error },
      )
      continue
    }
    const page = parsed.page
    page.content = { ...page.content, source: pageSource(file.path, file.text) }
    const key = `${page.number}:${page.lang}`
    const earlier = claimed.get(key)
    if (earlier) {
      reports.push({
        ...base,
        status: 'error',
        weekNumber: page.number,
        lang: page.lang,
        error: issue(
          file.path,
          null,
          said('msg.weekReadTwice', {
            number: page.number,
            lang: said(page.lang === 'vi' ? 'msg.lang.vi' : 'msg.lang.en'),
            earlier,
          }),
        ),
      })
      continue
    }
    claimed.set(key, file.path)
    const report: FileReport = {
      ...base,
      status: page.warnings.length ? 'warnings' : 'ok',
      weekNumber: page.number,
      lang: page.lang,
      warnings: [...page.warnings],
      ...(page.dates ? { dates: page.dates } : {}),
    }
    reports.push(report)
    pages.push({ page, report })
  }

  const allPages = pages.map((p) => p.page)
  const dated = inferFirstMonday(allPages)
  const firstMonday = dated ?? mondayOf(todayIso(now))
  const byNumber = new Map<number, ParsedWeekPage[]>()
  const reportsByNumber = new Map<number, { page: ParsedWeekPage; report: FileReport }[]>()
  for (const read of pages) {
    byNumber.set(read.page.number, [...(byNumber.get(read.page.number) ?? []), read.page])
    reportsByNumber.set(read.page.number, [...(reportsByNumber.get(read.page.number) ?? []), read])
  }

  const weeks: Week[] = []
  for (const [number, group] of [...byNumber].sort((a, b) => a[0] - b[0])) {
    const monday = group.find((p) => p.monday)?.monday || addDaysIso(firstMonday, 7 * (number - 1))
    if (!group.some((p) => p.monday)) {
      for (const { page, report } of reportsByNumber.get(number) ?? []) {
        report.warnings.push(
          issue(
            page.fileName,
            null,
            dated
              ? said('msg.placedFromOthers', { monday })
              : said('msg.noPageDated', { monday: firstMonday }),
          ),
        )
        report.status = 'warnings'
      }
    }
    weeks.push({
      id: weekId(journalId, number),
      journalId,
      number,
      monday,
      publishDate: group.find((p) => p.publishDate)?.publishDate ?? '',
      revision: 0,
      review: { status: 'draft' },
      content: pairLanguages(Object.fromEntries(group.map((p) => [p.lang, p.content]))),
      updatedAt: now.toISOString(),
      ...weekFolderOf(group),
    })
  }

  const sections = allPages.map((p) => p.section).filter((s): s is number => s !== null)
  const languages = (['en', 'vi'] as const).filter((lang) => allPages.some((p) => p.lang === lang))
  const journalDraft: JournalDraft = {
    firstMonday: isIsoDate(firstMonday) ? firstMonday : mondayOf(todayIso(now)),
    plannedWeeks: allPages.reduce((most, p) => Math.max(most, p.number), 1),
    section: sections[0] ?? 1,
    languages: languages.length ? [...languages] : ['en'],
    ...(Object.keys(sectionPages).length ? { sectionPages } : {}),
  }
  const pageStyle = learnJournalStyle(weeks, journalDraft.languages)
  if (pageStyle) journalDraft.pageStyle = pageStyle
  return { journalDraft, weeks, perFileReport: reports }
}

/** One line per file for a person: `path: ok`, `path: 2 warnings …`, `path: error …`. */
export function describeReport(report: FileReport): string {
  if (report.status === 'error' && report.error) return `error  ${describeIssue(report.error)}`
  if (report.role === 'section') return `ok     ${report.path} (section page, not a week)`
  if (report.role === 'skipped') return `ok     ${report.path} (not a markdown page, skipped)`
  if (report.status === 'warnings')
    return `warn   ${report.path}: ${report.warnings.length} warning(s)\n${report.warnings.map((w) => `         ${describeIssue(w)}`).join('\n')}`
  return `ok     ${report.path}`
}
