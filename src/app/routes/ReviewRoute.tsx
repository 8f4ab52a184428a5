import { ReviewExchange } from '../../features/review/ReviewExchange'
import { useT } from '../../i18n/i18n'
import { PageHeader } from '../../ui/PageHeader'

export function ReviewRoute() {
  const t = useT()
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t('exchange.title')} intro={t('exchange.intro')} />
      <ReviewExchange />
    </div>
  )
}
