import type { Lang, Week } from '../domain/types'
import type { ParsedWeekPage } from './parseWeekPage'

/** The page with only the changed elements rewritten; null when a change cannot be placed in the page. */
export function patchWeekPage(_text: string, _base: ParsedWeekPage, _week: Week, _lang: Lang): string | null {
  return null
}
