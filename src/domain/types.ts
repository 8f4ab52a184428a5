import type * as z from 'zod/mini'
import type {
  AchievementGroupSchema,
  AchievementsSchema,
  CommentTargetSchema,
  ConflictRecordSchema,
  JournalSchema,
  NoteAnchorSchema,
  PageSourceSchema,
  PageStyleSchema,
  SectionContentSchema,
  ObjectiveSchema,
  ReviewCommentSchema,
  TaskSchema,
  WeekContentSchema,
  WeekNoteSchema,
  WeekReviewSchema,
  WeekSchema,
  WeekSummarySchema,
} from './schema'

// The shapes of stored and imported documents come from their schemas (src/domain/schema.ts), so a field
// is declared once and validated wherever it is read.

export type { AchievementItem } from './schema'

/** A calendar date as an ISO string, `2025-10-20`; never an instant, so a week never moves with the time zone. */
export type IsoDate = string

export type Lang = 'en' | 'vi'
export const LANGS: readonly Lang[] = ['en', 'vi']

/** 1 = Monday … 5 = Friday; 6 and 7 exist only where an imported page has Saturday or Sunday. */
export type Weekday = Task['day']
export const WORKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5]

export type TaskStatus = Task['status']
export const TASK_STATUSES: readonly TaskStatus[] = ['planned', 'in-progress', 'done']

export type Task = z.infer<typeof TaskSchema>
export type Objective = z.infer<typeof ObjectiveSchema>
export type AchievementGroup = z.infer<typeof AchievementGroupSchema>
export type Achievements = z.infer<typeof AchievementsSchema>

/** Where in the page a note sat, so that export can put it back in place. */
export type NoteAnchor = z.infer<typeof NoteAnchorSchema>

/** Markdown an imported page had that fits nowhere else (shortcodes, extra sections, images), kept in order. */
export type WeekNote = z.infer<typeof WeekNoteSchema>

/** An imported page's path and exact text. */
export type PageSource = z.infer<typeof PageSourceSchema>

/** How a journal's pages are written (learned from its imported pages), for the weeks the app adds. */
export type PageStyle = z.infer<typeof PageStyleSchema>

/** The section page's title, intro and one-line week descriptions, as the intern edits them. */
export type SectionContent = z.infer<typeof SectionContentSchema>

/** One language version of a week: a whole page's content. */
export type WeekContent = z.infer<typeof WeekContentSchema>

export type ReviewStatus = WeekReview['status']
export const REVIEW_STATUSES: readonly ReviewStatus[] = [
  'draft',
  'submitted',
  'changes-requested',
  'approved',
]

export type WeekReview = z.infer<typeof WeekReviewSchema>

/** id `${journalId}:${number}`; revision increments on every save; publishDate '' when the page had none. */
export type Week = z.infer<typeof WeekSchema>

/** readOnly: a journal a mentor imported for review, whose content cannot be edited. */
export type Journal = z.infer<typeof JournalSchema>

/** What the calendar overview needs of a week, kept up to date by the transaction that saves the week. */
export type WeekSummary = z.infer<typeof WeekSummarySchema>

export type CommentTarget = z.infer<typeof CommentTargetSchema>

/** A comment on the week, a task or an achievement item, written against one week revision. */
export type ReviewComment = z.infer<typeof ReviewCommentSchema>

/** A user's edit that lost a race with another tab's save, kept until the user chooses. */
export type ConflictRecord = z.infer<typeof ConflictRecordSchema>
