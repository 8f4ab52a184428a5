import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate'
import { englishText, said, SaidError, type Message } from '../domain/messages'
import { LIMITS } from './limits'

export interface ZipPage {
  path: string
  text: string
}

export type SafeZipResult = { ok: true; files: ZipPage[] } | { ok: false; message: string; said: Message }

/** A refusal raised inside fflate's callbacks, to stop its loop at once. */
class ZipRefusal extends SaidError {}

const refused = (message: Message): SafeZipResult => ({
  ok: false,
  message: englishText(message),
  said: message,
})

/** Bytes handed to the inflater at a time: one push can unpack to at most ~1,000 times this. */
const CHUNK = 4_096

const isPage = (name: string) => /\.(md|markdown)$/i.test(name) && !name.startsWith('__MACOSX/')

/** Why an entry's name could write or read outside the zip's own folder, or null. */
export function unsafeZipPath(name: string): Message | null {
  const path = name.replace(/\\/g, '/')
  if ([...path].some((ch) => ch.charCodeAt(0) < 32)) return said('msg.zipPathControl')
  if (path.startsWith('/')) return said('msg.zipPathAbsolute')
  if (/^[a-z]:/i.test(path)) return said('msg.zipPathDrive')
  if (path.split('/').includes('..')) return said('msg.zipPathClimbs')
  return null
}

/** First pass, over the central directory only: names, counts and declared sizes; nothing unpacked. */
function listPages(bytes: Uint8Array, zipName: string): Map<string, number> {
  const pages = new Map<string, number>()
  let entries = 0
  let total = 0
  const refuse = (why: Message): never => {
    throw new ZipRefusal(said('msg.zipRefused', { zip: zipName, why }))
  }
  unzipSync(bytes, {
    filter: (file) => {
      if (++entries > LIMITS.zipEntries) refuse(said('msg.zipTooManyEntries', { limit: LIMITS.zipEntries }))
      const unsafe = unsafeZipPath(file.name)
      if (unsafe) refuse(said('msg.zipUnsafeEntry', { name: file.name, why: unsafe }))
      const name = file.name.replace(/\\/g, '/')
      if (!isPage(name) || name.endsWith('/')) return false
      if (pages.has(name)) refuse(said('msg.zipDuplicate', { name }))
      if (pages.size >= LIMITS.zipPages) refuse(said('msg.zipTooManyPages', { limit: LIMITS.zipPages }))
      if (file.originalSize > LIMITS.pageChars)
        refuse(said('msg.zipPageTooLarge', { name, bytes: file.originalSize, limit: LIMITS.pageChars }))
      total += file.originalSize
      if (total > LIMITS.zipBytes)
        refuse(said('msg.zipTooLarge', { megabytes: Math.round(LIMITS.zipBytes / 1_000_000) }))
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
      if (error)
        throw new ZipRefusal(said('msg.zipPageBroken', { zip: zipName, name, reason: error.message }))
      size += data.length
      if (size > declared) {
        file.terminate()
        throw new ZipRefusal(said('msg.zipPageOverflow', { zip: zipName, name, bytes: declared }))
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
    if (missing) return refused(said('msg.zipPageMissing', { zip: zipName, name: missing }))
    const files = [...texts].map(([path, text]) => ({ path, text }))
    return { ok: true, files: files.sort((a, b) => a.path.localeCompare(b.path)) }
  } catch (error) {
    if (error instanceof ZipRefusal) return refused(error.said)
    return refused(
      said('msg.zipUnreadable', {
        zip: zipName,
        reason: error instanceof Error ? error.message : String(error),
      }),
    )
  }
}
