import { Link } from 'react-router-dom'
import { useI18n } from '../i18n/i18n'
import { useSyncSession } from '../queries/sync'

/** The sync of shared journals, when this browser has joined a server: connected or not, last synced. */
export function SyncStatus() {
  const { t, lang } = useI18n()
  const sessions = useSyncSession()
  if (sessions.length === 0) return null
  return (
    <div className="flex flex-wrap gap-2 text-xs">
      {sessions.map(({ membership, status }) => {
        const state = status === 'other-tab' ? 'other-tab' : status.state
        const last =
          status !== 'other-tab' && status.lastSyncedAt
            ? new Date(status.lastSyncedAt).toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB')
            : null
        return (
          <Link
            key={membership.id}
            to="/join"
            role="status"
            data-sync-state={state}
            className="rounded border border-slate-300 px-1.5 py-0.5 dark:border-slate-600"
          >
            {t(`sync.state.${state}`, { cohort: membership.identity.cohortName })}
            {last && ` · ${t('sync.lastSynced', { time: last })}`}
          </Link>
        )
      })}
    </div>
  )
}
