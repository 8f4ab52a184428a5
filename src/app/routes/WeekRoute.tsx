import { useQuery } from '@tanstack/react-query'
import { useNavigate, useParams, useSearchParams } from 'react-router-dom'
import { weekId } from '../../domain/ids'
import type { Lang } from '../../domain/types'
import { WeekView } from '../../features/week/WeekView'
import { useT } from '../../i18n/i18n'
import { journalQuery } from '../../queries/journals'
import { conflictQuery, weekQuery } from '../../queries/weeks'
import { NotFoundRoute } from './NotFoundRoute'

export function WeekRoute() {
  const { journalId = '', weekNumber = '' } = useParams()
  const number = Number(weekNumber)
  const valid = Number.isInteger(number) && number >= 1 && number <= 5000
  const t = useT()
  const navigate = useNavigate()
  const [search, setSearch] = useSearchParams()
  const journal = useQuery(journalQuery(journalId))
  const week = useQuery({ ...weekQuery(journalId, number), enabled: valid })
  const conflict = useQuery({ ...conflictQuery(weekId(journalId, number)), enabled: valid })

  if (!valid) return <NotFoundRoute message={t('notFound.week')} />
  if (journal.isPending || week.isPending || conflict.isPending) return <p>{t('common.loading')}</p>
  const error = journal.error ?? week.error ?? conflict.error
  if (error) return <p role="alert">{t('storage.readFailed', { reason: error.message })}</p>
  if (!journal.data) return <NotFoundRoute message={t('notFound.journal')} />

  const j = journal.data
  const stored = week.data
  const requested = search.get('lang')
  const lang: Lang =
    requested === 'en' || requested === 'vi'
      ? requested
      : stored
        ? (j.languages.find((l) => stored.content[l]) ?? (stored.content.en ? 'en' : 'vi'))
        : (j.languages[0] ?? 'en')

  return (
    <WeekView
      key={`${journalId}:${number}`}
      journal={j}
      number={number}
      stored={stored ?? null}
      conflict={conflict.data ?? null}
      lang={lang}
      onLangChange={(l) => setSearch({ lang: l }, { replace: true })}
      onOpenWeek={(n) => navigate(`/j/${journalId}/w/${n}`)}
    />
  )
}
