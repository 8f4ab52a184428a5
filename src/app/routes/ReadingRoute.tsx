import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router-dom'
import { ReadingView } from '../../features/review/ReadingView'
import { useT } from '../../i18n/i18n'
import { journalQuery } from '../../queries/journals'
import { NotFoundRoute } from './NotFoundRoute'

/** `/review/:journalId/w/:weekNumber`: the mentor reads one week of an intern. */
export function ReadingRoute() {
  const { journalId = '', weekNumber = '' } = useParams()
  const number = Number(weekNumber)
  const t = useT()
  const journal = useQuery(journalQuery(journalId))
  if (!Number.isInteger(number) || number < 1 || number > 5000)
    return <NotFoundRoute message={t('notFound.week')} />
  if (journal.isPending) return <p>{t('common.loading')}</p>
  if (!journal.data) return <NotFoundRoute message={t('notFound.journal')} />
  return <ReadingView key={journal.data.id} journal={journal.data} number={number} />
}
