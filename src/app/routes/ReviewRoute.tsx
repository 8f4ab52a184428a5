import { CohortBoard } from '../../features/review/CohortBoard'
import { ReviewExchange } from '../../features/review/ReviewExchange'
import { useT } from '../../i18n/i18n'
import { useReviewT } from '../../i18n/useReviewT'
import { PageHeader } from '../../ui/PageHeader'

/** The mentor's start: the cohort board, then the file exchange (open packages, send feedback). */
export function ReviewRoute() {
  const t = useT()
  const rt = useReviewT()
  return (
    <div className="flex min-w-0 flex-col gap-6">
      <PageHeader title={t('nav.review')} intro={rt('board.intro')} />
      <CohortBoard />
      <section aria-labelledby="exchange-heading" className="flex flex-col gap-4">
        <div>
          <h2 id="exchange-heading" className="text-xl font-bold">
            {t('exchange.title')}
          </h2>
          <p className="text-slate-700 dark:text-slate-300">{t('exchange.intro')}</p>
        </div>
        <ReviewExchange />
      </section>
    </div>
  )
}
