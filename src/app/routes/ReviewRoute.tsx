import { ReviewExchange } from '../../features/review/ReviewExchange'
import { useT } from '../../i18n/i18n'

export function ReviewRoute() {
  const t = useT()
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t('exchange.title')}</h1>
        <p className="text-slate-700 dark:text-slate-300">{t('exchange.intro')}</p>
      </div>
      <ReviewExchange />
    </div>
  )
}
