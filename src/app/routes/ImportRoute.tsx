import { SiteFolderOpener } from '../../features/site/SiteFolderOpener'
import { ImportPanel } from '../../features/transfer/ImportPanel'
import { PagesPreview } from '../../features/transfer/PagesPreview'
import { useT } from '../../i18n/i18n'
import { PageHeader } from '../../ui/PageHeader'

export function ImportRoute() {
  const t = useT()
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t('import.title')} intro={t('import.intro')} />
      <SiteFolderOpener preview={(slot) => <PagesPreview {...slot} />} />
      <ImportPanel />
    </div>
  )
}
