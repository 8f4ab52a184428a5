import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router-dom'
import { ReviewDashboard } from '../../features/review/ReviewDashboard'
import { useT } from '../../i18n/i18n'
import { journalQuery } from '../../queries/journals'
import { NotFoundRoute } from './NotFoundRoute'

export function JournalReviewRoute() {
  const { journalId = '' } = useParams()
  const t = useT()
  const journal = useQuery(journalQuery(journalId))
  if (journal.isPending) return <p>{t('common.loading')}</p>
  if (!journal.data) return <NotFoundRoute message={t('notFound.journal')} />
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t('nav.breadcrumb')} className="text-sm">
        <Link to="/review" className="underline">
          {t('nav.review')}
        </Link>
        {' › '}
        <Link to={`/j/${journalId}`} className="underline">
          {journal.data.owner}
        </Link>
        {' · '}
        <Link to={`/review/${journalId}/print`} className="underline">
          {t('review.printLink')}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold">{t('review.dashboardTitle', { owner: journal.data.owner })}</h1>
      {/* The dashboard's table scrolls inside its own box on a phone, not the whole page. */}
      <div className="min-w-0 overflow-x-auto">
        <ReviewDashboard journal={journal.data} />
      </div>
    </div>
  )
}
