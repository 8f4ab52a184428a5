import { lazy, Suspense } from 'react'
import { useNavigate } from 'react-router-dom'
import { JournalList } from '../../features/journal/JournalList'
import { useT } from '../../i18n/i18n'
import { PageHeader } from '../../ui/PageHeader'

// The form to start a journal sits below the journals and loads right after them, keeping its fields, the
// page templates and the settings checks out of the first page's script.
const NewJournalForm = lazy(() =>
  import('../../features/journal/NewJournalForm').then((m) => ({ default: m.NewJournalForm })),
)

export function HomeRoute() {
  const t = useT()
  const navigate = useNavigate()
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('home.title')} intro={t('home.intro')} />
      <JournalList />
      <div className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-600 dark:bg-slate-800">
        <Suspense fallback={<p className="min-h-64">{t('common.loading')}</p>}>
          <NewJournalForm onCreated={(journal) => navigate(`/j/${journal.id}`)} />
        </Suspense>
      </div>
    </div>
  )
}
