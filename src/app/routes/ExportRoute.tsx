import { ExportPanel } from '../../features/transfer/ExportPanel'
import { useT } from '../../i18n/i18n'
import { PageHeader } from '../../ui/PageHeader'
import { SaveToSite } from '../../features/site/SaveToSite'

export function ExportRoute() {
  const t = useT()
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t('export.title')} intro={t('export.intro')} />
      <ExportPanel
        siteSave={(journal, options) => <SaveToSite key={journal.id} journal={journal} options={options} />}
      />
    </div>
  )
}
