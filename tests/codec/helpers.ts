import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { Journal, Week, WeekContent } from '../../src/domain/types'
import type { ParsedWeekPage } from '../../src/codec/parseWeekPage'

/** The shared corpus lives beside the repository; tests never copy it in. */
export const CORPUS_DIR = process.env.WORKLOG_CORPUS ?? resolve(__dirname, '../../../shared/corpus')
export const HAS_CORPUS = existsSync(CORPUS_DIR)
export const SEED_PAGE = join(CORPUS_DIR, 'seed/week7-worklog.md')

export function corpusPages(): { path: string; site: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? walk(path) : [path]
    })
  return walk(CORPUS_DIR)
    .filter((path) => path.endsWith('.md'))
    .sort()
    .map((path) => {
      const rel = relative(CORPUS_DIR, path)
      return { path: rel, site: rel.split('/')[0], text: readFileSync(path, 'utf8') }
    })
}

/** A week's content as the page gives it: without ids and without the kept page source. */
export function asWritten<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (key === 'id' || key === 'source' ? undefined : v)),
  ) as T
}

/** Ids are minted fresh on every import; a round trip is compared without them. */
export function withoutIds<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'id' ? undefined : v))) as T
}

export function journal(overrides: Partial<Journal> = {}): Journal {
  return {
    id: 'journal-1',
    owner: 'An Nguyen',
    mentor: 'Binh Tran',
    firstMonday: '2025-09-08',
    plannedWeeks: 12,
    section: 1,
    languages: ['en', 'vi'],
    readOnly: false,
    createdAt: '2025-09-01T00:00:00.000Z',
    updatedAt: '2025-09-01T00:00:00.000Z',
    ...overrides,
  }
}

export function week(number: number, content: Week['content'], overrides: Partial<Week> = {}): Week {
  return {
    id: `journal-1:${number}`,
    journalId: 'journal-1',
    number,
    monday: '2025-10-20',
    publishDate: '2025-12-22',
    revision: 3,
    review: { status: 'draft' },
    content,
    updatedAt: '2025-10-24T10:00:00.000Z',
    ...overrides,
  }
}

export function pageAsWeek(page: ParsedWeekPage, overrides: Partial<Week> = {}): Week {
  return week(page.number, { [page.lang]: page.content } as Partial<Record<'en' | 'vi', WeekContent>>, {
    monday: page.monday || '2025-10-20',
    publishDate: page.publishDate,
    ...overrides,
  })
}
