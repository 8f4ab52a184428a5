import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router-dom'
import { Evaluation } from '../../features/review/Evaluation'
import { useT } from '../../i18n/i18n'
import { journalQuery } from '../../queries/journals'
import { NotFoundRoute } from './NotFoundRoute'

/** `/review/:journalId/print`: one intern's evaluation, to print. */
export function EvaluationRoute() {
  const { journalId = '' } = useParams()
  const t = useT()
  const journal = useQuery(journalQuery(journalId))
  if (journal.isPending) return <p>{t('common.loading')}</p>
  if (!journal.data) return <NotFoundRoute message={t('notFound.journal')} />
  return <Evaluation journal={journal.data} />
}
