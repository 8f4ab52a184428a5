import { lazy, Suspense, useEffect, useState } from 'react'
import { Link, NavLink, Outlet } from 'react-router-dom'
import { useT } from '../i18n/i18n'
import { useRemoteSync } from '../queries/remoteSync'
import { onDatabaseBlocked, requestPersistence, type PersistState } from '../queries/storageHealth'
import { registerServiceWorker } from './serviceWorker'
import { SearchLauncher } from './SearchLauncher'
import { SettingsMenu } from './SettingsMenu'

// The sync status is read after the first paint: it needs the memberships, and only some browsers have one.
const SyncStatus = lazy(() => import('./SyncStatus').then((m) => ({ default: m.SyncStatus })))

export function Layout() {
  const t = useT()
  useRemoteSync()
  const [persist, setPersist] = useState<PersistState | null>(null)
  const [blocked, setBlocked] = useState<'blocked' | 'blocking' | 'terminated' | null>(null)
  const [update, setUpdate] = useState<{ activate: () => void } | null>(null)

  useEffect(() => {
    void requestPersistence().then(setPersist)
    registerServiceWorker((activate) => setUpdate({ activate }))
    return onDatabaseBlocked(setBlocked)
  }, [])

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-30 focus:bg-white focus:p-2 dark:focus:bg-slate-900"
      >
        {t('nav.skip')}
      </a>
      <header className="border-b border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-950">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link to="/" className="text-lg font-bold">
            {t('app.name')}
          </Link>
          <nav aria-label={t('nav.main')} className="flex flex-wrap gap-x-1 text-sm">
            <NavLink
              to="/"
              end
              className="inline-flex min-h-8 items-center rounded px-1.5 underline-offset-4 aria-[current=page]:font-semibold aria-[current=page]:underline"
            >
              {t('nav.journals')}
            </NavLink>
            <NavLink
              to="/review"
              className="inline-flex min-h-8 items-center rounded px-1.5 underline-offset-4 aria-[current=page]:font-semibold aria-[current=page]:underline"
            >
              {t('nav.review')}
            </NavLink>
            <NavLink
              to="/import"
              className="inline-flex min-h-8 items-center rounded px-1.5 underline-offset-4 aria-[current=page]:font-semibold aria-[current=page]:underline"
            >
              {t('nav.import')}
            </NavLink>
            <NavLink
              to="/export"
              className="inline-flex min-h-8 items-center rounded px-1.5 underline-offset-4 aria-[current=page]:font-semibold aria-[current=page]:underline"
            >
              {t('nav.export')}
            </NavLink>
          </nav>
          <SearchLauncher />
          <Suspense fallback={null}>
            <SyncStatus />
          </Suspense>
          <SettingsMenu />
        </div>
      </header>
      {blocked && (
        <p role="alert" className="bg-amber-100 p-3 text-center text-sm text-amber-950">
          {t(`storage.${blocked}`)}
        </p>
      )}
      {update && (
        <div
          role="status"
          className="flex items-center justify-center gap-3 bg-blue-100 p-2 text-sm text-blue-950"
        >
          {t('app.updateReady')}
          <button
            type="button"
            className="min-h-11 rounded-md bg-blue-800 px-3 py-1 font-medium text-white"
            onClick={update.activate}
          >
            {t('app.reloadToUpdate')}
          </button>
        </div>
      )}
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        <Suspense fallback={<p>{t('common.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="border-t border-slate-300 px-4 py-2 text-center text-xs text-slate-700 dark:border-slate-700 dark:text-slate-300">
        {persist && <span data-persist={persist}>{t(`storage.persist.${persist}`)}</span>}
      </footer>
    </div>
  )
}
