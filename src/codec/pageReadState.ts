import type { RootContent } from 'mdast'
import type { NoteAnchor, Objective, Task, WeekNote } from '../domain/types'
import type { SectionKind } from './headingKinds'
import type { CodecIssue } from './issues'
import type { FrontMatter } from './frontMatter'
import type { DateCorrection, DateReading } from '../domain/transferResults'
import { AchievementsReader } from './achievementsSection'
import { endOffset, startOffset } from './markdownTree'
import { emptyLayout, type PageLayout, type Span } from './pageLayout'

/** Where the reader stands in the page: before any section, in a known section, or under another heading. */
export type Region =
  | { kind: 'start' }
  | { kind: SectionKind; depth: number; closed: boolean }
  | { kind: 'extra'; anchor: NoteAnchor; depth: number }

/** Blocks that fit no field, one after another in one section: they become one note. */
export interface NoteRun {
  anchor: NoteAnchor
  first: RootContent
  last: RootContent
}

/** What the section readers share while they walk one page's blocks. */
export interface PageReading {
  file: string
  source: string
  front: FrontMatter
  /** The year of the front matter date, for task dates written without one. */
  yearHint: number | null
  /** The date order and year the user set for this page's tasks table, when they corrected them. */
  dateCorrection?: DateCorrection
  /** How the tasks table's dates were read, where the reader assumed the order or the year. */
  dates?: DateReading
  layout: PageLayout
  warnings: CodecIssue[]
  objectives: Objective[]
  tasks: Task[]
  achievements: AchievementsReader
  notes: WeekNote[]
  /** Sections whose heading (or label, or table) was met. */
  seen: Set<SectionKind>
  /** Sections whose field is read: a second list or table of the same kind is a note. */
  filled: Set<SectionKind>
  region: Region
  titleHeading: string | null
  vietnameseHeadings: number
  summaryStart: number | null
  summaryEnd: number | null
  run: NoteRun | null
}

export function startReading(
  file: string,
  source: string,
  front: FrontMatter,
  layout: PageLayout = emptyLayout(),
  warnings: CodecIssue[] = [],
): PageReading {
  return {
    file,
    source,
    front,
    yearHint: front.date ? Number(front.date.slice(0, 4)) : null,
    layout,
    warnings,
    objectives: [],
    tasks: [],
    achievements: new AchievementsReader(source),
    notes: [],
    seen: new Set(),
    filled: new Set(),
    region: { kind: 'start' },
    titleHeading: null,
    vietnameseHeadings: 0,
    summaryStart: null,
    summaryEnd: null,
    run: null,
  }
}

export function spanOf(node: RootContent): Span {
  return { start: startOffset(node), end: endOffset(node) }
}

/** The section a note in this region follows. */
export function anchorOf(region: Region): NoteAnchor {
  return region.kind === 'extra' ? region.anchor : region.kind
}
