import { useId } from 'react'
import type { ReviewComment, Task, Week } from '../../domain/types'
import { mainContent } from '../../domain/progress'
import { useI18n } from '../../i18n/i18n'

/** The threads of a week still open (not resolved), listed above its content so none is missed. */
export function OpenThreads({ week, comments }: { week: Week; comments: ReviewComment[] }) {
  const { t, formatDate } = useI18n()
  const headingId = useId()
  const open = comments.filter((c) => c.weekNumber === week.number && !c.replyTo && !c.resolved)
  if (open.length === 0) return null
  const content = mainContent(week)
  const items = new Map<string, string>()
  const walk = (list: NonNullable<typeof content>['achievements']['groups'][number]['items']) =>
    list.forEach((item) => {
      items.set(item.id, item.text)
      walk(item.children)
    })
  content?.achievements.groups.forEach((g) => walk(g.items))
  const about = (comment: ReviewComment): string => {
    const target = comment.target
    if (target.kind === 'task') {
      const task = content?.tasks.find((x) => x.id === target.taskId)
      return task ? t('review.taskAbout', { title: task.title }) : t('review.goneTarget')
    }
    if (target.kind === 'achievement') {
      const text = items.get(target.itemId)
      return text !== undefined ? t('review.itemAbout', { text }) : t('review.goneTarget')
    }
    return t('review.thisWeek')
  }
  return (
    <section
      aria-labelledby={headingId}
      data-open-threads
      className="flex flex-col gap-1 rounded-lg border border-blue-400 bg-blue-50 p-3 text-sm dark:bg-slate-800"
    >
      <h2 id={headingId} className="font-semibold">
        {t('review.openThreads', { n: open.length })}
      </h2>
      <ul className="flex flex-col gap-1">
        {open.map((comment) => (
          <li key={comment.id} className="break-words">
            <span className="font-medium">{about(comment)}</span> — {comment.author} (
            {t(`role.${comment.role}`)}, {formatDate(comment.createdAt.slice(0, 10))}):{' '}
            <span className="whitespace-pre-wrap">{comment.body}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** On a task's card: how many comments it has, and how many are open. */
export function TaskCommentBadge({
  task,
  week,
  comments,
}: {
  task: Task
  week: Week
  comments: ReviewComment[]
}) {
  const { t } = useI18n()
  const mine = comments.filter(
    (c) => c.weekNumber === week.number && c.target.kind === 'task' && c.target.taskId === task.id,
  )
  if (mine.length === 0) return null
  const open = mine.filter((c) => !c.replyTo && !c.resolved).length
  return (
    <span
      data-comment-badge
      className={`shrink-0 rounded-full px-1.5 text-xs ${open ? 'bg-amber-200 text-amber-950 dark:bg-amber-800 dark:text-amber-50' : 'bg-slate-200 text-slate-800 dark:bg-slate-600 dark:text-slate-100'}`}
    >
      <span aria-hidden>{mine.length}</span>
      <span className="sr-only">, {t('review.badge', { n: mine.length, open })}</span>
    </span>
  )
}
