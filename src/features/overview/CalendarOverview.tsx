import { useQuery } from '@tanstack/react-query'
import { memo, startTransition, useCallback, useEffect, useRef, useState } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import { formatDayMonthYear, weekMonday, weekNumberOn, addDaysIso, todayIso } from '../../domain/dates'
import type { Journal, Lang, WeekSummary } from '../../domain/types'
import { WORKDAYS } from '../../domain/types'
import { UnseenBadge } from '../../ui/UnseenBadge'
import { useT } from '../../i18n/i18n'
import { sectionContentQuery, useSaveSectionContent } from '../../queries/sectionPage'
import { InlineMarkdown } from '../../ui/InlineMarkdown'
import { reviewTone, statusDot } from '../../ui/statusColors'
import { useMediaQuery } from '../../ui/useMediaQuery'
import { WeekCards, type WeekEntryProps } from './WeekCards'
import { WeekDescription } from './WeekDescription'

const NO_DESCRIPTIONS: Record<string, string> = {}

/** Rows rendered at once: more than a screenful. */
const FIRST_ROWS = 16
/** Rows added each time the end of the rendered rows comes near the viewport. */
const MORE_ROWS = 16

/**
 * Every week of the internship as a row (as a card on a narrow screen): its Monday–Friday cells, review state and counts.
 * A long internship (hundreds of weeks) is rendered incrementally: the first rows (and the current
 * week) at once, then more as the end of the table scrolls near, so that opening the overview costs
 * the same for 12 weeks as for 520. The table's aria-rowcount gives the full count meanwhile.
 */
export function CalendarOverview({
  journal,
  summaries,
  unseen,
  lang,
}: {
  journal: Journal
  summaries: WeekSummary[]
  /** Per week, the comments and decisions of the other side not seen yet. */
  unseen?: Map<number, number>
  /** The language whose week descriptions (section page lines) are shown and edited. */
  lang: Lang
}) {
  const t = useT()
  const byNumber = new Map(summaries.map((s) => [s.number, s]))
  const count = Math.max(journal.plannedWeeks, summaries.at(-1)?.number ?? 0)
  const current = weekNumberOn(journal.firstMonday, todayIso())
  const [shown, setShown] = useState(() =>
    typeof IntersectionObserver === 'undefined'
      ? Infinity
      : Math.max(FIRST_ROWS, current !== null && current <= count ? current + 2 : 0),
  )
  const rendered = Math.min(count, shown)
  const numbers = Array.from({ length: rendered }, (_, i) => i + 1)
  const wide = useMediaQuery('(min-width: 48rem)')
  const descriptions = useQuery(sectionContentQuery(journal, lang)).data?.weeks ?? NO_DESCRIPTIONS
  const onDescribe = useDescribeWeek(journal.id, lang)
  const describe = journal.readOnly ? undefined : onDescribe
  const sentinel = useRef<HTMLTableRowElement & HTMLLIElement>(null)
  useEffect(() => {
    const node = sentinel.current
    if (!node) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting))
          startTransition(() => setShown((n) => n + MORE_ROWS))
      },
      { rootMargin: '0px 0px 600px 0px' },
    )
    observer.observe(node)
    return () => observer.disconnect()
  }, [rendered, wide])
  if (!wide) {
    const weeks = numbers.map((n) => ({
      number: n,
      monday: weekMonday(journal.firstMonday, n),
      summary: byNumber.get(n),
      isCurrent: n === current,
      description: descriptions[String(n)] ?? '',
      unseen: unseen?.get(n),
    }))
    return (
      <WeekCards
        journalId={journal.id}
        owner={journal.owner}
        weeks={weeks}
        onDescribe={describe}
        sentinel={rendered < count ? sentinel : null}
      />
    )
  }
  return (
    <table className="w-full table-fixed border-collapse text-sm" aria-rowcount={count + 1}>
      <caption className="sr-only">{t('overview.caption', { owner: journal.owner })}</caption>
      <thead>
        <tr aria-rowindex={1} className="border-b border-slate-300 text-left dark:border-slate-600">
          <th scope="col" className="w-32 p-2">
            {t('overview.week')}
          </th>
          {WORKDAYS.map((day) => (
            <th key={day} scope="col" className="p-2">
              {t(`dayShort.${day}`)}
            </th>
          ))}
          <th scope="col" className="w-36 p-2">
            {t('overview.review')}
          </th>
          <th scope="col" className="w-24 p-2">
            {t('overview.tasks')}
          </th>
          <th scope="col" className="w-24 p-2">
            {t('overview.achievements')}
          </th>
        </tr>
      </thead>
      <tbody>
        {numbers.map((n) => (
          <WeekRow
            key={n}
            journalId={journal.id}
            number={n}
            monday={weekMonday(journal.firstMonday, n)}
            summary={byNumber.get(n)}
            isCurrent={n === current}
            description={descriptions[String(n)] ?? ''}
            onDescribe={describe}
            unseen={unseen?.get(n)}
          />
        ))}
        {rendered < count && (
          <tr ref={sentinel} aria-hidden>
            <td colSpan={8} className="h-16" />
          </tr>
        )}
      </tbody>
    </table>
  )
}

