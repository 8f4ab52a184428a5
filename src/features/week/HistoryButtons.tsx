import { useT } from '../../i18n/i18n'
import { Button } from '../../ui/Button'

/** Undo and redo of the week's edit history (Ctrl+Z, Ctrl+Shift+Z). */
export function HistoryButtons({
  canUndo,
  canRedo,
  onUndo,
  onRedo,
}: {
  canUndo: boolean
  canRedo: boolean
  onUndo: () => void
  onRedo: () => void
}) {
  const t = useT()
  return (
    <span className="flex gap-1">
      <Button
        aria-keyshortcuts="Control+Z"
        aria-label={t('history.undo')}
        title={t('history.undo')}
        disabled={!canUndo}
        onClick={onUndo}
      >
        ↶
      </Button>
      <Button
        aria-keyshortcuts="Control+Shift+Z"
        aria-label={t('history.redo')}
        title={t('history.redo')}
        disabled={!canRedo}
        onClick={onRedo}
      >
        ↷
      </Button>
    </span>
  )
}
