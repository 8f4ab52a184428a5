import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import { achievementProgress, mainContent, taskProgress } from '../../domain/progress'
import { changedAfterApproval } from '../../domain/decisions'
import { submittedOnTime } from '../../domain/review'
import type { Journal, Week } from '../../domain/types'
import { useI18n } from '../../i18n/i18n'
import { reviewWeeksQuery } from '../../queries/review'
import { commentsQuery } from '../../queries/weeks'
import { reviewTone } from '../../ui/statusColors'

/** One intern's weeks for the mentor: review state, counts, on-time submission, open comments, a chart. */
export function ReviewDashboard({ journal }: { journal: Journal }) {
  const { t, formatDate } = useI18n()
  const weeks = useQuery(reviewWeeksQuery(journal.id))
  const comments = useQuery(commentsQuery(journal.id))
  if (weeks.isPending) return <p>{t('common.loading')}</p>
  const rows = (weeks.data ?? []).map((week) => {
    const content = mainContent(week)
    return {
      week,
      tasks: content ? taskProgress(content) : { done: 0, total: 0 },
      achievements: content ? achievementProgress(content.achievements) : { done: 0, total: 0 },
      onTime: submittedOnTime(week),
      open: (comments.data ?? []).filter((c) => c.weekNumber === week.number && !c.resolved).length,
    }
  })
  return (
    <div className="flex flex-col gap-4">
      <DashboardChart
        rows={rows.map((r) => ({ week: r.week, share: r.tasks.total ? r.tasks.done / r.tasks.total : 0 }))}
      />
      {rows.length === 0 ? (
        <p>{t('review.noWeeks')}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t('review.dashboardCaption', { owner: journal.owner })}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left dark:border-slate-600">
              <th scope="col" className="p-2">
                {t('overview.week')}
              </th>
              <th scope="col" className="p-2">
                {t('overview.review')}
              </th>
              <th scope="col" className="p-2">
                {t('overview.tasks')}
              </th>
              <th scope="col" className="p-2">
                {t('overview.achievements')}
              </th>
              <th scope="col" className="p-2">
                {t('review.onTime')}
              </th>
              <th scope="col" className="p-2">
                {t('review.openComments')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ week, tasks, achievements, onTime, open }) => (
              <tr key={week.id} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className="p-2 text-left font-normal">
                  <Link to={`/j/${journal.id}/w/${week.number}`} className="font-semibold underline">
                    {t('overview.weekN', { n: week.number })}
                  </Link>{' '}
                  <span className="text-xs text-slate-600 dark:text-slate-400">
                    {formatDate(week.monday)}
                  </span>
                </th>
                <td className="p-2">
                  <span className={`rounded px-1.5 py-0.5 text-xs ${reviewTone[week.review.status]}`}>
                    {t(`review.${week.review.status}`)}
                  </span>
                  {changedAfterApproval(week) && (
                    <span className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs dark:bg-amber-900">
                      {t('review.changedAfterApproval')}
                    </span>
                  )}
                </td>
                <td className="p-2">
                  {tasks.done} / {tasks.total}
                </td>
                <td className="p-2">
                  {achievements.done} / {achievements.total}
                </td>
                <td className="p-2">{onTime === null ? '–' : onTime ? t('review.yes') : t('review.late')}</td>
                <td className="p-2">{open}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

function DashboardChart({ rows }: { rows: { week: Week; share: number }[] }) {
  const { t } = useI18n()
  if (rows.length === 0) return null
  // Drawn at its own size, left-aligned: a few weeks stretched over the page width made hairlines.
  const barWidth = 28
  const height = 60
  const top = 14
  const width = rows.length * barWidth
  const label = rows
    .map((r) => t('chart.weekShare', { n: r.week.number, percent: Math.round(r.share * 100) }))
    .join('; ')
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-sm font-medium">{t('chart.title')}</figcaption>
      <svg
        role="img"
        aria-label={label}
        width={width}
        height={top + height + 14}
        viewBox={`0 0 ${width} ${top + height + 14}`}
        className="max-w-full text-slate-700 dark:text-slate-300"
      >
        <line
          x1={0}
          x2={width}
          y1={top + height + 0.5}
          y2={top + height + 0.5}
          className="stroke-slate-400"
        />
        {rows.map(({ week, share }, i) => (
          <g key={week.id}>
            <rect
              x={i * barWidth + 4}
              y={top}
              width={barWidth - 8}
              height={height}
              className="fill-slate-200 dark:fill-slate-700"
            />
            <rect
              x={i * barWidth + 4}
              y={top + height - share * height}
              width={barWidth - 8}
              height={share * height}
              className={week.review.status === 'approved' ? 'fill-emerald-600' : 'fill-slate-500'}
            />
            <text
              x={i * barWidth + barWidth / 2}
              y={top - 3}
              textAnchor="middle"
              className="fill-current text-[9px]"
            >
              {Math.round(share * 100)}%
            </text>
            <text
              x={i * barWidth + barWidth / 2}
              y={top + height + 12}
              textAnchor="middle"
              className="fill-current text-[10px]"
            >
              {week.number}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  )
}
