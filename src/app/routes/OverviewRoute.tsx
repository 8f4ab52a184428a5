import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import { addDaysIso, weekMonday, weekNumberOn, todayIso } from '../../domain/dates'
import { journalProgress } from '../../domain/progress'
import { DeleteJournal } from '../../features/journal/DeleteJournal'
import { JournalSettingsDialog } from '../../features/journal/JournalSettingsDialog'
import { CalendarOverview } from '../../features/overview/CalendarOverview'
import { ProgressChart } from '../../features/overview/ProgressChart'
import { SectionPagePart } from '../../features/overview/SectionPagePart'
import { SaveToSite } from '../../features/site/SaveToSite'
import type { Lang } from '../../domain/types'
import { useI18n, useSay } from '../../i18n/i18n'
import { SelectField } from '../../ui/fields'
import { journalQuery } from '../../queries/journals'
import { unseenQuery } from '../../queries/unseen'
import { forgetJournalScreen, overviewScreen, rememberOverviewScreen } from '../../queries/screenSnapshot'
import { summariesQuery } from '../../queries/weeks'
import { UnseenBadge } from '../../ui/UnseenBadge'
import { NotFoundRoute } from './NotFoundRoute'

export function OverviewRoute() {
  const { journalId = '' } = useParams()
  const { t, formatDate } = useI18n()
  const { sayError } = useSay()
  const unseen = useQuery(unseenQuery(journalId))
  // The overview as it was last shown paints at once, inert, until the live read replaces it. The
  // snapshot is read only when the live data is not there yet.
  const journal = useQuery({
    ...journalQuery(journalId),
    placeholderData: () => overviewScreen(journalId)?.journal,
  })
  const summaries = useQuery({
    ...summariesQuery(journalId),
    placeholderData: () => {
      const kept = overviewScreen(journalId)?.summaries
      return kept && { items: kept, broken: [] }
    },
  })
  const live = !journal.isPlaceholderData && !summaries.isPlaceholderData
  const liveJournal = live ? journal.data : undefined
  const liveSummaries = live ? summaries.data?.items : undefined
  useEffect(() => {
    if (liveJournal === null) forgetJournalScreen(journalId)
    else if (liveJournal && liveSummaries) rememberOverviewScreen(liveJournal, liveSummaries)
  }, [journalId, liveJournal, liveSummaries])
  const [chosenLang, setLang] = useState<Lang | null>(null)
  if (journal.isPending || summaries.isPending) return <p>{t('common.loading')}</p>
  if (journal.error) return <p role="alert">{t('storage.readFailed', { reason: sayError(journal.error) })}</p>
  if (!journal.data) return <NotFoundRoute message={t('notFound.journal')} />
  const j = journal.data
  const items = summaries.data?.items ?? []
  const progress = journalProgress(items, j.plannedWeeks)
  const weeks = Math.max(j.plannedWeeks, items.at(-1)?.number ?? 0)
  const current = weekNumberOn(j.firstMonday, todayIso())
  // The section page's language: its week descriptions in the table, its title and intro below.
  const lang = chosenLang && j.languages.includes(chosenLang) ? chosenLang : (j.languages[0] ?? 'en')
  return (
    <div className="flex flex-col gap-5" inert={!live} data-snapshot={live ? undefined : ''}>
      <nav aria-label={t('nav.breadcrumb')} className="text-sm">
        <Link to="/" className="underline">
          {t('nav.journals')}
        </Link>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">
            {t('overview.title', { owner: j.owner })}
            <UnseenBadge count={unseen.data?.total} />
          </h1>
          <p className="text-slate-700 dark:text-slate-300">
            {j.mentor ? t('journal.mentoredBy', { mentor: j.mentor }) + ' · ' : ''}
            {formatDate(j.firstMonday)} – {formatDate(addDaysIso(weekMonday(j.firstMonday, weeks), 4))}
          </p>
        </div>
        {!j.readOnly && <JournalSettingsDialog journal={j} weekNumbers={items.map((s) => s.number)} />}
        {j.readOnly && (
          <Link to={`/j/${j.id}/review`} className="rounded-md border border-slate-400 px-3 py-1.5 text-sm">
            {t('review.dashboardLink')}
          </Link>
        )}
        {j.readOnly && (
          <Link
            to={`/review/${j.id}/print`}
            className="rounded-md border border-slate-400 px-3 py-1.5 text-sm"
          >
            {t('review.printLink')}
          </Link>
        )}
        {current && current <= weeks && (
          <Link
            to={`/j/${j.id}/w/${current}`}
            className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white dark:bg-blue-500 dark:text-slate-950"
          >
            {t('overview.openThisWeek', { n: current })}
          </Link>
        )}
      </div>
      <p className="text-sm">
        {t('overview.totals', {
          done: progress.tasks.done,
          total: progress.tasks.total,
          ticked: progress.achievements.done,
          items: progress.achievements.total,
          approved: progress.approved,
          weeks,
        })}
      </p>
      <ProgressChart summaries={items} weeks={weeks} />
      {(summaries.data?.broken.length ?? 0) > 0 && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t('storage.brokenWeeks', { n: summaries.data!.broken.length })}
        </p>
      )}
      {j.languages.length > 1 && (
        <div className="max-w-xs">
          <SelectField
            label={t('overview.descriptionsLang')}
            value={lang}
            onChange={(e) => setLang(e.target.value as Lang)}
          >
            {j.languages.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      <CalendarOverview journal={j} summaries={items} unseen={unseen.data?.byWeek} lang={lang} />
      <SectionPagePart journal={j} lang={lang} setLang={setLang} />
      <SaveToSite journal={j} />
      <div className="border-t border-slate-300 pt-4 dark:border-slate-700">
        <DeleteJournal journal={j} />
      </div>
    </div>
  )
}
