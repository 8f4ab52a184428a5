import { ExportPanel } from '../../features/transfer/ExportPanel'
import { useT } from '../../i18n/i18n'

export function ExportRoute() {
  const t = useT()
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t('export.title')}</h1>
        <p className="text-slate-700 dark:text-slate-300">{t('export.intro')}</p>
      </div>
      <ExportPanel />
    </div>
  )
}
