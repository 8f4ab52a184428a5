import * as z from 'zod/mini'
import type { AchievementItem } from './types'

/** Schemas of every document the app stores or reads from a file. zod/mini: it sits in the first bundle. */

// No generated code: the CSP forbids eval, and for these small documents the plain validator is also the
// faster one (520 week summaries: ~5 ms against ~60–180 ms with compiled validators, measured in Node).
z.config({ jitless: true })

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written yyyy-MM-dd'))
const isoDateOrBlank = z.union([z.literal(''), isoDate])
const lang = z.enum(['en', 'vi'])
const weekday = z.literal([1, 2, 3, 4, 5, 6, 7])
const reviewStatus = z.enum(['draft', 'submitted', 'changes-requested', 'approved'])

export const TaskSchema = z.object({
  id: z.string(),
  day: weekday,
  title: z.string(),
  detail: z.string(),
  startDate: isoDateOrBlank,
  completionDate: isoDateOrBlank,
  reference: z.string(),
  status: z.enum(['planned', 'in-progress', 'done']),
})

export const AchievementItemSchema: z.ZodMiniType<AchievementItem> = z.object({
  id: z.string(),
  text: z.string(),
  achieved: z.boolean(),
  get children() {
    return z.array(AchievementItemSchema)
  },
})

export const WeekContentSchema = z.object({
  title: z.string(),
  objectives: z.array(z.object({ id: z.string(), text: z.string() })),
  tasks: z.array(TaskSchema),
  achievements: z.object({
    intro: z.string(),
    groups: z.array(z.object({ id: z.string(), title: z.string(), items: z.array(AchievementItemSchema) })),
  }),
  summary: z.string(),
  notes: z.array(
    z.object({
      id: z.string(),
      after: z.enum(['start', 'objectives', 'tasks', 'achievements', 'summary']),
      markdown: z.string(),
    }),
  ),
})

export const WeekSchema = z.object({
  id: z.string(),
  journalId: z.string(),
  number: z.number().check(z.int(), z.positive()),
  monday: isoDate,
  publishDate: isoDateOrBlank,
  revision: z.number().check(z.int(), z.nonnegative()),
  review: z.object({
    status: reviewStatus,
    revision: z.optional(z.number()),
    changedAt: z.optional(z.string()),
    note: z.optional(z.string()),
    submittedAt: z.optional(z.string()),
  }),
  content: z.object({ en: z.optional(WeekContentSchema), vi: z.optional(WeekContentSchema) }),
  updatedAt: z.string(),
})

export const JournalSchema = z.object({
  id: z.string(),
  owner: z.string(),
  mentor: z.string(),
  firstMonday: isoDate,
  plannedWeeks: z.number().check(z.int(), z.positive()),
  section: z.number().check(z.int(), z.nonnegative()),
  languages: z.array(lang),
  readOnly: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
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
  tasks: z.array(
    z.object({ day: weekday, title: z.string(), status: z.enum(['planned', 'in-progress', 'done']) }),
  ),
  updatedAt: z.string(),
})

export const ReviewCommentSchema = z.object({
  id: z.string(),
  journalId: z.string(),
  weekNumber: z.number(),
  author: z.string(),
  role: z.enum(['mentor', 'intern']),
  target: z.union([
    z.object({ kind: z.literal('week') }),
    z.object({ kind: z.literal('task'), taskId: z.string() }),
    z.object({ kind: z.literal('achievement'), itemId: z.string() }),
  ]),
  revision: z.number(),
  body: z.string(),
  createdAt: z.string(),
  resolved: z.boolean(),
  replyTo: z.optional(z.string()),
})

/** One line per problem: `path: message`, for messages a user reads. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(document)'}: ${issue.message}`)
    .join('; ')
}
