import * as z from 'zod/mini'

/** Schemas of every document the app stores or reads from a file. zod/mini: it sits in the first bundle. */

// No generated code: the CSP forbids eval, and for these small documents the plain validator is also the
// faster one (520 week summaries: ~5 ms against ~60–180 ms with compiled validators, measured in Node).
z.config({ jitless: true })

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written yyyy-MM-dd'))
const isoDateOrBlank = z.union([z.literal(''), isoDate])
const lang = z.enum(['en', 'vi'])
const weekday = z.literal([1, 2, 3, 4, 5, 6, 7])
const reviewStatus = z.enum(['draft', 'submitted', 'changes-requested', 'approved'])
const taskStatus = z.enum(['planned', 'in-progress', 'done'])

export const TaskSchema = z.object({
  id: z.string(),
  day: weekday,
  title: z.string(),
  detail: z.string(),
  startDate: isoDateOrBlank,
  completionDate: isoDateOrBlank,
  reference: z.string(),
  status: taskStatus,
  /** The id of the task of an earlier week this one carries on (set by "Start week N+1"). */
  carriedFrom: z.optional(z.string()),
  /**
   * The imported page's own columns the app has no field for (Status, Hours, a `Ngày` beside `Thứ`),
   * one per such column in the table's order, kept as they were and written back in place.
   */
  extraCells: z.optional(z.array(z.object({ header: z.string(), text: z.string() }))),
  /** Added in the other language and not translated yet: its text is the other language's until edited. */
  untranslated: z.optional(z.boolean()),
})

/** An achievement item; items nest, so its type is written out for the recursive schema. */
export interface AchievementItem {
  id: string
  text: string
  achieved: boolean
  children: AchievementItem[]
  /** Added in the other language and not translated yet (see TaskSchema). */
  untranslated?: boolean
}

export const AchievementItemSchema: z.ZodMiniType<AchievementItem> = z.object({
  id: z.string(),
  text: z.string(),
  achieved: z.boolean(),
  get children() {
    return z.array(AchievementItemSchema)
  },
  untranslated: z.optional(z.boolean()),
})

export const ObjectiveSchema = z.object({
  id: z.string(),
  text: z.string(),
  untranslated: z.optional(z.boolean()),
})

export const AchievementGroupSchema = z.object({
  id: z.string(),
  /** '' for the items of a page that has no numbered group headings. */
  title: z.string(),
  items: z.array(AchievementItemSchema),
  untranslated: z.optional(z.boolean()),
})

export const AchievementsSchema = z.object({ intro: z.string(), groups: z.array(AchievementGroupSchema) })

export const NoteAnchorSchema = z.enum(['start', 'objectives', 'tasks', 'achievements', 'summary'])

export const WeekNoteSchema = z.object({ id: z.string(), after: NoteAnchorSchema, markdown: z.string() })

/** An imported page exactly as it was read (a BOM dropped, line endings kept), so export can keep its bytes. */
export const PageSourceSchema = z.object({ path: z.string(), text: z.string() })

/** The section page's text the intern edits: its title, intro and each week's one-line description. */
export const SectionContentSchema = z.object({
  title: z.string(),
  intro: z.string(),
  /** By week number (`"3"`): the link text of the week's line on the section page. */
  weeks: z.record(z.string(), z.string()),
})

/**
 * How a journal's pages are written, learned per language from its imported pages (or the template's
 * style chosen for a new journal), so that a week the app adds looks like its neighbours. Every field is
 * optional: what is missing is written the seed's way. `{n}` stands for the week number, `{title}` for
 * the page title.
 */
export const PageStyleSchema = z.object({
  /** Front matter string values: `"…"`, `'…'` or bare. */
  quote: z.optional(z.enum(['double', 'single', 'bare'])),
  /** `weight` is the week number plus this… */
  weightOffset: z.optional(z.number()),
  /** …or the same on every page (`weight: 1`). */
  weightConstant: z.optional(z.number()),
  /** `pre` with `{n}` for the week: `" <b> 1.{n}. </b> "`. */
  pre: z.optional(z.string()),
  /** The page title line (`# **{title}**`), '' for pages without one. */
  titleLine: z.optional(z.string()),
  /** The heading lines of the sections, with `{n}` for the week number. */
  headings: z.optional(
    z.object({
      objectives: z.optional(z.string()),
      tasks: z.optional(z.string()),
      achievements: z.optional(z.string()),
    }),
  ),
  /** The tasks table's columns in order (header as written, its meaning) and its alignment row cells. */
  table: z.optional(
    z.object({
      columns: z.array(
        z.object({
          header: z.string(),
          role: z.enum(['day', 'task', 'start', 'completion', 'reference', 'other']),
        }),
      ),
      align: z.array(z.string()),
      /** `| a | b |` (true) or `|a|b|`. */
      padded: z.boolean(),
      /** Every column padded to one width, the alignment row as wide (its cells keep only their colons). */
      aligned: z.optional(z.boolean()),
    }),
  ),
  /** The Day column: `1 (Monday)`, `2`..`6`, `Monday`, `Mon`, `Thứ 2`… */
  days: z.optional(z.enum(['seed', 'template', 'name', 'short', 'thu'])),
  /** …written bold (`**Mon**`, `**2**`). */
  boldDays: z.optional(z.boolean()),
  /** Dates in the table, as written: `dd/MM/yyyy`, `dd-MM-yyyy`, `MM/dd/yyyy`, `dd/MM`. */
  dateFormat: z.optional(z.string()),
  /** The bullet of objective and achievement lists. */
  bullet: z.optional(z.enum(['*', '-', '+'])),
  /** Achievement groups: `#### 1. Title`, `**1. Title**`, or items in a `1.` list. */
  groups: z.optional(z.enum(['heading', 'bold', 'numbered'])),
  /** A `---` rule between the sections. */
  rules: z.optional(z.boolean()),
  /** Unticked achievements shown as `* [ ]` boxes. */
  checkboxes: z.optional(z.boolean()),
})

