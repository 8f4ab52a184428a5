import type { PageSource } from '../domain/types'

/** The page as it is kept: exactly the file's text, without a byte-order mark. */
export function pageSource(path: string, text: string): PageSource {
  return { path, text: text.replace(/^\uFEFF+/, '') }
}

/** The text the reader works on: line endings made `\n`, so offsets of the tree index it. */
export function toLf(text: string): string {
  return text.replace(/^\uFEFF+/, '').replace(/\r\n?/g, '\n')
}

/** A patched `\n` text written back with the line endings the page had. */
export function withLineEndsOf(original: string, lfText: string): string {
  return /\r\n/.test(original) ? lfText.replace(/\n/g, '\r\n') : lfText
}

/** `content/1-Worklog/1.3-week3/_index.md` → `1.3-week3`: the folder the page sits in. */
export function folderOf(path: string): string | null {
  const parts = path.split(/[/\\]/)
  return parts.length >= 2 ? parts[parts.length - 2] : null
}
