import type { Lang, Week } from '../domain/types'
import { emitWeekPage, type EmitWeekOptions } from './emitWeekPage'
import { parseWeekPage, type ParseWeekResult } from './parseWeekPage'
import { sameContent } from './sameContent'
import { patchWeekPage } from './patchWeekPage'
import { showsBoxes } from './patchTicks'
import { writeOverrides } from './patchFrontMatter'

/** The last pages read as bases: exporting a journal again reads none of its untouched pages twice. */
const bases = new Map<string, ParseWeekResult>()
const BASES_KEPT = 64

function baseOf(path: string, text: string, lang: Lang): ParseWeekResult {
  const key = `${lang}\u0000${path}\u0000${text}`
  const known = bases.get(key)
  if (known) return known
  const read = parseWeekPage(text, { fileName: path, lang })
  if (bases.size >= BASES_KEPT) bases.delete(bases.keys().next().value ?? '')
  bases.set(key, read)
  return read
}

/**
 * One language version of a week as a page. An imported page is the page it came from: untouched, its
 * bytes; edited, its source with only the changed elements' lines rewritten in the page's own style.
 * A week made in the app (or a page that cannot be patched) is written the seed's way. The front matter
 * the intern set (title, weight, pre) is written in, each key in its own line and quoting.
 */
export function exportWeekPage(week: Week, lang: Lang, options: EmitWeekOptions): string {
  return writeOverrides(pageOf(week, lang, options), week.frontMatter)
}

function pageOf(week: Week, lang: Lang, options: EmitWeekOptions): string {
  const content = week.content[lang]
  const source = content?.source
  if (!content || !source) return emitWeekPage(week, lang, options)
  // Written again in full, a page that showed achievement boxes keeps showing them.
  const own = {
    ...options,
    style: { ...options.style, checkboxes: !!options.style?.checkboxes || showsBoxes(source.text) },
  }
  const base = baseOf(source.path, source.text, lang)
  if (!base.ok) return emitWeekPage(week, lang, own)
  if (sameContent(base.page.content, content) && base.page.publishDate === week.publishDate)
    return source.text
  return patchWeekPage(source.text, base, week, lang) ?? emitWeekPage(week, lang, own)
}
