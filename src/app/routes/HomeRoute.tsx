import { useNavigate } from 'react-router-dom'
import { JournalList } from '../../features/journal/JournalList'
import { NewJournalForm } from '../../features/journal/NewJournalForm'
import { useT } from '../../i18n/i18n'
import { PageHeader } from '../../ui/PageHeader'

export function HomeRoute() {
  const t = useT()
  const navigate = useNavigate()
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('home.title')} intro={t('home.intro')} />
      <JournalList />
      <div className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-600 dark:bg-slate-800">
        <NewJournalForm onCreated={(journal) => navigate(`/j/${journal.id}`)} />
      </div>
    </div>
  )
}
