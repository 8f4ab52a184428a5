import { englishText, said, type Message } from '../domain/messages'
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
  | { kind: 'pages'; imported: ImportedPages; unreadable: { path: string; message: string; said: Message }[] }
  | { kind: 'backup'; backup: Backup }
  | { kind: 'refused'; message: string; said: Message }

/** A refusal of what was picked: in English, and as a code for the interface. */
export function refused(message: Message): ImportAnalysis {
  return { kind: 'refused', message: englishText(message), said: message }
}

/** Reads markdown pages (files, a folder, zips) or one backup file. */
export async function readPickedFiles(files: SourceFile[]): Promise<ImportAnalysis> {
  const backups = files.filter((f) => /\.json$/i.test(f.path))
  if (backups.length > 0) {
    if (files.length > 1) return refused(said('msg.backupAlone'))
    const tooLarge = tooLargeToRead(backups[0].path, backups[0].file.size)
    if (tooLarge) return refused(tooLarge)
    const read = readBackup(await backups[0].file.text())
    return read.ok
      ? { kind: 'backup', backup: read.backup }
      : refused(said('msg.inFile', { path: backups[0].path, reason: read.said }))
  }
  const pages: { path: string; text: string }[] = []
  const unreadable: { path: string; message: string; said: Message }[] = []
  for (const source of files) {
    const tooLarge = tooLargeToRead(source.path, source.file.size)
    if (tooLarge && /\.(zip|md|markdown)$/i.test(source.path)) {
      unreadable.push({ path: source.path, message: englishText(tooLarge), said: tooLarge })
    } else if (/\.zip$/i.test(source.path)) {
      const read = readZip(new Uint8Array(await source.file.arrayBuffer()), source.path)
      if (read.ok) pages.push(...read.files.map((f) => ({ path: `${source.path}/${f.path}`, text: f.text })))
      else unreadable.push({ path: source.path, message: read.message, said: read.said })
    } else if (/\.(md|markdown)$/i.test(source.path)) {
      pages.push({ path: source.path, text: await source.file.text() })
    }
  }
  if (pages.length === 0 && unreadable.length === 0) {
    return refused(said('msg.nothingPicked'))
  }
  return { kind: 'pages', imported: importPages(pages), unreadable }
}
