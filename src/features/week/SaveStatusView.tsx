import type { SaveStatus } from '../../persistence/weekSaver'
import { useT } from '../../i18n/i18n'

export function SaveStatusView({ status }: { status: SaveStatus }) {
  const t = useT()
  const text =
    status.kind === 'saved'
      ? t('save.saved')
      : status.kind === 'pending' || status.kind === 'saving'
        ? t('save.saving')
        : status.kind === 'retrying'
          ? status.reason === 'quota'
            ? t('save.quota')
            : t('save.retrying')
          : status.kind === 'conflict'
            ? t('save.conflict')
            : t('save.readOnly')
  const tone =
    status.kind === 'saved'
      ? 'text-emerald-800 dark:text-emerald-300'
      : status.kind === 'retrying' || status.kind === 'conflict'
        ? 'text-red-700 dark:text-red-300 font-semibold'
        : 'text-slate-700 dark:text-slate-300'
  return (
    <p role="status" aria-live="polite" className={`text-sm ${tone}`} data-save-status={status.kind}>
      {text}
    </p>
  )
}
