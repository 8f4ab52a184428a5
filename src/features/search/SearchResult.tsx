import { snippetOf, type SearchHit } from '../../domain/search'
import { useT } from '../../i18n/i18n'

/** One hit: its week, language and field, and the text around the match with the match marked. */
export function SearchResult({
  hit,
  id,
  active,
  owner,
  onOpen,
}: {
  hit: SearchHit
  id: string
  active: boolean
  /** The journal's intern, when several journals are searched. */
  owner: string | undefined
  onOpen: () => void
}) {
  const t = useT()
  const snippet = snippetOf(hit)
  const { entry } = hit
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      onClick={onOpen}
      className="cursor-pointer rounded border border-transparent px-2 py-1.5 text-sm aria-selected:border-blue-600 aria-selected:bg-blue-50 dark:aria-selected:bg-slate-700"
    >
      <span className="block text-xs font-medium text-slate-700 dark:text-slate-300">
        {owner ? `${owner} · ` : ''}
        {t('search.week', { n: entry.weekNumber })} · {t(`lang.${entry.lang}`)} ·{' '}
        {t(`search.field.${entry.field}`)}
      </span>
      <span className="block break-words">
        {snippet.before}
        <mark className="rounded bg-amber-200 px-0.5 text-slate-950">{snippet.match}</mark>
        {snippet.after}
      </span>
    </li>
  )
}
