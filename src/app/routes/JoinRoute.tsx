import { JoinScreen } from '../../features/join/JoinScreen'
import { useT } from '../../i18n/i18n'
import { PageHeader } from '../../ui/PageHeader'

export function JoinRoute() {
  const t = useT()
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t('join.title')} intro={t('join.intro')} />
      <JoinScreen />
    </div>
  )
}
