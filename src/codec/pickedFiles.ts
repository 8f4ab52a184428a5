import { readBackup, type Backup } from './backup'
import { readZip } from './hugoZip'
import { importPages, type ImportedPages } from './importPages'
import { tooLargeToRead } from './limits'

/**
 * Reading what the user picked to import, with the codec: run in a worker (`import.worker.ts`) so that a
 * bad file never freezes the interface, or in the page where workers are unavailable. Writes nothing.
 */

export interface SourceFile {
  /** The path shown to the user: the folder-relative path when a folder was picked. */
  path: string
  file: File
}

export type ImportAnalysis =
  | { kind: 'pages'; imported: ImportedPages; unreadable: { path: string; message: string }[] }
  | { kind: 'backup'; backup: Backup }
  | { kind: 'refused'; message: string }

/** Reads markdown pages (files, a folder, zips) or one backup file. */
export async function readPickedFiles(files: SourceFile[]): Promise<ImportAnalysis> {
  const backups = files.filter((f) => /\.json$/i.test(f.path))
  if (backups.length > 0) {
    if (files.length > 1)
      return {
        kind: 'refused',
        message: 'A backup (.json) is restored on its own: pick only the backup file.',
      }
    const tooLarge = tooLargeToRead(backups[0].path, backups[0].file.size)
    if (tooLarge) return { kind: 'refused', message: tooLarge }
    const read = readBackup(await backups[0].file.text())
    return read.ok
      ? { kind: 'backup', backup: read.backup }
      : { kind: 'refused', message: `${backups[0].path}: ${read.message}` }
  }
  const pages: { path: string; text: string }[] = []
  const unreadable: { path: string; message: string }[] = []
  for (const source of files) {
    const tooLarge = tooLargeToRead(source.path, source.file.size)
    if (tooLarge && /\.(zip|md|markdown)$/i.test(source.path)) {
      unreadable.push({ path: source.path, message: tooLarge })
    } else if (/\.zip$/i.test(source.path)) {
      const read = readZip(new Uint8Array(await source.file.arrayBuffer()), source.path)
      if (read.ok) pages.push(...read.files.map((f) => ({ path: `${source.path}/${f.path}`, text: f.text })))
      else unreadable.push({ path: source.path, message: read.message })
    } else if (/\.(md|markdown)$/i.test(source.path)) {
      pages.push({ path: source.path, text: await source.file.text() })
    }
  }
  if (pages.length === 0 && unreadable.length === 0) {
    return {
      kind: 'refused',
      message: 'No markdown page (.md), zip or backup (.json) was found in what you picked.',
    }
  }
  return { kind: 'pages', imported: importPages(pages), unreadable }
}
