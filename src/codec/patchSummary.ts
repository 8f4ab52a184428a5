import type { Lang } from '../domain/types'
import { escapeBlockText } from './blockText'
import type { PageLayout } from './pageLayout'
import { PAGE_LABELS } from './pageLabels'
import type { TextEdit } from './textEdits'

/** The summary text replaced where it is, put under its label, or (given content) added at the end. */
export function patchSummary(
  text: string,
  layout: PageLayout,
  was: string,
  summary: string,
  lang: Lang,
): TextEdit[] {
  if (was === summary) return []
  const body = escapeBlockText(summary.trim())
  if (layout.summary) return [{ start: layout.summary.start, end: layout.summary.end, text: body }]
  if (!body) return []
  if (layout.summaryLabel) {
    const at = layout.summaryLabel.end
    const heading = text[at - 1] !== ' ' && /^#/.test(text.slice(layout.summaryLabel.start, at))
    return [{ start: at, end: at, text: heading ? `\n\n${body}` : `\n${body}` }]
  }
  const end = text.length
  // A page that ended without a line break still does.
  const last = text.endsWith('\n') ? '\n' : ''
  const gap = text.endsWith('\n\n') ? '' : last ? '\n' : '\n\n'
  return [{ start: end, end, text: `${gap}**${PAGE_LABELS[lang].summary}**\n${body}${last}` }]
}
