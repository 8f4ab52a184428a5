/** A calendar date as an ISO string, `2025-10-20`; never an instant, so a week never moves with the time zone. */
export type IsoDate = string

export type Lang = 'en' | 'vi'
export const LANGS: readonly Lang[] = ['en', 'vi']

/** 1 = Monday … 5 = Friday; 6 and 7 exist only where an imported page has Saturday or Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7
export const WORKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5]

export type TaskStatus = 'planned' | 'in-progress' | 'done'
export const TASK_STATUSES: readonly TaskStatus[] = ['planned', 'in-progress', 'done']

export interface Task {
  id: string
  day: Weekday
  title: string
  detail: string
  /** '' when the page leaves it blank. */
  startDate: IsoDate | ''
  completionDate: IsoDate | ''
  /** Text that may hold links (markdown inline). */
  reference: string
  status: TaskStatus
}

export interface Objective {
  id: string
  text: string
}

export interface AchievementItem {
  id: string
  text: string
  achieved: boolean
  children: AchievementItem[]
}

export interface AchievementGroup {
  id: string
  /** '' for the items of a page that has no numbered group headings. */
  title: string
  items: AchievementItem[]
}

export interface Achievements {
  intro: string
  groups: AchievementGroup[]
}

/** Where in the page a note sat, so that export can put it back in place. */
export type NoteAnchor = 'start' | 'objectives' | 'tasks' | 'achievements' | 'summary'

/** Markdown an imported page had that fits nowhere else (shortcodes, extra sections, images), kept in order. */
export interface WeekNote {
  id: string
  after: NoteAnchor
  markdown: string
}

/** One language version of a week: a whole page's content. */
export interface WeekContent {
  title: string
  objectives: Objective[]
  tasks: Task[]
  achievements: Achievements
  summary: string
  notes: WeekNote[]
}

export type ReviewStatus = 'draft' | 'submitted' | 'changes-requested' | 'approved'
export const REVIEW_STATUSES: readonly ReviewStatus[] = [
  'draft',
  'submitted',
  'changes-requested',
  'approved',
]

export interface WeekReview {
  status: ReviewStatus
  /** The revision the status was set on (submitted / approved …), when known. */
  revision?: number
  /** ISO instant of the last status change. */
  changedAt?: string
  note?: string
  /** ISO instant the intern last submitted the week, for "submitted on time". */
  submittedAt?: string
}

export interface Week {
  /** `${journalId}:${number}` */
  id: string
  journalId: string
  number: number
  monday: IsoDate
  /** Front matter `date`; '' when the page had none. */
  publishDate: IsoDate | ''
  /** Increments on every save. */
  revision: number
  review: WeekReview
  content: Partial<Record<Lang, WeekContent>>
  /** ISO instant of the last save. */
  updatedAt: string
}

export interface Journal {
  id: string
  owner: string
  mentor: string
  firstMonday: IsoDate
  plannedWeeks: number
  /** The Hugo section number: the `1` in `pre: " <b> 1.7 </b> "`. */
  section: number
  languages: Lang[]
  /** A journal a mentor imported for review: its content cannot be edited. */
  readOnly: boolean
  createdAt: string
  updatedAt: string
}

/** What the calendar overview needs of a week, kept up to date by the transaction that saves the week. */
export interface WeekSummary {
  id: string
  journalId: string
  number: number
  monday: IsoDate
  revision: number
  reviewStatus: ReviewStatus
  tasksDone: number
  tasksTotal: number
  achievementsTicked: number
  achievementsTotal: number
  /** The tasks of the main language version, for the calendar cells. */
  tasks: { day: Weekday; title: string; status: TaskStatus }[]
  updatedAt: string
}

export type CommentTarget =
  { kind: 'week' } | { kind: 'task'; taskId: string } | { kind: 'achievement'; itemId: string }

export interface ReviewComment {
  id: string
  journalId: string
  weekNumber: number
  author: string
  role: 'mentor' | 'intern'
  target: CommentTarget
  /** The week revision the comment was written against. */
  revision: number
  body: string
  /** ISO instant. */
  createdAt: string
  resolved: boolean
  /** The comment this one replies to. */
  replyTo?: string
}
