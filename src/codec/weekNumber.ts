import { foldText } from './headingKinds'

export interface PagePlace {
  number: number | null
  section: number | null
}

/** `content/1-Worklog/1.7-Week7/_index.md` → section 1, week 7. */
export function placeFromPath(path: string): PagePlace {
  const folder = path.split(/[\\/]/).slice(-2, -1)[0] ?? ''
  const full = /^(\d+)\.(\d+)[-_ ]?week[-_ ]?(\d+)$/i.exec(folder)
  if (full) return { section: Number(full[1]), number: Number(full[3]) }
  const short = /^(?:\d+\.)?(\d+)?[-_ ]?(?:week|tuan)[-_ ]?(\d+)$/i.exec(folder)
  if (short) return { section: null, number: Number(short[2]) }
  const file = /(?:week|tuan)[-_ ]?(\d+)/i.exec(path.split(/[\\/]/).pop() ?? '')
  return { section: null, number: file ? Number(file[1]) : null }
}

/** `pre: " <b> 1.7 </b> "` → section 1, week 7; `" <b> 1. </b> "` → section 1 (the section page). */
export function placeFromPre(pre: string | null): PagePlace {
  if (!pre) return { section: null, number: null }
  const text = pre.replace(/<[^>]*>/g, ' ')
  const match = /(\d+)\.(\d+)?/.exec(text)
  if (!match) return { section: null, number: null }
  return { section: Number(match[1]), number: match[2] === undefined ? null : Number(match[2]) }
}

/** `Week 3 Worklog`, `Worklog Tuần 1`, `WEEK 7 WORKLOG`, `Week 3: S3, …`. */
export function numberFromTitle(title: string | null): number | null {
  if (!title) return null
  const match = /\b(?:week|tuan)\s*(\d+)\b/.exec(foldText(title))
  return match ? Number(match[1]) : null
}
