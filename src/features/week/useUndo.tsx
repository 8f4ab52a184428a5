import { useCallback, useEffect, useRef, useState } from 'react'
import { useT } from '../../i18n/i18n'
import { Button } from '../../ui/Button'

export const UNDO_WINDOW_MS = 8000

interface Offer {
  id: number
  message: string
  undo: () => void
}

/** Offers to undo the last deletion for a few seconds. */
export function useUndo() {
  const [offer, setOffer] = useState<Offer | null>(null)
  const counter = useRef(0)

  useEffect(() => {
    if (!offer) return
    const timer = setTimeout(() => setOffer(null), UNDO_WINDOW_MS)
    return () => clearTimeout(timer)
  }, [offer])

  const offerUndo = useCallback((message: string, undo: () => void) => {
    counter.current += 1
    setOffer({ id: counter.current, message, undo })
  }, [])

  const run = useCallback(() => {
    offer?.undo()
    setOffer(null)
  }, [offer])

  return { offer, offerUndo, run, dismiss: () => setOffer(null) }
}

export function UndoToast({
  offer,
  onUndo,
  onDismiss,
}: {
  offer: Offer | null
  onUndo: () => void
  onDismiss: () => void
}) {
  const t = useT()
  return (
    <div role="status" aria-live="polite" className="fixed bottom-4 left-1/2 z-20 -translate-x-1/2">
      {offer && (
        <div
          key={offer.id}
          className="flex items-center gap-3 rounded-lg bg-slate-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
        >
          <span>{offer.message}</span>
          <Button size="sm" variant="primary" onClick={onUndo}>
            {t('undo.action')}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            className="text-white dark:text-slate-900"
            aria-label={t('common.dismiss')}
            onClick={onDismiss}
          >
            ✕
          </Button>
        </div>
      )}
    </div>
  )
}
