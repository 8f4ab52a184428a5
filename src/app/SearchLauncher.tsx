import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import { useMatch } from 'react-router-dom'
import { useT } from '../i18n/i18n'

// The search (its index, results and dialog) loads the first time it is opened.
const SearchDialog = lazy(() => import('../features/search/SearchDialog'))

/** A key press typed into a field is text, not a shortcut. */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/**
 * The header's search button and the `/` shortcut. Inside a journal it searches that journal's weeks,
 * elsewhere every journal's; closing puts focus back where it was.
 */
export function SearchLauncher() {
  const t = useT()
  const inJournal = useMatch('/j/:journalId/*')
  const journalId = inJournal?.params.journalId ?? null
  const [open, setOpen] = useState(false)
  const returnFocus = useRef<HTMLElement | null>(null)

  const show = useCallback(() => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setOpen(true)
  }, [])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      if (typingInField(event.target) || document.querySelector('dialog[open]')) return
      event.preventDefault()
      show()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [show])

  const close = useCallback(() => {
    setOpen(false)
    const back = returnFocus.current
    returnFocus.current = null
    // After the dialog has closed, so that the native dialog's own focus handling does not win.
    requestAnimationFrame(() => {
      if (back?.isConnected) back.focus()
    })
  }, [])

  return (
    <>
      <button
        type="button"
        aria-keyshortcuts="/"
        aria-haspopup="dialog"
        title={t('search.shortcut')}
        onClick={show}
        className="rounded-md border border-slate-400 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-500 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        {t('search.open')} <kbd className="ml-1 rounded border border-slate-400 px-1 text-xs">/</kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog key={journalId ?? '*'} journalId={journalId} onClose={close} />
        </Suspense>
      )}
    </>
  )
}
