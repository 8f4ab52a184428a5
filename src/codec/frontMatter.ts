import { parse as parseYaml } from 'yaml'
import { isIsoDate } from '../domain/dates'
import { said, type Message } from '../domain/messages'
import type { IsoDate } from '../domain/types'

/** What a week page's front matter says; every field may be missing. */
export interface FrontMatter {
  title: string | null
  /** '' when missing, unreadable, or the template's unreplaced `` `r Sys.Date()` ``. */
  date: IsoDate | ''
  /** The raw `date` when it was there but not a date, so that a warning can quote it. */
  unreadableDate: string | null
  weight: number | null
  pre: string | null
}

export type FrontMatterResult =
  { ok: true; value: FrontMatter } | { ok: false; message: Message; line: number | null }

export function readFrontMatter(yamlText: string): FrontMatterResult {
  let data: unknown
  try {
    data = parseYaml(yamlText)
  } catch (error) {
    const where = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? null
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return {
      ok: false,
      message: said('msg.badYaml', { reason }),
      line: where === null ? null : where + 1,
    }
  }
  if (data === null || data === undefined) data = {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, message: said('msg.frontMatterNotFields'), line: 2 }
  }
  const fields = data as Record<string, unknown>
  const { date, unreadableDate } = readDate(fields.date)
  return {
    ok: true,
    value: {
      title: fields.title === undefined || fields.title === null ? null : String(fields.title),
      date,
      unreadableDate,
      weight:
        typeof fields.weight === 'number'
          ? fields.weight
          : Number.isFinite(Number(fields.weight)) && fields.weight !== undefined && fields.weight !== ''
            ? Number(fields.weight)
            : null,
      pre: typeof fields.pre === 'string' ? fields.pre : null,
    },
  }
}

function readDate(raw: unknown): { date: IsoDate | ''; unreadableDate: string | null } {
  if (raw === undefined || raw === null || raw === '') return { date: '', unreadableDate: null }
  if (raw instanceof Date) return { date: raw.toISOString().slice(0, 10), unreadableDate: null }
  const text = String(raw).trim()
  const head = text.slice(0, 10)
  if (isIsoDate(head)) return { date: head, unreadableDate: null }
  // The FCJ template leaves an R Markdown expression here; it was never a date, so it is no loss.
  if (/Sys\.Date\(\)/.test(text)) return { date: '', unreadableDate: null }
  return { date: '', unreadableDate: text }
}

/** A string value in the journal's quoting: `"…"` (the seed), `'…'`, or bare where YAML reads it back. */
export function quoteValue(value: string, quote: 'double' | 'single' | 'bare' = 'double'): string {
  if (quote === 'single') return `'${value.replace(/'/g, "''")}'`
  const bareSafe = /^[\p{L}\p{N}][^:#"'\n]*$/u.test(value) && !/\s$/.test(value) && !/^\d[\d-]*$/.test(value)
  return quote === 'bare' && bareSafe ? value : JSON.stringify(value)
}

/** The seed's front matter: quoted title and date, `chapter: false`, `pre` with the section number. */
export function writeFrontMatter(fields: {
  title: string
  date: IsoDate | ''
  weight: number
  pre: string
  quote?: 'double' | 'single' | 'bare'
}): string {
  const quote = fields.quote ?? 'double'
  const lines = ['---', `title: ${quoteValue(fields.title, quote)}`]
  // A bare date is how YAML writes a date; the seed quotes it.
  if (fields.date) lines.push(`date: ${quote === 'double' ? JSON.stringify(fields.date) : fields.date}`)
  lines.push(`weight: ${fields.weight}`, 'chapter: false', `pre: ${JSON.stringify(fields.pre)}`, '---')
  return lines.join('\n')
}
