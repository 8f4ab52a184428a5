import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { contentChanges, staleness } from '../../domain/review'
import type { CommentTarget, Journal, ReviewComment, Week } from '../../domain/types'
import { useI18n } from '../../i18n/i18n'
import { snapshotQuery, useAddComment, useResolveComment } from '../../queries/review'
import { Button } from '../../ui/Button'
import { TextArea } from '../../ui/fields'
import { ChangeList } from './ChangeList'

export function sameTarget(a: CommentTarget, b: CommentTarget): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'task' && b.kind === 'task') return a.taskId === b.taskId
  if (a.kind === 'achievement' && b.kind === 'achievement') return a.itemId === b.itemId
  return true
}

interface Props {
  journal: Journal
  week: Week
  comments: ReviewComment[]
  target: CommentTarget
  /** What the comments are about, for labels: "this week", "task VPC peering". */
  about: string
  compact?: boolean
}

/** The comments on one target (the week, a task or an achievement item), with replies and resolving. */
export function CommentThread({ journal, week, comments, target, about, compact = false }: Props) {
  const { t } = useI18n()
  const mine = comments.filter((c) => c.weekNumber === week.number && sameTarget(c.target, target))
  const roots = mine.filter((c) => !c.replyTo)
  const [open, setOpen] = useState(!compact)
  if (compact && !open) {
    return (
      // Without comments yet, a short "Comment" (its full name says what on): a long item's text repeated
      // under every item made the reading view twice as long.
      <Button
        size="sm"
        variant="ghost"
        aria-expanded={false}
        aria-label={mine.length ? undefined : t('review.commentOn', { about })}
        onClick={() => setOpen(true)}
      >
        <BubbleIcon />
        {mine.length ? t('review.commentsCount', { n: mine.length }) : t('review.commentShort')}
      </Button>
    )
  }
  return (
    <div className="flex flex-col gap-2 rounded-md border border-slate-300 p-2 text-sm dark:border-slate-600">
      {roots.length === 0 && <p className="text-slate-600 dark:text-slate-400">{t('review.noComments')}</p>}
      <ul className="flex flex-col gap-2">
        {roots.map((comment) => (
          <CommentItem
            key={comment.id}
            journal={journal}
            week={week}
            comment={comment}
            replies={mine.filter((c) => c.replyTo === comment.id)}
          />
        ))}
      </ul>
      <CommentForm journal={journal} week={week} target={target} label={t('review.commentOn', { about })} />
    </div>
  )
}

/** A speech bubble drawn inline: an emoji would depend on the fonts installed, and be read out. */
function BubbleIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-3.5 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <path d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" strokeLinejoin="round" />
    </svg>
  )
}

function CommentItem({
  journal,
  week,
  comment,
  replies,
}: {
  journal: Journal
  week: Week
  comment: ReviewComment
  replies: ReviewComment[]
}) {
  const { t } = useI18n()
  const resolve = useResolveComment(journal.id)
  const [replying, setReplying] = useState(false)
  return (
    <li
      className={`flex flex-col gap-1 rounded bg-slate-100 p-2 dark:bg-slate-800 ${comment.resolved ? 'opacity-80' : ''}`}
    >
      <CommentBody comment={comment} week={week} />
      {replies.length > 0 && (
        <ul className="ml-4 flex flex-col gap-1 border-l border-slate-300 pl-2 dark:border-slate-600">
          {replies.map((reply) => (
            <li key={reply.id}>
              <CommentBody comment={reply} week={week} />
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-2">
        <Button size="sm" variant="ghost" onClick={() => setReplying((r) => !r)} aria-expanded={replying}>
          {t('review.reply')}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => resolve.mutate(comment)}>
          {comment.resolved ? t('review.reopen') : t('review.resolve')}
        </Button>
        {comment.resolved && (
          <span className="self-center text-xs font-medium text-emerald-800 dark:text-emerald-300">
            {t('review.resolved')}
          </span>
        )}
      </div>
      {replying && (
        <CommentForm
          journal={journal}
          week={week}
          target={comment.target}
          replyTo={comment.id}
          label={t('review.replyTo', { author: comment.author })}
          onDone={() => setReplying(false)}
        />
      )}
    </li>
  )
}

function CommentBody({ comment, week }: { comment: ReviewComment; week: Week }) {
  const { t, formatDate } = useI18n()
  const revisionsApart = staleness(comment, week)
  // A later revision whose text is the one commented on (only the review state was saved) is not stale.
  const snapshot = useQuery({
    ...snapshotQuery(week.journalId, week.number, revisionsApart?.on ?? 0),
    enabled: revisionsApart !== null,
  })
  const textUnchanged = snapshot.data ? contentChanges(snapshot.data, week).length === 0 : false
  const stale = textUnchanged ? null : revisionsApart
  const [showing, setShowing] = useState(false)
  return (
    <div className="flex flex-col gap-0.5">
      <p className="text-xs text-slate-700 dark:text-slate-300">
        <span className="font-semibold">{comment.author}</span> ({t(`role.${comment.role}`)}) ·{' '}
        {t(stale ? 'review.staleSince' : 'review.writtenOn', {
          date: formatDate(comment.createdAt.slice(0, 10)),
        })}
      </p>
      <p className="whitespace-pre-wrap break-words">{comment.body}</p>
      {stale && (
        <div>
          <Button size="sm" variant="ghost" aria-expanded={showing} onClick={() => setShowing((s) => !s)}>
            {t('review.showChanges')}
          </Button>
          {showing && <ChangesSince week={week} revision={stale.on} />}
        </div>
      )}
    </div>
  )
}

export function ChangesSince({ week, revision }: { week: Week; revision: number }) {
  const { t } = useI18n()
  const snapshot = useQuery(snapshotQuery(week.journalId, week.number, revision))
  if (snapshot.isPending) return <p>{t('common.loading')}</p>
  if (!snapshot.data) return <p className="text-xs">{t('review.noSnapshot')}</p>
  return <ChangeList changes={contentChanges(snapshot.data, week)} />
}

function CommentForm({
  journal,
  week,
  target,
  replyTo,
  label,
  onDone,
}: {
  journal: Journal
  week: Week
  target: CommentTarget
  replyTo?: string
  label: string
  onDone?: () => void
}) {
  const { t } = useI18n()
  const add = useAddComment(journal)
  const [body, setBody] = useState('')
  const [error, setError] = useState('')
  const submit = async () => {
    if (!body.trim()) {
      setError(t('review.emptyComment'))
      return
    }
    setError('')
    await add.mutateAsync({ weekNumber: week.number, revision: week.revision, target, body, replyTo })
    setBody('')
    onDone?.()
  }
  return (
    <div className="flex flex-col gap-1">
      <TextArea
        label={label}
        className="min-h-12"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={error || undefined}
      />
      <Button size="sm" className="self-start" disabled={add.isPending} onClick={() => void submit()}>
        {replyTo ? t('review.sendReply') : t('review.addComment')}
      </Button>
    </div>
  )
}
