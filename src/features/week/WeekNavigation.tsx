import { Link } from 'react-router-dom'
import { LANGS, type Lang } from '../../domain/types'
import { useT } from '../../i18n/i18n'

/** Previous / next week, and the tabs of the week's language versions (`present`: those that exist). */
export function WeekNavigation({
  journalId,
  number,
  lang,
  present,
  onLangChange,
}: {
  journalId: string
  number: number
  lang: Lang
  present: Lang[]
  onLangChange: (lang: Lang) => void
}) {
  const t = useT()
  return (
    <>
      <nav aria-label={t('week.navigation')} className="flex gap-2">
        {number > 1 ? (
          <Link
            className="rounded-md border border-slate-400 px-3 py-1.5 text-sm"
            to={`/j/${journalId}/w/${number - 1}`}
            rel="prev"
          >
            ← {t('week.previous')}
          </Link>
        ) : null}
        <Link
          className="rounded-md border border-slate-400 px-3 py-1.5 text-sm"
          to={`/j/${journalId}/w/${number + 1}`}
          rel="next"
        >
          {t('week.next')} →
        </Link>
      </nav>
      <div role="tablist" aria-label={t('week.languages')} className="ml-auto flex gap-1">
        {LANGS.map((l) => (
          <button
            key={l}
            type="button"
            role="tab"
            aria-selected={l === lang}
            onClick={() => onLangChange(l)}
            className="rounded-md px-3 py-1.5 text-sm aria-selected:bg-slate-900 aria-selected:text-white dark:aria-selected:bg-slate-100 dark:aria-selected:text-slate-900"
          >
            {t(`lang.${l}`)}
            {!present.includes(l) && <span className="sr-only"> ({t('week.langMissing')})</span>}
          </button>
        ))}
      </div>
    </>
  )
}
