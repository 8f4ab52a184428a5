import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import { boardRow } from '../../domain/board'
import { addDaysIso, todayIso } from '../../domain/dates'
import { mainContent, taskProgress } from '../../domain/progress'
import type { Journal } from '../../domain/types'
import { useI18n } from '../../i18n/i18n'
import { useReviewT } from '../../i18n/useReviewT'
import { reviewWeeksQuery, seenQuery } from '../../queries/review'
import { commentsQuery } from '../../queries/weeks'
import { Button } from '../../ui/Button'
import { cellLook } from '../../ui/cellStates'

const cell = 'border border-slate-300 p-1.5 align-top dark:border-slate-600'

/**
 * One intern's evaluation, made to be printed: every week with its state, dates of submission and
 * decision, the mentor's note and the tasks done. The print stylesheet leaves out the navigation.
 */
export function Evaluation({ journal }: { journal: Journal }) {
  const { t, formatDate } = useI18n()
  const rt = useReviewT()
  const weeks = useQuery(reviewWeeksQuery(journal.id))
  const comments = useQuery(commentsQuery(journal.id))
  const seen = useQuery(seenQuery(journal.id))
  if (weeks.isPending || comments.isPending || seen.isPending) return <p>{t('common.loading')}</p>
  const today = todayIso()
  const row = boardRow(
    { journal, weeks: weeks.data ?? [], comments: comments.data ?? [], marks: seen.data ?? [] },
    Math.max(journal.plannedWeeks, ...(weeks.data ?? []).map((w) => w.number)),
    today,
  )
  const byNumber = new Map((weeks.data ?? []).map((w) => [w.number, w]))
  const date = (instant: string | undefined) => (instant ? formatDate(instant.slice(0, 10)) : '–')
  return (
    <article className="flex flex-col gap-3" data-evaluation>
      <nav aria-label={t('nav.breadcrumb')} className="flex flex-wrap gap-3 text-sm">
        <Link to="/review" className="underline">
          {rt('reading.board')}
        </Link>
        <Link to={`/j/${journal.id}/review`} className="underline">
          {journal.owner}
        </Link>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold">{rt('print.title', { owner: journal.owner })}</h1>
          <p className="text-sm">
            {rt('print.period', {
              from: formatDate(journal.firstMonday),
              weeks: journal.plannedWeeks,
              mentor: journal.mentor || '–',
            })}
          </p>
        </div>
        <Button className="no-print" onClick={() => window.print()}>
          {rt('print.print')}
        </Button>
      </div>
      {/* On a phone the table scrolls sideways inside its own region; printed, it is the page's width. */}
      <div
        role="region"
        aria-label={rt('print.title', { owner: journal.owner })}
        tabIndex={0}
        className="overflow-x-auto print:overflow-visible"
      >
        <table className="print-table w-full border-collapse text-sm">
          <caption className="sr-only">{rt('print.title', { owner: journal.owner })}</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className={cell}>
                {rt('print.week')}
              </th>
              <th scope="col" className={cell}>
                {rt('print.dates')}
              </th>
              <th scope="col" className={cell}>
                {rt('print.state')}
              </th>
              <th scope="col" className={cell}>
                {rt('print.submitted')}
              </th>
              <th scope="col" className={cell}>
                {rt('print.decided')}
              </th>
              <th scope="col" className={cell}>
                {rt('print.progress')}
              </th>
              <th scope="col" className={cell}>
                {rt('print.note')}
              </th>
            </tr>
          </thead>
          <tbody>
            {row.cells
              .filter((c) => c.state !== 'unplanned')
              .map((c) => {
                const week = byNumber.get(c.number)
                const content = week ? mainContent(week) : undefined
                const progress = content ? taskProgress(content) : null
                const decided =
                  week?.review.status === 'approved' || week?.review.status === 'changes-requested'
                return (
                  <tr key={c.number} data-evaluation-week={c.number}>
                    <th scope="row" className={`${cell} text-left font-normal`}>
                      {t('overview.weekN', { n: c.number })}
                    </th>
                    <td className={`${cell} whitespace-nowrap`}>
                      {formatDate(c.monday)} – {formatDate(addDaysIso(c.monday, 4))}
                    </td>
                    <td className={cell}>
                      <span aria-hidden>{cellLook[c.state].icon}</span> {rt(`cell.${c.state}`)}
                      {c.late && `, ${rt('board.lateLabel')}`}
                    </td>
                    <td className={cell}>{date(week?.review.submittedAt)}</td>
                    <td className={cell}>{decided ? date(week?.review.changedAt) : '–'}</td>
                    <td className={cell}>{progress ? `${progress.done} / ${progress.total}` : '–'}</td>
                    <td className={`${cell} whitespace-pre-wrap`}>{(decided && week?.review.note) || ''}</td>
                  </tr>
                )
              })}
          </tbody>
        </table>
      </div>
      <p className="text-xs">
        {rt('board.openThreads')}: {row.openThreads} · {rt('print.printed', { date: formatDate(today) })}
      </p>
    </article>
  )
}
