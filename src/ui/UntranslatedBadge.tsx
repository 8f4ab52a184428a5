import { useT } from '../i18n/i18n'

/** Marks an element added in the other language and not translated yet (its text is the other language's). */
export function UntranslatedBadge({ show }: { show: boolean | undefined }) {
  const t = useT()
  if (!show) return null
  return (
    <span
      title={t('week.untranslatedHint')}
      className="shrink-0 self-center rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-50"
    >
      {t('week.untranslated')}
    </span>
  )
}
