import { memo, type Ref } from 'react'
import { Link } from 'react-router-dom'
import { addDaysIso, formatDayMonthYear } from '../../domain/dates'
import type { WeekSummary } from '../../domain/types'
import { WORKDAYS } from '../../domain/types'
import { UnseenBadge } from '../../ui/UnseenBadge'
import { useT } from '../../i18n/i18n'
import { reviewTone, statusDot } from '../../ui/statusColors'
import { WeekDescription } from './WeekDescription'

export interface WeekCardsProps {
  journalId: string
  owner: string
  weeks: {
    number: number
    monday: string
    summary: WeekSummary | undefined
    isCurrent: boolean
    description: string
    unseen?: number
  }[]
  /** Saves a week's description on the section page; absent in a read-only journal. */
  onDescribe?: (number: number, description: string) => void
  /** An element near the end, for loading more weeks as it scrolls near. */
  sentinel: Ref<HTMLLIElement> | null
}

/** The weeks of the internship as a list of cards: the overview on a phone. */
export function WeekCards({ journalId, owner, weeks, onDescribe, sentinel }: WeekCardsProps) {
  const t = useT()
  return (
    <ol aria-label={t('overview.caption', { owner })} className="flex flex-col gap-3">
      {weeks.map((week) => (
        <WeekCard key={week.number} journalId={journalId} onDescribe={onDescribe} {...week} />
      ))}
      {sentinel && <li ref={sentinel} aria-hidden className="h-16" />}
    </ol>
  )
}

/** One week of the overview, as a table row or a card. */
export interface WeekEntryProps {
  journalId: string
  number: number
  monday: string
  summary: WeekSummary | undefined
  isCurrent: boolean
  /** Its one-line description on the section page. */
  description: string
  /** Saves its description; absent in a read-only journal. */
  onDescribe: ((number: number, description: string) => void) | undefined
  /** Comments and decisions of the other side not seen yet. */
  unseen?: number
}

const WeekCard = memo(function WeekCard({
  journalId,
  number,
  unseen,
  monday,
  summary,
  isCurrent,
  description,
  onDescribe,
}: WeekEntryProps) {
  const t = useT()
  const status = summary?.reviewStatus ?? 'draft'
  const days = WORKDAYS.filter((day) => summary?.tasks.some((task) => task.day === day))
  return (
    <li
      aria-current={isCurrent ? 'date' : undefined}
      className="week-row flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-3 aria-[current=date]:border-blue-600 dark:border-slate-600 dark:bg-slate-800"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Link
          to={`/j/${journalId}/w/${number}`}
          className="inline-flex min-h-8 items-center font-semibold underline decoration-slate-400 underline-offset-2"
        >
          {t('overview.weekN', { n: number })}
        </Link>
        <UnseenBadge count={unseen} />
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {formatDayMonthYear(monday)} – {formatDayMonthYear(addDaysIso(monday, 4))}
        </span>
        {isCurrent && (
          <span className="rounded bg-blue-700 px-1 text-xs text-white">{t('overview.thisWeek')}</span>
        )}
      </div>
      <WeekDescription number={number} description={description} onSave={onDescribe} />
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className={`rounded px-1.5 py-0.5 text-xs ${reviewTone[status]}`}>{t(`review.${status}`)}</span>
        <span>
          {t('overview.tasks')}: {summary ? `${summary.tasksDone} / ${summary.tasksTotal}` : '–'}
        </span>
        <span>
          {t('overview.achievements')}:{' '}
          {summary ? `${summary.achievementsTicked} / ${summary.achievementsTotal}` : '–'}
        </span>
      </p>
      {days.length > 0 && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
          {days.map((day) => (
            <div key={day} className="contents">
              <dt className="font-semibold">{t(`dayShort.${day}`)}</dt>
              <dd className="flex min-w-0 flex-col gap-0.5">
                {summary!.tasks
                  .filter((task) => task.day === day)
                  .map((task, i) => (
                    <span key={i} className="flex items-start gap-1">
                      <span
                        aria-hidden
                        className={`mt-1 size-2 shrink-0 rounded-full ${statusDot[task.status]}`}
                      />
                      <span className="min-w-0 break-words">
                        {task.title || t('task.untitled')}
                        <span className="sr-only"> ({t(`status.${task.status}`)})</span>
                      </span>
                    </span>
                  ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  )
})
