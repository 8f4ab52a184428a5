import { ImportPanel } from '../../features/transfer/ImportPanel'
import { useT } from '../../i18n/i18n'

export function ImportRoute() {
  const t = useT()
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t('import.title')}</h1>
        <p className="text-slate-700 dark:text-slate-300">{t('import.intro')}</p>
      </div>
      <ImportPanel />
    </div>
  )
}
