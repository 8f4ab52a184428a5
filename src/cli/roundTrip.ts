import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { importPages } from '../codec/importPages'
import { hugoPages, pageFileName, type PageFile } from '../codec/hugoZip'
import { folderOfWeek } from '../codec/sectionPage'
import type { Journal, Lang } from '../domain/types'
import { collectPages } from './inputFiles'

export interface SiteRoundTrip {
  site: string
  pages: number
  identical: number
  /** Paths of the pages whose export differs from the file read. */
  changed: string[]
  wordsLost: number
  wordsTotal: number
  fixedPoint: boolean
}

/** Folders that are sites: one with `content/`, else each sub-folder (a folder of sites, like the corpus). */
export async function siteFolders(input: string): Promise<string[]> {
  const entries = await readdir(input, { withFileTypes: true })
  if (entries.some((e) => e.isDirectory() && e.name === 'content')) return [input]
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => join(input, e.name))
  return dirs.length ? dirs.sort() : [input]
}

function journalOf(files: PageFile[]): {
  journal: Journal
  exported: PageFile[]
  exportPathOf: Map<string, string>
} {
  const imported = importPages(files, { journalId: 'round-trip', now: new Date(0) })
  const journal: Journal = {
    id: 'round-trip',
    owner: '',
    mentor: '',
    ...imported.journalDraft,
    readOnly: false,
    createdAt: '',
    updatedAt: '',
  }
  const options = { langs: journal.languages, days: 'seed' as const }
  const exported = hugoPages(journal, imported.weeks, options)
  const root = `content/${journal.section}-Worklog`
  const exportPathOf = new Map<string, string>()
  for (const lang of journal.languages) {
    const section = journal.sectionPages?.[lang]
    if (section) exportPathOf.set(section.path, `${root}/${pageFileName(lang)}`)
  }
  for (const week of imported.weeks)
    for (const lang of Object.keys(week.content) as Lang[]) {
      const source = week.content[lang]?.source
      if (source)
        exportPathOf.set(source.path, `${root}/${folderOfWeek(journal.section, week)}/${pageFileName(lang)}`)
    }
  return { journal, exported, exportPathOf }
}

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])
    counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1)
  return counts
}

function wordsLost(before: string, after: string): { lost: number; total: number } {
  const kept = wordCounts(after)
  let lost = 0
  let total = 0
  for (const [word, count] of wordCounts(before)) {
    total += count
    lost += Math.max(0, count - (kept.get(word) ?? 0))
  }
  return { lost, total }
}

/** Imports a site's pages, exports them, and compares: bytes, words, and a second round trip. */
export function roundTripSite(site: string, files: PageFile[]): SiteRoundTrip {
  const first = journalOf(files)
  const byPath = new Map(first.exported.map((f) => [f.path, f.text]))
  const result: SiteRoundTrip = {
    site,
    pages: 0,
    identical: 0,
    changed: [],
    wordsLost: 0,
    wordsTotal: 0,
    fixedPoint: true,
  }
  for (const file of files) {
    const target = first.exportPathOf.get(file.path)
    const text = target === undefined ? '' : (byPath.get(target) ?? '')
    result.pages++
    if (text === file.text.replace(/^\uFEFF/, '')) result.identical++
    else result.changed.push(file.path)
    const words = wordsLost(file.text, text)
    result.wordsLost += words.lost
    result.wordsTotal += words.total
  }
  const second = journalOf(first.exported).exported
  result.fixedPoint =
    second.length === first.exported.length &&
    second.every((f, i) => f.path === first.exported[i].path && f.text === first.exported[i].text)
  return result
}

export async function roundTripFolder(input: string): Promise<SiteRoundTrip[] | string> {
  try {
    if (!(await stat(input)).isDirectory()) return `${input}: not a folder`
  } catch {
    return `${input}: no such folder`
  }
  const results: SiteRoundTrip[] = []
  for (const site of await siteFolders(input)) {
    const collected = await collectPages([site])
    if (!collected.ok) return collected.message
    if (collected.files.length) results.push(roundTripSite(site, collected.files))
  }
  return results
}

export function describeRoundTrip(r: SiteRoundTrip): string[] {
  const lines = [
    `${r.site}: ${r.identical}/${r.pages} page(s) byte-identical, ${r.wordsLost} of ${r.wordsTotal} word(s) lost, export ${r.fixedPoint ? 'is' : 'is NOT'} a fixed point`,
  ]
  for (const path of r.changed) lines.push(`  changed: ${path}`)
  return lines
}
