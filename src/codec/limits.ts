import { said, type Message } from '../domain/messages'
import { issue, type CodecIssue } from './issues'
import type { ParseWeekResult } from './parseWeekPage'

/**
 * Bounds on what a file may hold, checked before any parser sees it. Each is far beyond what a real
 * worklog needs (the largest corpus page is 18.5 KB, its longest line 2,207 characters, its deepest list
 * 5 levels, its busiest block 476 markup characters) and far below what makes a parser slow: the markdown
 * parser takes time quadratic in the brackets and emphasis marks of one block (64 KB of `]` took 92 s).
 */
export const LIMITS = {
  /** Characters in one markdown page (about 1 MB). */
  pageChars: 1_000_000,
  /** Characters in one line of a page. */
  lineChars: 10_000,
  /** Markup characters (`[ ] * _ ~ ` < !`) in one block of lines not separated by a blank line. */
  blockMarkup: 2_000,
  /** Lists and quotes inside one another. */
  nesting: 32,
  /** Weeks of one internship: ten years of them. */
  weekNumber: 520,
  /** Years a week of a worklog can fall in. */
  firstYear: 1900,
  lastYear: 2999,
  /** Characters in a backup, review package or feedback file (about 50 MB). */
  jsonChars: 50_000_000,
  /** Objects and arrays inside one another in such a file. */
  jsonDepth: 200,
  /** Bytes of a zip file, whatever else of the site it holds (about 500 MB). */
  zipFileBytes: 500_000_000,
  /** Entries of any kind listed in a zip. */
  zipEntries: 10_000,
  /** Markdown pages in one zip. */
  zipPages: 2_000,
  /** Bytes all the markdown pages of a zip unpack to (about 50 MB). */
  zipBytes: 50_000_000,
} as const

const MARKUP = /[[\]*_~`<!]/g
const CONTAINER_PREFIX = /^[ \t]*((?:>|[-*+]|\d{1,9}[.)])(?:[ \t]+|$))+/
const FENCE = /^[ \t]*(`{3,}|~{3,})/

/** Leading byte-order marks, however many an editor left. */
export function stripBoms(text: string): string {
  return text.replace(/^\uFEFF+/, '')
}

/**
 * Why a file is too large to be read into memory at all, from its size in bytes, or null: checked before
 * reading it (a page or JSON file of UTF-8 takes at most 4 bytes a character).
 */
export function tooLargeToRead(path: string, bytes: number): Message | null {
  const limit = /\.zip$/i.test(path)
    ? LIMITS.zipFileBytes
    : /\.json$/i.test(path)
      ? LIMITS.jsonChars * 4
      : LIMITS.pageChars * 4
  return bytes > limit ? said('msg.fileTooLarge', { path, bytes, limit }) : null
}

/** How deep the containers at the start of a line go: each marker is a level, so is each 2-space indent. */
function lineNesting(line: string): number {
  const prefix = CONTAINER_PREFIX.exec(line)
  if (!prefix) {
    const quotes = /^[ \t]*(>[ \t]?)+/.exec(line)
    return quotes ? (quotes[0].match(/>/g) ?? []).length : 0
  }
  const indent = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0
  const markers = prefix[0].match(/>|[-*+]|\d{1,9}[.)]/g) ?? []
  return Math.floor(indent / 2) + markers.length
}

/**
 * Refuses, naming the file and the line, a page no worklog would have: too large, a line too long, a
 * block with too much markup, lists or quotes nested too deep. Fenced code is text, so it is not counted.
 */
export function checkPageText(text: string, fileName: string): CodecIssue | null {
  if (text.length > LIMITS.pageChars)
    return issue(fileName, null, said('msg.pageTooLong', { chars: text.length, limit: LIMITS.pageChars }))
  const lines = text.split('\n')
  let fence: string | null = null
  let blockStart = 0
  let blockMarkup = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.length > LIMITS.lineChars)
      return issue(fileName, i + 1, said('msg.lineTooLong', { chars: line.length, limit: LIMITS.lineChars }))
    if (line.trim() === '') {
      blockStart = i + 1
      blockMarkup = 0
      continue
    }
    const opensFence = FENCE.exec(line)?.[1]
    if (fence !== null) {
      if (opensFence && opensFence[0] === fence[0] && opensFence.length >= fence.length) fence = null
      continue
    }
    if (opensFence) {
      fence = opensFence
      continue
    }
    blockMarkup += line.match(MARKUP)?.length ?? 0
    if (blockMarkup > LIMITS.blockMarkup)
      return issue(fileName, blockStart + 1, said('msg.tooMuchMarkup', { limit: LIMITS.blockMarkup }))
    if (lineNesting(line) > LIMITS.nesting)
      return issue(fileName, i + 1, said('msg.nestedTooDeep', { limit: LIMITS.nesting }))
  }
  return null
}

/** A week number the app can place on a calendar, or the reason it cannot. */
export function checkWeekNumber(number: number, fileName: string): CodecIssue | null {
  return number > LIMITS.weekNumber
    ? issue(fileName, null, said('msg.weekTooFar', { number: String(number), limit: LIMITS.weekNumber }))
    : null
}

/** Whether a date's year is one a worklog can fall in (so that counting weeks from it stays a date). */
export function isPlausibleDate(date: string): boolean {
  const year = Number(date.slice(0, 4))
  return year >= LIMITS.firstYear && year <= LIMITS.lastYear
}

/**
 * Reads one page within the limits: byte-order marks dropped, the text checked before parsing, and any
 * failure of the parser itself turned into a refusal naming the file, so that one page never stops a batch.
 */
export function readPageWithin(
  text: string,
  fileName: string,
  parse: (text: string) => ParseWeekResult,
): ParseWeekResult {
  const unmarked = stripBoms(text)
  const tooMuch = checkPageText(unmarked, fileName)
  if (tooMuch) return { ok: false, error: tooMuch }
  try {
    return boundPage(parse(unmarked))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      error: issue(fileName, null, said('msg.parserFailed', { reason })),
    }
  }
}

/**
 * A read page the calendar can hold: a week number beyond any internship is refused; dates in a year no
 * worklog falls in are not used to place the week (counting weeks from them would leave the calendar).
 */
export function boundPage(parsed: ParseWeekResult): ParseWeekResult {
  if (!parsed.ok) return parsed
  const { page } = parsed
  const tooFar = checkWeekNumber(page.number, page.fileName)
  if (tooFar) return { ok: false, error: tooFar }
  if (!page.monday || isPlausibleDate(page.monday)) return parsed
  const warning = issue(
    page.fileName,
    null,
    said('msg.datesOutOfRange', {
      monday: page.monday,
      first: String(LIMITS.firstYear),
      last: String(LIMITS.lastYear),
    }),
  )
  return { ok: true, page: { ...page, monday: '', warnings: [...page.warnings, warning] } }
}
