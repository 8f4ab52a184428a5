import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Link } from 'react-router-dom'
import { addDaysIso, weekMonday } from '../../domain/dates'
import { journalProgress, ratio } from '../../domain/progress'
import type { Journal, WeekSummary } from '../../domain/types'
import { useI18n, useSay } from '../../i18n/i18n'
import { allSummariesQuery, journalsQuery } from '../../queries/journals'
import { unseenQuery } from '../../queries/unseen'
import { homeScreen, rememberHomeScreen } from '../../queries/screenSnapshot'
import { ProgressBar } from '../../ui/ProgressBar'
import { UnseenBadge } from '../../ui/UnseenBadge'

/** The journals, one card each, with their progress at a glance. */
export function JournalList() {
  const { t } = useI18n()
  const { sayError } = useSay()
  // The journals as last shown paint at once, inert, until the live read replaces them.
  const journals = useQuery({
    ...journalsQuery(),
    placeholderData: () => {
      const kept = homeScreen()
      return kept ? { items: kept.journals, broken: [] } : undefined
    },
  })
  const summaries = useQuery({
    ...allSummariesQuery(),
    placeholderData: () => {
      const kept = homeScreen()
      return kept ? { items: kept.summaries, broken: [] } : undefined
    },
  })
  const live = !journals.isPlaceholderData && !summaries.isPlaceholderData
  const liveJournals = live ? journals.data?.items : undefined
  const liveSummaries = live ? summaries.data?.items : undefined
  useEffect(() => {
    if (liveJournals && liveSummaries) rememberHomeScreen(liveJournals, liveSummaries)
  }, [liveJournals, liveSummaries])
  if (journals.isPending) return <p>{t('common.loading')}</p>
  if (journals.error)
    return <p role="alert">{t('storage.readFailed', { reason: sayError(journals.error) })}</p>
  const { items, broken } = journals.data
  const byJournal = new Map<string, WeekSummary[]>()
  for (const summary of summaries.data?.items ?? []) {
    byJournal.set(summary.journalId, [...(byJournal.get(summary.journalId) ?? []), summary])
  }
  return (
    <section
      aria-labelledby="journals-heading"
      className="flex flex-col gap-3"
      inert={!live}
      data-snapshot={live ? undefined : ''}
    >
      <h2 id="journals-heading" className="text-lg font-semibold">
        {t('home.journals')}
      </h2>
      {items.length === 0 && <p className="text-slate-700 dark:text-slate-300">{t('home.empty')}</p>}
      <ul className="grid gap-3 md:grid-cols-2">
        {items.map((journal) => (
          <JournalCard key={journal.id} journal={journal} summaries={byJournal.get(journal.id) ?? []} />
        ))}
      </ul>
      {broken.length > 0 && (
        <div role="alert" className="rounded-md border border-red-600 p-2 text-sm">
          <p className="font-semibold">{t('storage.brokenJournals', { n: broken.length })}</p>
          <ul className="list-disc pl-5">
            {broken.map((b) => (
              <li key={b.key}>{sayError(b)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}

function JournalCard({ journal, summaries }: { journal: Journal; summaries: WeekSummary[] }) {
  const { t, formatDate } = useI18n()
  const progress = journalProgress(summaries, journal.plannedWeeks)
  const unseen = useQuery(unseenQuery(journal.id))
  const lastDay = addDaysIso(weekMonday(journal.firstMonday, journal.plannedWeeks), 4)
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-600 dark:bg-slate-800">
      <h3 className="text-base font-semibold">
        <Link
          to={`/j/${journal.id}`}
          className="underline decoration-slate-400 underline-offset-2 hover:decoration-2"
        >
          {journal.owner}
        </Link>
        <UnseenBadge count={unseen.data?.total} />
        {journal.readOnly && (
          <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs dark:bg-slate-700">
            {t('journal.readOnlyBadge')}
          </span>
        )}
      </h3>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {journal.mentor ? t('journal.mentoredBy', { mentor: journal.mentor }) + ' · ' : ''}
        {formatDate(journal.firstMonday)} – {formatDate(lastDay)}
      </p>
      <p className="text-sm">
        {t('journal.progressLine', {
          weeks: progress.weeksStarted,
          planned: journal.plannedWeeks,
          done: progress.tasks.done,
          total: progress.tasks.total,
        })}
      </p>
      <ProgressBar
        value={ratio(progress.tasks)}
        label={t('journal.tasksProgress', { owner: journal.owner })}
      />
    </li>
  )
}
