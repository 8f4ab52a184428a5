import type { Heading, Root, RootContent, Table } from 'mdast'
import { mondayOf } from '../domain/dates'
import { defaultWeekTitle } from '../domain/factories'
import { newId } from '../domain/ids'
import type { IsoDate, Lang, NoteAnchor, Objective, Task, WeekContent, WeekNote } from '../domain/types'
import { classifyHeading, type SectionKind } from './headingKinds'
import { issue, type CodecIssue } from './issues'
import { endOffset, lineOf, parseMarkdown, plainText, startOffset } from './markdownTree'
import { readFrontMatter, type FrontMatter } from './frontMatter'
import { numberFromTitle, placeFromPath, placeFromPre } from './weekNumber'
import { readTasksTable, tasksTableRoles } from './tasksTable'
import { AchievementsReader } from './achievementsSection'
import { itemSource } from './listItems'
import { unescapeBlockText } from './blockText'
import { isForeignBlock, summaryLabelEnd } from './pageRegions'
import { findMonday } from './pageDates'
import { emptyLayout, type PageLayout } from './pageLayout'

export interface ParsedWeekPage {
  fileName: string
  lang: Lang
  number: number
  /** The Hugo section number (`pre` or folder `1.7-Week7`); null when the page does not say. */
  section: number | null
  /** The Monday of the week from the page's dates; '' when the page has no date at all. */
  monday: IsoDate | ''
  publishDate: IsoDate | ''
  content: WeekContent
  /** What was kept as notes, and anything read with a guess. */
  warnings: CodecIssue[]
  /** Where each field sits in the page's `\n` text, for patching it. */
  layout: PageLayout
}

export type ParseWeekResult = { ok: true; page: ParsedWeekPage } | { ok: false; error: CodecIssue }

export interface ParseWeekOptions {
  fileName: string
  /** Overrides what the file name (`_index.vi.md`) and the headings say. */
  lang?: Lang
}

type Region =
  | { kind: 'start' }
  | { kind: SectionKind; depth: number; closed: boolean }
  | { kind: 'extra'; anchor: NoteAnchor; depth: number }

interface NoteRun {
  anchor: NoteAnchor
  first: RootContent
  last: RootContent
}

const SECTION_NAMES: Record<NoteAnchor, string> = {
  start: 'the page title',
  objectives: 'the objectives',
  tasks: 'the tasks',
  achievements: 'the achievements',
  summary: 'the summary',
}

