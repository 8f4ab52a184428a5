import { englishText } from '../domain/messages'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { readZip, type PageFile } from '../codec/hugoZip'
import { tooLargeToRead } from '../codec/limits'

export type CollectResult = { ok: true; files: PageFile[] } | { ok: false; message: string }

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]),
    ),
  )
  return nested.flat()
}

/** Markdown pages from files, folders (walked) and zips, each named by the path a user typed. */
export async function collectPages(inputs: string[]): Promise<CollectResult> {
  const files: PageFile[] = []
  for (const input of inputs) {
    let info
    try {
      info = await stat(input)
    } catch {
      return { ok: false, message: `${input}: no such file or folder` }
    }
    const tooLarge = info.isDirectory() ? null : tooLargeToRead(input, info.size)
    if (tooLarge) return { ok: false, message: englishText(tooLarge) }
    // Any failure reading one input (an unreadable file, a parser error) names that input.
    try {
      if (info.isDirectory()) {
        const paths = (await walk(input)).filter((p) => /\.(md|markdown)$/i.test(p)).sort()
        for (const path of paths)
          files.push({ path: path.split(sep).join('/'), text: await readFile(path, 'utf8') })
      } else if (/\.zip$/i.test(input)) {
        const read = readZip(new Uint8Array(await readFile(input)), input)
        if (!read.ok) return { ok: false, message: read.message }
        files.push(...read.files.map((file) => ({ path: `${input}:${file.path}`, text: file.text })))
      } else {
        files.push({ path: input.split(sep).join('/'), text: await readFile(input, 'utf8') })
      }
    } catch (error) {
      return {
        ok: false,
        message: `${input}: could not be read (${error instanceof Error ? error.message : String(error)})`,
      }
    }
  }
  return { ok: true, files }
}