export const WeekContentSchema = z.object({
  title: z.string(),
  objectives: z.array(ObjectiveSchema),
  tasks: z.array(TaskSchema),
  achievements: AchievementsSchema,
  summary: z.string(),
  notes: z.array(WeekNoteSchema),
  /** The page this language version was imported from; export patches it instead of rewriting it. */
  source: z.optional(PageSourceSchema),
})

export const WeekReviewSchema = z.object({
  status: reviewStatus,
  /** The revision the status was set on (submitted / approved …), when known. */
  revision: z.optional(z.number()),
  /** ISO instant of the last status change. */
  changedAt: z.optional(z.string()),
  note: z.optional(z.string()),
  /** ISO instant the intern last submitted the week, for "submitted on time". */
  submittedAt: z.optional(z.string()),
  /** SHA-256 of the week content a decision was made on (both languages, canonical form): see contentHash.ts. */
  contentHash: z.optional(z.string()),
})

export const WeekSchema = z.object({
  id: z.string(),
  journalId: z.string(),
  number: z.number().check(z.int(), z.positive()),
  monday: isoDate,
  /** Front matter `date`; '' when the page had none. */
  publishDate: isoDateOrBlank,
  /** Front matter the intern set where their site differs from the defaults (title, weight, pre). */
  frontMatter: z.optional(
    z.object({ title: z.optional(z.string()), weight: z.optional(z.number()), pre: z.optional(z.string()) }),
  ),
  /** Increments on every save. */
  revision: z.number().check(z.int(), z.nonnegative()),
  review: WeekReviewSchema,
  content: z.object({ en: z.optional(WeekContentSchema), vi: z.optional(WeekContentSchema) }),
  updatedAt: z.string(),
  /** The imported week folder (`1.3-week3`), kept as it is on export. */
  folder: z.optional(z.string()),
})

export const JournalSchema = z.object({
  id: z.string(),
  owner: z.string(),
  mentor: z.string(),
  firstMonday: isoDate,
  plannedWeeks: z.number().check(z.int(), z.positive()),
  /** The Hugo section number: the `1` in `pre: " <b> 1.7 </b> "`. */
  section: z.number().check(z.int(), z.nonnegative()),
  languages: z.array(lang),
  readOnly: z.boolean(),
  /**
   * In a mentor's copy: the id of the intern's own journal when it differs from the copy's (the intern
   * went on on another device and the mentor took it as the same journal). Feedback is addressed to it.
   */
  internJournalId: z.optional(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The imported section page (`content/1-Worklog/_index.md`) per language, kept for export. */
  sectionPages: z.optional(z.object({ en: z.optional(PageSourceSchema), vi: z.optional(PageSourceSchema) })),
  /** The section page as edited in the app, per language; absent: as the imported page (or seed) has it. */
  sectionContent: z.optional(
    z.object({ en: z.optional(SectionContentSchema), vi: z.optional(SectionContentSchema) }),
  ),
  /** How the journal's pages are written, per language, for the weeks the app adds. */
  pageStyle: z.optional(z.object({ en: z.optional(PageStyleSchema), vi: z.optional(PageStyleSchema) })),
})

export const WeekSummarySchema = z.object({
  id: z.string(),
  journalId: z.string(),
  number: z.number(),
  monday: isoDate,
  revision: z.number(),
  reviewStatus,
  tasksDone: z.number(),
  tasksTotal: z.number(),
  achievementsTicked: z.number(),
  achievementsTotal: z.number(),
  /** The tasks of the main language version, for the calendar cells. */
  tasks: z.array(
    z.object({
      day: weekday,
      title: z.string(),
      status: taskStatus,
      /** The task's id and the task it carries on, so that a task carried over counts once. */
      id: z.optional(z.string()),
      carriedFrom: z.optional(z.string()),
    }),
  ),
  updatedAt: z.string(),
})

export const CommentTargetSchema = z.union([
  z.object({ kind: z.literal('week') }),
  z.object({ kind: z.literal('task'), taskId: z.string() }),
  z.object({ kind: z.literal('achievement'), itemId: z.string() }),
])

export const ReviewCommentSchema = z.object({
  id: z.string(),
  journalId: z.string(),
  weekNumber: z.number(),
  author: z.string(),
  role: z.enum(['mentor', 'intern']),
  target: CommentTargetSchema,
  /** The week revision the comment was written against. */
  revision: z.number(),
  body: z.string(),
  createdAt: z.string(),
  resolved: z.boolean(),
  /** ISO instant of the last resolve or reopen: the latest of two copies wins when they merge. */
  stateChangedAt: z.optional(z.string()),
  replyTo: z.optional(z.string()),
})

export const ConflictRecordSchema = z.object({
  /** The week id: one open conflict per week. */
  id: z.string(),
  journalId: z.string(),
  number: z.number(),
  /** The edit that could not be saved, as the user left it. */
  mine: WeekSchema,
  /** The stored revision it collided with. */
  theirsRevision: z.number(),
  createdAt: z.string(),
})

/** One line per problem: `path: message`, for messages a user reads. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(document)'}: ${issue.message}`)
    .join('; ')
}
