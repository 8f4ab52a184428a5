import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate'
import { LIMITS } from './limits'

export interface ZipPage {
  path: string
  text: string
}

export type SafeZipResult = { ok: true; files: ZipPage[] } | { ok: false; message: string }

/** A refusal raised inside fflate's callbacks, to stop its loop at once. */
class ZipRefusal extends Error {}

/** Bytes handed to the inflater at a time: one push can unpack to at most ~1,000 times this. */
const CHUNK = 4_096

const isPage = (name: string) => /\.(md|markdown)$/i.test(name) && !name.startsWith('__MACOSX/')

/** Why an entry's name could write or read outside the zip's own folder, or null. */
export function unsafeZipPath(name: string): string | null {
  const path = name.replace(/\\/g, '/')
  if ([...path].some((ch) => ch.charCodeAt(0) < 32)) return 'has control characters in its name'
  if (path.startsWith('/')) return 'is an absolute path'
  if (/^[a-z]:/i.test(path)) return 'starts with a drive letter'
  if (path.split('/').includes('..')) return 'climbs out of the zip’s folder with “..”'
  return null
}

/** First pass, over the central directory only: names, counts and declared sizes; nothing unpacked. */
function listPages(bytes: Uint8Array, zipName: string): Map<string, number> {
  const pages = new Map<string, number>()
  let entries = 0
  let total = 0
  const refuse = (why: string): never => {
    throw new ZipRefusal(`${zipName}: ${why}, so the zip was not read`)
  }
  unzipSync(bytes, {
    filter: (file) => {
      if (++entries > LIMITS.zipEntries)
        refuse(`it lists more than ${LIMITS.zipEntries.toLocaleString('en-US')} entries`)
      const unsafe = unsafeZipPath(file.name)
      if (unsafe) refuse(`the entry “${file.name}” ${unsafe}`)
      const name = file.name.replace(/\\/g, '/')
      if (!isPage(name) || name.endsWith('/')) return false
      if (pages.has(name)) refuse(`the entry “${name}” appears twice`)
      if (pages.size >= LIMITS.zipPages)
        refuse(`it holds more than ${LIMITS.zipPages.toLocaleString('en-US')} markdown pages`)
      if (file.originalSize > LIMITS.pageChars)
        refuse(
          `the page “${name}” would unpack to ${file.originalSize.toLocaleString('en-US')} bytes; a worklog page is at most ${LIMITS.pageChars.toLocaleString('en-US')}`,
        )
      total += file.originalSize
      if (total > LIMITS.zipBytes)
        refuse(`its pages would unpack to more than ${(LIMITS.zipBytes / 1_000_000).toFixed(0)} MB`)
      pages.set(name, file.originalSize)
      return false
    },
  })
  return pages
}

/** Second pass: unpacks the listed pages, a chunk at a time, never past the size each one declared. */
function unpackPages(bytes: Uint8Array, zipName: string, pages: Map<string, number>): Map<string, string> {
  const texts = new Map<string, string>()
  const decoder = new TextDecoder()
  const unzip = new Unzip()
  unzip.register(UnzipInflate)
  unzip.onfile = (file: UnzipFile) => {
    const name = file.name.replace(/\\/g, '/')
    const declared = pages.get(name)
    if (declared === undefined || texts.has(name)) return
    const parts: Uint8Array[] = []
    let size = 0
    file.ondata = (error, data, final) => {
      if (error instanceof ZipRefusal) throw error
      if (error) throw new ZipRefusal(`${zipName}: the page “${name}” cannot be unpacked (${error.message})`)
      size += data.length
      if (size > declared) {
        file.terminate()
        throw new ZipRefusal(
          `${zipName}: the page “${name}” unpacks to more than the ${declared.toLocaleString('en-US')} bytes the zip declares for it; the zip is damaged or crafted, so it was not read`,
        )
      }
      parts.push(data)
      if (final)
        texts.set(
          name,
          parts.map((part) => decoder.decode(part, { stream: true })).join('') + decoder.decode(),
        )
    }
    file.start()
  }
  for (let at = 0; at < bytes.length; at += CHUNK)
    unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length)
  return texts
}

/**
 * The markdown pages of an untrusted zip, or a refusal naming the zip and the entry: paths that leave
 * the zip's folder, too many entries, pages too large, bombs (declared or not) are refused before
 * anything large is allocated. Other files of the zip are neither unpacked nor returned.
 */
export function readZipPages(bytes: Uint8Array, zipName: string): SafeZipResult {
  try {
    const pages = listPages(bytes, zipName)
    const texts = unpackPages(bytes, zipName, pages)
    const missing = [...pages.keys()].find((name) => !texts.has(name))
    if (missing)
      return {
        ok: false,
        message: `${zipName}: the page “${missing}” could not be unpacked (the zip is damaged), so the zip was not read`,
      }
    const files = [...texts].map(([path, text]) => ({ path, text }))
    return { ok: true, files: files.sort((a, b) => a.path.localeCompare(b.path)) }
  } catch (error) {
    if (error instanceof ZipRefusal) return { ok: false, message: error.message }
    return {
      ok: false,
      message: `${zipName}: cannot be opened as a zip (${error instanceof Error ? error.message : String(error)})`,
    }
  }
}
