import { useQuery } from '@tanstack/react-query'
import { useMemo, type ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { cellState } from '../../domain/board'
import { addDaysIso, todayIso, weekMonday } from '../../domain/dates'
import { submittedOnTime } from '../../domain/review'
import type { SeenMark } from '../../domain/readState'
import type { Journal, Lang, ReviewComment, Week } from '../../domain/types'
import { fieldChanges } from '../../domain/wordDiff'
import { useI18n } from '../../i18n/i18n'
import { useReviewT } from '../../i18n/useReviewT'
import { seenQuery } from '../../queries/review'
import { commentsQuery, summariesQuery, weekQuery } from '../../queries/weeks'
import { cellLook } from '../../ui/cellStates'
import { CommentThread } from './CommentThread'
import { ChangedPlaces } from './Marked'
import { OpenThreads } from './OpenThreads'
import { ChangeBanner, DecisionBar, UnseenNotice } from './ReviewActions'
import { WeekReading } from './WeekReading'

/**
 * The mentor's reading view of one week: the intern's text rendered, changes since the mentor last
 * marked it reviewed marked in place, the open threads on top, and the decision with "& next".
 */
export function ReadingView({ journal, number }: { journal: Journal; number: number }) {
  const { t, formatDate } = useI18n()
  const rt = useReviewT()
  const week = useQuery(weekQuery(journal.id, number))
  const comments = useQuery(commentsQuery(journal.id))
  const seen = useQuery(seenQuery(journal.id))
  const summaries = useQuery(summariesQuery(journal.id))
  const lastWeek = Math.max(journal.plannedWeeks, ...(summaries.data?.items ?? []).map((s) => s.number))
  const monday = week.data?.monday ?? weekMonday(journal.firstMonday, number)
  const title = rt('reading.title', { owner: journal.owner, n: number })
  const nav = (
    <nav aria-label={t('nav.breadcrumb')} className="flex flex-wrap gap-x-3 gap-y-1 text-sm print:hidden">
      <Link to="/review" className="underline">
        {rt('reading.board')}
      </Link>
      <Link to={`/j/${journal.id}/review`} className="underline">
        {journal.owner}
      </Link>
      {number > 1 && (
        <Link to={`/review/${journal.id}/w/${number - 1}`} className="underline" rel="prev">
          ← {rt('reading.previous')}
        </Link>
      )}
      {number < lastWeek && (
        <Link to={`/review/${journal.id}/w/${number + 1}`} className="underline" rel="next">
          {rt('reading.next')} →
        </Link>
      )}
    </nav>
  )
  const header = (
    <div>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {formatDate(monday)} – {formatDate(addDaysIso(monday, 4))}
      </p>
    </div>
  )
  if (week.isPending || comments.isPending || seen.isPending) return <p>{t('common.loading')}</p>
  if (!week.data) {
    return (
      <div className="flex flex-col gap-4">
        {nav}
        {header}
        <p data-week-missing>{rt('reading.notWritten')}</p>
      </div>
    )
  }
  return (
    <StoredWeek
      journal={journal}
      week={week.data}
      comments={comments.data ?? []}
      mark={seen.data?.find((m) => m.id === week.data?.id)}
      lastWeek={lastWeek}
      nav={nav}
      header={header}
    />
  )
}

function StoredWeek({
  journal,
  week,
  comments,
  mark,
  lastWeek,
  nav,
  header,
}: {
  journal: Journal
  week: Week
  comments: ReviewComment[]
  mark: SeenMark | undefined
  lastWeek: number
  nav: ReactNode
  header: ReactNode
}) {
  const { t, formatDate, lang: uiLang } = useI18n()
  const rt = useReviewT()
  const lang: Lang = week.content[uiLang] ? uiLang : week.content.en ? 'en' : 'vi'
  const content = week.content[lang]
  const reviewedContent = mark?.reviewed?.content[lang]
  const changes = useMemo(
    () =>
      mark?.reviewed
        ? fieldChanges(reviewedContent, content)
        : { changed: new Map<string, string>(), removed: [] },
    [mark?.reviewed, reviewedContent, content],
  )
  const state = cellState(week, week.monday, todayIso(), mark?.decidedAt)
  const late = submittedOnTime(week) === false
  const review = week.review
  return (
    <div className="flex min-w-0 flex-col gap-4" data-reading-view data-week-number={week.number}>
      {nav}
      {header}
      <p className="flex flex-wrap items-center gap-2 text-sm" data-review-status={review.status}>
        <span
          className={`rounded px-1.5 py-0.5 font-semibold ${cellLook[state].tone}`}
          data-cell-state={state}
        >
          <span aria-hidden>{cellLook[state].icon}</span> {rt(`cell.${state}`)}
        </span>
        {review.submittedAt && (
          <span>
            {t('queue.submitted', { date: formatDate(review.submittedAt.slice(0, 10)) })}
            {late && ` (${rt('board.lateLabel')})`}
          </span>
        )}
        {(review.status === 'approved' || review.status === 'changes-requested') && review.changedAt && (
          <span>
            · {t(`review.${review.status}`)}{' '}
            {t('review.decidedOn', { date: formatDate(review.changedAt.slice(0, 10)) })}
          </span>
        )}
      </p>
      {review.note && (
        <p className="rounded bg-amber-50 p-2 text-sm whitespace-pre-wrap dark:bg-amber-950">
          <span className="font-semibold">{t('review.note')}:</span> {review.note}
        </p>
      )}
      <UnseenNotice journal={journal} week={week} />
      <OpenThreads week={week} comments={comments} />
      <ChangeBanner
        journal={journal}
        week={week}
        mark={mark}
        changedCount={changes.changed.size}
        removed={changes.removed}
      />
      <DecisionBar journal={journal} week={week} lastWeek={lastWeek} />
      {content ? (
        <ChangedPlaces changed={changes.changed}>
          <WeekReading journal={journal} week={week} content={content} comments={comments} />
        </ChangedPlaces>
      ) : (
        <p>{rt('reading.notWritten')}</p>
      )}
      <section aria-labelledby="reading-week-comments" className="flex flex-col items-start gap-2">
        <h2 id="reading-week-comments" className="text-lg font-semibold">
          {t('review.weekComments')}
        </h2>
        <CommentThread
          journal={journal}
          week={week}
          comments={comments}
          target={{ kind: 'week' }}
          about={t('review.thisWeek')}
          compact
        />
        <Link to={`/j/${journal.id}/w/${week.number}`} className="text-sm underline print:hidden">
          {rt('reading.editView')}
        </Link>
      </section>
    </div>
  )
}
