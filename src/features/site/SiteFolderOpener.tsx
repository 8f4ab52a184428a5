import { SaidError, type Message } from '../../domain/messages'
import { useState, type ReactNode } from 'react'
import type { ImportedPages } from '../../domain/transferResults'
import type { Journal } from '../../domain/types'
import { useT, useSay } from '../../i18n/i18n'
import { openSiteFolder, useRememberSiteFolder, type OpenedSiteFolder } from '../../queries/siteFolder'
import { siteFolderSupported } from '../../queries/siteFolderFiles'
import { analyseImport } from '../../queries/transfer'
import { Button } from '../../ui/Button'

export interface SitePreviewSlot {
  imported: ImportedPages
  unreadable: { path: string; message: string; said: Message }[]
  /** Called once the pages are imported: the folder is then remembered for that journal. */
  onImported: (journal: Journal) => void
  onCancel: () => void
}

type Opened = { folder: OpenedSiteFolder; imported: ImportedPages; unreadable: SitePreviewSlot['unreadable'] }

/**
 * "Open my site folder": reads the worklog pages of the picked folder into the usual import preview
 * (composed in by the route) and, once imported, remembers the folder for "Save to site".
 */
export function SiteFolderOpener({ preview }: { preview: (slot: SitePreviewSlot) => ReactNode }) {
  const t = useT()
  const { sayError } = useSay()
  const [opened, setOpened] = useState<Opened | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const [picks, setPicks] = useState(0)
  const remember = useRememberSiteFolder()
  const [rememberedFor, setRememberedFor] = useState<{ folder: string; owner: string } | null>(null)

  const open = async () => {
    setError('')
    setRememberedFor(null)
    setBusy(true)
    try {
      const folder = await openSiteFolder()
      if (!folder) return
      const analysis = await analyseImport(folder.sources)
      if (analysis.kind === 'timedOut') throw new Error(t('import.timedOut', { seconds: analysis.seconds }))
      if (analysis.kind !== 'pages')
        throw analysis.kind === 'refused' ? new SaidError(analysis.said) : new Error('')
      setPicks((n) => n + 1)
      setOpened({ folder, imported: analysis.imported, unreadable: analysis.unreadable })
    } catch (failure) {
      setOpened(null)
      setError(sayError(failure))
    } finally {
      setBusy(false)
    }
  }
  const imported = (journal: Journal) => {
    if (!opened) return
    remember.mutate(
      { journalId: journal.id, opened: opened.folder },
      { onSuccess: () => setRememberedFor({ folder: opened.folder.label, owner: journal.owner }) },
    )
  }

  return (
    <section
      aria-labelledby="site-open-heading"
      className="flex flex-col gap-3 rounded-lg border border-slate-300 p-3 dark:border-slate-600"
    >
      <h2 id="site-open-heading" className="font-semibold">
        {t('site.title')}
      </h2>
      {siteFolderSupported() ? (
        <>
          <p className="text-xs text-slate-700 dark:text-slate-300">{t('site.openHint')}</p>
          <Button className="self-start" disabled={busy} onClick={() => void open()}>
            {t('site.open')}
          </Button>
        </>
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('site.unsupported')}</p>
      )}
      <div role="status" aria-live="polite" className="text-sm">
        {busy && t('site.reading')}
        {rememberedFor && t('site.remembered', rememberedFor)}
      </div>
      {(error || remember.error) && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
          {t('site.failed', { reason: error || (remember.error ? sayError(remember.error) : '') })}
        </p>
      )}
      {opened && (
        <div key={picks}>
          {preview({
            imported: opened.imported,
            unreadable: opened.unreadable,
            onImported: imported,
            onCancel: () => setOpened(null),
          })}
        </div>
      )}
    </section>
  )
}
