import { addDaysIso } from './dates'
import type { Journal, ReviewComment, ReviewStatus, Week, WeekContent, WeekReview } from './types'

/** Who is writing in a journal: its intern, or the mentor holding a read-only copy. */
export function roleIn(journal: Journal): 'intern' | 'mentor' {
  return journal.readOnly ? 'mentor' : 'intern'
}

export function authorIn(journal: Journal): string {
  return journal.readOnly ? journal.mentor || 'Mentor' : journal.owner
}

/** When a comment was last resolved or reopened (its creation, if never). */
export function stateTime(comment: ReviewComment): string {
  return comment.stateChangedAt ?? comment.createdAt
}

export interface CommentMerge {
  merged: ReviewComment[]
  /** New comments taken. */
  added: number
  /** New comments left out because the file's sender cannot have written them (another role). */
  ignored: number
}

/**
 * Merges two sets of comments by id. A comment's text is written once and never edited: only whether it
 * is resolved can differ between two copies, and the later resolve or reopen wins (a tie keeps it
 * resolved). When `sender` is given, new comments of the other role are left out: an intern's package
 * cannot bring in words signed by the mentor.
 */
export function mergeComments(
  mine: ReviewComment[],
  incoming: ReviewComment[],
  sender?: ReviewComment['role'],
): CommentMerge {
  const byId = new Map(mine.map((c) => [c.id, c]))
  let added = 0
  let ignored = 0
  for (const comment of incoming) {
    const existing = byId.get(comment.id)
    if (!existing) {
      if (sender && comment.role !== sender) {
        ignored += 1
        continue
      }
      byId.set(comment.id, comment)
      added += 1
      continue
    }
    const later = stateTime(comment) > stateTime(existing)
    const tie = stateTime(comment) === stateTime(existing) && comment.resolved && !existing.resolved
    if ((later && comment.resolved !== existing.resolved) || tie) {
      byId.set(comment.id, {
        ...existing,
        resolved: comment.resolved,
        stateChangedAt: comment.stateChangedAt,
      })
    }
  }
  const merged = [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  return { merged, added, ignored }
}

/** The comment resolved or reopened now. */
export function toggleResolved(comment: ReviewComment, now: Date): ReviewComment {
  return { ...comment, resolved: !comment.resolved, stateChangedAt: now.toISOString() }
}

/** The later of two review states wins, so a resubmission after a decision is not undone by old feedback. */
export function laterReview(current: WeekReview, incoming: WeekReview): WeekReview {
  const a = current.changedAt ?? ''
  const b = incoming.changedAt ?? ''
  if (b > a) return { ...incoming, submittedAt: incoming.submittedAt ?? current.submittedAt }
  return current
}

/**
 * The intern's own change of review state (a submission), to be saved as the next revision of the week:
 * the review refers to that revision, the one that leaves with it, not to the one before the save.
 */
export function withReview(week: Week, status: ReviewStatus, now: Date, note?: string): Week {
  const changedAt = now.toISOString()
  return {
    ...week,
    review: {
      status,
      revision: week.revision + 1,
      changedAt,
      note: note?.trim() ? note.trim() : undefined,
      submittedAt: status === 'submitted' ? changedAt : week.review.submittedAt,
    },
  }
}

/** A week counts as submitted on time when it was submitted by the end of the Monday after it. */
export function submittedOnTime(week: Pick<Week, 'monday' | 'review'>): boolean | null {
  const submittedAt = week.review.submittedAt
  if (!submittedAt) return null
  const deadline = addDaysIso(week.monday, 7)
  return submittedAt.slice(0, 10) <= deadline
}

/** What a stale comment tells its reader: the revision it was on, and where the week is now. */
export function staleness(
  comment: ReviewComment,
  week: Pick<Week, 'revision'> | undefined,
): { on: number; now: number } | null {
  if (!week || comment.revision >= week.revision) return null
  return { on: comment.revision, now: week.revision }
}

export interface ContentChange {
  part: 'title' | 'objective' | 'task' | 'achievement' | 'summary' | 'language'
  kind: 'added' | 'removed' | 'changed'
  text: string
}

function flattenItems(content: WeekContent): Map<string, string> {
  const items = new Map<string, string>()
  const walk = (list: WeekContent['achievements']['groups'][number]['items']) =>
    list.forEach((item) => {
      items.set(item.id, `${item.achieved ? '☑' : '☐'} ${item.text}`)
      walk(item.children)
    })
  content.achievements.groups.forEach((group) => {
    items.set(group.id, `# ${group.title}`)
    walk(group.items)
  })
  return items
}

function diffById(
  part: ContentChange['part'],
  before: Map<string, string>,
  after: Map<string, string>,
): ContentChange[] {
  const changes: ContentChange[] = []
  for (const [id, text] of after) {
    const old = before.get(id)
    if (old === undefined) changes.push({ part, kind: 'added', text })
    else if (old !== text) changes.push({ part, kind: 'changed', text: `${old} → ${text}` })
  }
  for (const [id, text] of before) if (!after.has(id)) changes.push({ part, kind: 'removed', text })
  return changes
}

/** What changed in a week's text between two versions, for "what changed since" in reviews. */
export function contentChanges(before: Week, after: Week): ContentChange[] {
  const changes: ContentChange[] = []
  for (const lang of ['en', 'vi'] as const) {
    const a = before.content[lang]
    const b = after.content[lang]
    if (!a && !b) continue
    if (!a || !b) {
      changes.push({ part: 'language', kind: a ? 'removed' : 'added', text: lang })
      continue
    }
    if (a.title !== b.title) changes.push({ part: 'title', kind: 'changed', text: `${a.title} → ${b.title}` })
    changes.push(
      ...diffById(
        'objective',
        new Map(a.objectives.map((o) => [o.id, o.text])),
        new Map(b.objectives.map((o) => [o.id, o.text])),
      ),
    )
    const describeTask = (t: WeekContent['tasks'][number]) =>
      `${t.title}${t.detail ? `: ${t.detail}` : ''} (${t.status}, ${t.startDate}–${t.completionDate}${t.reference ? `, ${t.reference}` : ''})`
    changes.push(
      ...diffById(
        'task',
        new Map(a.tasks.map((t) => [t.id, describeTask(t)])),
        new Map(b.tasks.map((t) => [t.id, describeTask(t)])),
      ),
    )
    changes.push(...diffById('achievement', flattenItems(a), flattenItems(b)))
    if (a.summary !== b.summary) changes.push({ part: 'summary', kind: 'changed', text: b.summary })
  }
  return changes
}
