import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import { changedAfterApproval } from '../../domain/decisions'
import type { Journal, ReviewComment, Week } from '../../domain/types'
import { useI18n } from '../../i18n/i18n'
import { weekQuery } from '../../queries/weeks'
import { Button } from '../../ui/Button'
import { CommentThread } from './CommentThread'
import { MentorDecision } from './MentorDecision'

interface Props {
  journal: Journal
  week: Week
  comments: ReviewComment[]
  /** The intern's submission: a save of the week through its editor. */
  onSubmit: () => Promise<void>
  /** Whether the week has unsaved edits (a submission saves them first). */
  stored: boolean
}

/** The review of one week: its state, the intern's submission or the mentor's decision, and the thread. */
export function WeekReviewPanel({ journal, week: shown, comments, onSubmit, stored }: Props) {
  const { t, formatDate } = useI18n()
  // The week editor keeps the week as it was typed: after a save it still carries the revision the save
  // started from, and a mentor's decision on a read-only copy (which keeps the intern's revision) never
  // reaches it. The stored week is the truth when it is newer, or, in a read-only copy, when it is as new.
  const latest = useQuery(weekQuery(journal.id, shown.number)).data
  const week =
    latest && (latest.revision > shown.revision || (journal.readOnly && latest.revision === shown.revision))
      ? latest
      : shown
  const review = week.review
  const changed = changedAfterApproval(week)
  const resubmit =
    changed || (review.status !== 'draft' && review.revision !== undefined && week.revision > review.revision)
  return (
    <section
      aria-labelledby="review-heading"
      className="below-fold flex flex-col gap-3 rounded-lg border border-slate-300 p-3 dark:border-slate-600"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="review-heading" className="text-lg font-semibold">
          {t('review.heading')}
        </h2>
        {journal.readOnly && (
          <span className="flex flex-wrap gap-3 text-sm">
            <Link to={`/review/${journal.id}/w/${week.number}`} className="underline">
              {t('review.readingLink')}
            </Link>
            <Link to={`/j/${journal.id}/review`} className="underline">
              {t('review.dashboardLink')}
            </Link>
          </span>
        )}
      </div>
      <p className="text-sm" data-review-status={review.status} data-week-revision={week.revision}>
        <span className="font-semibold">{t(`review.${review.status}`)}</span>
        {review.changedAt &&
          ` · ${t('review.decidedOn', { date: formatDate(review.changedAt.slice(0, 10)) })}`}
      </p>
      {changed && (
        <p
          data-changed-after-approval
          className="rounded border border-amber-500 bg-amber-50 p-2 text-sm dark:bg-amber-950"
        >
          <span className="font-semibold">{t('review.changedAfterApproval')}</span> —{' '}
          {t('review.changedAfterApprovalHint')}
        </p>
      )}
      {review.note && (
        <p className="rounded bg-amber-50 p-2 text-sm whitespace-pre-wrap dark:bg-amber-950">
          <span className="font-semibold">{t('review.note')}:</span> {review.note}
        </p>
      )}
      {journal.readOnly ? (
        <MentorDecision journal={journal} week={week} />
      ) : (
        (review.status === 'draft' || review.status === 'changes-requested' || resubmit) && (
          <Button
            variant="primary"
            className="self-start"
            disabled={!stored && week.revision === 0}
            onClick={() => void onSubmit()}
          >
            {review.status === 'draft' ? t('review.submit') : t('review.resubmit')}
          </Button>
        )
      )}
      <h3 className="text-sm font-semibold">{t('review.weekComments')}</h3>
      <CommentThread
        journal={journal}
        week={week}
        comments={comments}
        target={{ kind: 'week' }}
        about={t('review.thisWeek')}
      />
    </section>
  )
}
