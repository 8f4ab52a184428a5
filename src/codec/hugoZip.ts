import type { Message } from '../domain/messages'
import { strToU8, zipSync, type Zippable } from 'fflate'
import type { Journal, Lang, Week } from '../domain/types'
import { exportWeekPage } from './weekPageExport'
import { folderOfWeek } from './sectionPage'
import { exportSectionPage } from './sectionPageExport'
import { learnPageStyle } from './learnPageStyle'
import type { DayStyle } from './days'
import { readZipPages } from './safeZip'

export interface HugoExportOptions {
  langs: Lang[]
  days: DayStyle
}

export interface PageFile {
  path: string
  text: string
}

/** Hugo keeps the Vietnamese twin of `_index.md` beside it as `_index.vi.md`. */
export function pageFileName(lang: Lang): string {
  return lang === 'en' ? '_index.md' : `_index.${lang}.md`
}

/**
 * Every page of the section: the section page per language, then each week that has that language.
 * Imported pages keep their folders and bytes; what was edited changes only its own lines.
 */
export function hugoPages(journal: Journal, weeks: Week[], options: HugoExportOptions): PageFile[] {
  const root = `content/${journal.section}-Worklog`
  const files: PageFile[] = []
  for (const lang of options.langs)
    files.push({ path: `${root}/${pageFileName(lang)}`, text: exportSectionPage(journal, weeks, lang) })
  // The style stored with the journal at import; a journal imported before it was stored learns it now.
  const styles = new Map(
    options.langs.map((lang) => [lang, journal.pageStyle?.[lang] ?? learnPageStyle(weeks, lang)]),
  )
  for (const week of [...weeks].sort((a, b) => a.number - b.number)) {
    for (const lang of options.langs) {
      if (!week.content[lang]) continue
      const style = { section: journal.section, days: options.days, style: styles.get(lang) }
      files.push({
        path: `${root}/${folderOfWeek(journal.section, week)}/${pageFileName(lang)}`,
        text: exportWeekPage(week, lang, style),
      })
    }
  }
  return files
}

/** A fixed timestamp keeps the same export byte-for-byte the same zip. */
const ZIP_TIME = new Date(2000, 0, 1)

export function buildHugoZip(journal: Journal, weeks: Week[], options: HugoExportOptions): Uint8Array {
  const entries: Zippable = {}
  for (const file of hugoPages(journal, weeks, options))
    entries[file.path] = [strToU8(file.text), { mtime: ZIP_TIME }]
  return zipSync(entries, { level: 6 })
}

export type ReadZipResult = { ok: true; files: PageFile[] } | { ok: false; message: string; said: Message }

/**
 * The markdown pages of a zip (an exported section or a whole Hugo site); other files are left out.
 * The zip is untrusted: see `readZipPages` for what is refused.
 */
export function readZip(bytes: Uint8Array, zipName = 'the zip file'): ReadZipResult {
  return readZipPages(bytes, zipName)
}