/** Saves one week's description on the section page, in the language shown. */
function useDescribeWeek(journalId: string, lang: Lang) {
  const { mutate } = useSaveSectionContent()
  return useCallback(
    (number: number, description: string) =>
      mutate({
        journalId,
        lang,
        change: (content) => ({ ...content, weeks: { ...content.weeks, [String(number)]: description } }),
      }),
    [mutate, journalId, lang],
  )
}

const WeekRow = memo(function WeekRow({
  journalId,
  number,
  monday,
  summary,
  isCurrent,
  description,
  onDescribe,
  unseen,
}: WeekEntryProps) {
  const t = useT()
  const navigate = useNavigate()
  const href = `/j/${journalId}/w/${number}`
  const status = summary?.reviewStatus ?? 'draft'
  return (
    <tr
      aria-rowindex={number + 1}
      aria-current={isCurrent ? 'date' : undefined}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('a, button, input')) navigate(href)
      }}
      className="week-row cursor-pointer border-b border-slate-200 align-top hover:bg-slate-50 aria-[current=date]:bg-blue-50 dark:border-slate-700 dark:hover:bg-slate-800 dark:aria-[current=date]:bg-slate-800"
    >
      <th scope="row" className="p-2 text-left font-normal whitespace-nowrap">
        <Link to={href} className="font-semibold underline decoration-slate-400 underline-offset-2">
          {t('overview.weekN', { n: number })}
        </Link>
        <UnseenBadge count={unseen} />
        {isCurrent && (
          <span className="ml-1 rounded bg-blue-700 px-1 text-xs text-white">{t('overview.thisWeek')}</span>
        )}
        <div className="text-xs text-slate-600 dark:text-slate-400">
          {formatDayMonthYear(monday).slice(0, 5)} – {formatDayMonthYear(addDaysIso(monday, 4)).slice(0, 5)}
        </div>
        <div className="mt-1 whitespace-normal">
          <WeekDescription number={number} description={description} onSave={onDescribe} />
        </div>
      </th>
      {WORKDAYS.map((day) => (
        <td key={day} className="max-w-40 p-1">
          <ul className="flex flex-col gap-0.5">
            {summary?.tasks
              .filter((task) => task.day === day)
              .map((task, i) => (
                <li key={i} className="flex items-start gap-1 text-xs" title={t(`status.${task.status}`)}>
                  <span
                    aria-hidden
                    className={`mt-1 size-2 shrink-0 rounded-full ${statusDot[task.status]}`}
                  />
                  <span className="line-clamp-2 break-words">
                    {task.title ? <InlineMarkdown text={task.title} /> : t('task.untitled')}
                    <span className="sr-only"> ({t(`status.${task.status}`)})</span>
                  </span>
                </li>
              ))}
          </ul>
        </td>
      ))}
      <td className="p-2">
        <span className={`rounded px-1.5 py-0.5 text-xs whitespace-nowrap ${reviewTone[status]}`}>
          {t(`review.${status}`)}
        </span>
      </td>
      <td className="p-2 whitespace-nowrap">
        {summary ? `${summary.tasksDone} / ${summary.tasksTotal}` : '–'}
      </td>
      <td className="p-2 whitespace-nowrap">
        {summary ? `${summary.achievementsTicked} / ${summary.achievementsTotal}` : '–'}
      </td>
    </tr>
  )
})