function fail(file: string, line: number | null, message: string): ParseWeekResult {
  return { ok: false, error: issue(file, line, message) }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

function headingSource(heading: Heading, source: string): string {
  if (heading.children.length === 0) return ''
  return source.slice(
    startOffset(heading.children[0]),
    endOffset(heading.children[heading.children.length - 1]),
  )
}

function unbold(text: string): string {
  const match = /^\*\*([\s\S]*)\*\*$/.exec(text.trim())
  return (match ? match[1] : text).trim()
}

function preview(markdown: string): string {
  const line = markdown.replace(/\s+/g, ' ').trim()
  return line.length > 60 ? `${line.slice(0, 57)}…` : line
}

/**
 * Reads one week page as people write it. Sections are recognised by meaning; what fits no field is
 * kept, in order, as notes anchored to the section it followed, and each note is reported.
 */
export function parseWeekPage(text: string, options: ParseWeekOptions): ParseWeekResult {
  const file = options.fileName
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (!source.trim()) return fail(file, null, 'the file is empty, so it is not a worklog page')
  if (source.includes('\u0000'))
    return fail(file, null, 'this is not a text file, so it is not a worklog page')

  const tree: Root = parseMarkdown(source)
  let blocks = tree.children
  let front: FrontMatter = { title: null, date: '', unreadableDate: null, weight: null, pre: null }
  const warnings: CodecIssue[] = []
  const layout = emptyLayout()
  const span = (node: RootContent) => ({ start: startOffset(node), end: endOffset(node) })
  if ((blocks[0] as { type: string } | undefined)?.type === 'toml')
    return fail(file, 1, 'TOML front matter (+++) is not supported; write it as YAML between --- lines')
  if (blocks[0]?.type === 'yaml') {
    const read = readFrontMatter(blocks[0].value)
    if (!read.ok) return fail(file, read.line, read.message)
    front = read.value
    layout.frontMatter = span(blocks[0])
    if (front.unreadableDate)
      warnings.push(
        issue(
          file,
          1,
          `the front matter date “${front.unreadableDate}” is not a date; the week has no publish date`,
        ),
      )
    blocks = blocks.slice(1)
  }

  const objectives: Objective[] = []
  let tasks: Task[] = []
  const achievements = new AchievementsReader(source)
  const notes: WeekNote[] = []
  const seen = new Set<SectionKind>()
  const filled = new Set<SectionKind>()
  let region: Region = { kind: 'start' }
  let titleHeading: string | null = null
  let vietnameseHeadings = 0
  let summaryStart: number | null = null
  let summaryEnd: number | null = null
  let run: NoteRun | null = null
  const yearHint = front.date ? Number(front.date.slice(0, 4)) : null

  const anchorOf = (r: Region): NoteAnchor => (r.kind === 'extra' ? r.anchor : r.kind)
  const closeRun = () => {
    if (run) {
      const raw = source.slice(startOffset(run.first), endOffset(run.last))
      const markdown = raw.trim()
      notes.push({ id: newId(), after: run.anchor, markdown })
      const lead = raw.length - raw.trimStart().length
      layout.notes.push({
        start: startOffset(run.first) + lead,
        end: startOffset(run.first) + lead + markdown.length,
      })
      warnings.push(
        issue(
          file,
          lineOf(run.first),
          `kept as a note after ${SECTION_NAMES[run.anchor]}: “${preview(markdown)}”`,
        ),
      )
    }
    run = null
  }
  const keepAsNote = (block: RootContent) => {
    // A note inside the summary ends it: the summary is one stretch of the page.
    if (region.kind === 'summary' && summaryStart !== null) filled.add('summary')
    const anchor = anchorOf(region)
    if (run && run.anchor === anchor) run.last = block
    else {
      closeRun()
      run = { anchor, first: block, last: block }
    }
  }
  const structured = () => closeRun()
  const openSection = (kind: SectionKind, depth: number) => {
    closeRun()
    seen.add(kind)
    region = { kind, depth, closed: false }
  }
  const takeTable = (table: Table): boolean => {
    if (filled.has('tasks')) return false
    const roles = tasksTableRoles(table, source)
    if (!roles) return false
    const read = readTasksTable(table, roles, source, yearHint)
    tasks = read.tasks
    layout.taskRows = read.rows
    layout.taskTable = span(table)
    layout.taskRoles = roles
    for (const w of read.warnings) warnings.push(issue(file, w.line, w.message))
    filled.add('tasks')
    seen.add('tasks')
    return true
  }

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    const next = blocks[i + 1]
    // Read through a cast: the helpers above reassign `region`, which flow analysis cannot see.
    const r = region as Region

    if (block.type === 'thematicBreak') {
      // A rule ends a section's fields: what follows it before the next heading can only be a note.
      // It also ends a note, so that notes exported one after another come back one by one.
      if (r.kind !== 'start' && r.kind !== 'extra') r.closed = true
      closeRun()
      continue
    }
    if (block.type === 'definition' || block.type === 'footnoteDefinition') {
      keepAsNote(block)
      continue
    }

    if (block.type === 'heading') {
      // Inside a section a deeper heading is part of it (an achievement group); under a heading the
      // page does not know, a deeper one may still open a section.
      const deeper = r.kind !== 'start' && r.kind !== 'extra' && !r.closed && block.depth > r.depth
      if (!deeper) {
        const inner = unbold(headingSource(block, source))
        const kind = classifyHeading(plainText(block))
        // The page's own title (`# **WEEK 7 WORKLOG**`) is no section, even when it says `Tổng kết`.
        const isTitle =
          r.kind === 'start' &&
          titleHeading === null &&
          seen.size === 0 &&
          (front.title !== null
            ? collapse(inner) === collapse(front.title)
            : block.depth === 1 && kind === null)
        if (isTitle) {
          titleHeading = inner
          layout.titleHeading = {
            start: startOffset(block.children[0]),
            end: endOffset(block.children.at(-1)!),
          }
          structured()
          continue
        }
        if (kind && !seen.has(kind)) {
          if (/[\u00C0-\u1EF9]/.test(plainText(block))) vietnameseHeadings++
          openSection(kind, block.depth)
          if (kind === 'objectives') layout.objectivesHeading = span(block)
          if (kind === 'tasks') layout.tasksHeading = span(block)
          if (kind === 'summary') layout.summaryLabel = span(block)
          if (kind === 'summary') summaryStart = null
          continue
        }
        if (r.kind === 'extra' && block.depth > r.depth) {
          keepAsNote(block)
          continue
        }
        closeRun()
        region = { kind: 'extra', anchor: anchorOf(r), depth: block.depth }
        keepAsNote(block)
        continue
      }
      if (r.kind === 'achievements' && achievements.accept(block, next)) {
        structured()
        continue
      }
      keepAsNote(block)
      continue
    }

    if (isForeignBlock(block, source)) {
      keepAsNote(block)
      continue
    }

    if (block.type === 'paragraph' && !seen.has('summary')) {
      const labelEnd = summaryLabelEnd(block, source)
      if (labelEnd !== null) {
        openSection('summary', 7)
        layout.summaryLabel = { start: startOffset(block), end: labelEnd }
        summaryStart = labelEnd
        summaryEnd = endOffset(block)
        continue
      }
    }

    if (block.type === 'table' && r.kind !== 'summary' && takeTable(block)) {
      if (r.kind !== 'tasks')
        region = { kind: 'tasks', depth: r.kind === 'extra' ? r.depth : 7, closed: false }
      structured()
      continue
    }

    if (r.kind === 'objectives' && !r.closed && block.type === 'list' && !filled.has('objectives')) {
      for (const item of block.children) {
        objectives.push({ id: newId(), text: itemSource(item, source) })
        layout.objectiveItems.push({ start: startOffset(item), end: endOffset(item) })
      }
      filled.add('objectives')
      structured()
      continue
    }
    if (r.kind === 'achievements' && !r.closed && achievements.accept(block, next)) {
      structured()
      continue
    }
    if (r.kind === 'summary' && !r.closed && !filled.has('summary')) {
      summaryStart ??= startOffset(block)
      summaryEnd = endOffset(block)
      continue
    }
    keepAsNote(block)
  }
  closeRun()

  const hasWorklogShape = seen.size > 0 || tasks.length > 0
  if (!hasWorklogShape) {
    const links = /\]\(\s*\d+\.\d+-week\d+\/?\s*\)/i.test(source)
    return fail(
      file,
      null,
      links
        ? 'this is the worklog section page (the list of weeks), not a week page'
        : 'this is not a worklog page: it has no objectives, tasks or achievements section and no tasks table',
    )
  }

  const fromPath = placeFromPath(file)
  const fromPre = placeFromPre(front.pre)
  const number =
    fromPath.number ??
    fromPre.number ??
    numberFromTitle(front.title) ??
    numberFromTitle(titleHeading) ??
    (front.weight !== null && front.weight > 0 && Number.isInteger(front.weight) ? front.weight : null)
  if (number === null || number < 1) {
    return fail(
      file,
      null,
      'cannot tell which week this page is: there is no week number in the folder name (1.7-Week7), in `pre`, in the title or in `weight`',
    )
  }
  const lang: Lang =
    options.lang ??
    (/\.vi\.(md|markdown)$/i.test(file)
      ? 'vi'
      : /\.en\.(md|markdown)$/i.test(file)
        ? 'en'
        : vietnameseHeadings > 0
          ? 'vi'
          : 'en')

  const hasSummary = summaryStart !== null && summaryEnd !== null && summaryEnd > summaryStart
  const summary = hasSummary ? unescapeBlockText(source.slice(summaryStart!, summaryEnd!).trim()) : ''
  if (hasSummary) layout.summary = { start: summaryStart!, end: summaryEnd! }
  const title = front.title ?? titleHeading ?? defaultWeekTitle(number, lang)
  const content: WeekContent = {
    title,
    objectives,
    tasks,
    achievements: achievements.result(),
    summary,
    notes,
  }
  const monday = findMonday(tasks, blocks)
  return {
    ok: true,
    page: {
      fileName: file,
      lang,
      number,
      section: fromPath.section ?? fromPre.section,
      monday: monday ? mondayOf(monday) : '',
      publishDate: front.date,
      content,
      warnings,
      layout,
    },
  }
}
