import type { Lang, Week } from '../domain/types'
import { emitWeekPage, type EmitWeekOptions } from './emitWeekPage'
import { parseWeekPage } from './parseWeekPage'
import { sameContent } from './sameContent'
import { patchWeekPage } from './patchWeekPage'

/**
 * One language version of a week as a page. An imported page is the page it came from: untouched, its
 * bytes; edited, its source with only the changed elements' lines rewritten in the page's own style.
 * A week made in the app (or a page that cannot be patched) is written the seed's way.
 */
export function exportWeekPage(week: Week, lang: Lang, options: EmitWeekOptions): string {
  const content = week.content[lang]
  const source = content?.source
  if (!content || !source) return emitWeekPage(week, lang, options)
  const base = parseWeekPage(source.text, { fileName: source.path, lang })
  if (!base.ok) return emitWeekPage(week, lang, options)
  if (sameContent(base.page.content, content) && base.page.publishDate === week.publishDate)
    return source.text
  return patchWeekPage(source.text, base.page, week, lang) ?? emitWeekPage(week, lang, options)
}
