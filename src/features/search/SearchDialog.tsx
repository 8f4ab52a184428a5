import { useEffect, useId, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { useT, useSay } from '../../i18n/i18n'
import { Dialog } from '../../ui/Dialog'
import { inputClass } from '../../ui/fields'
import { SearchResult } from './SearchResult'
import { hitAddress, RESULT_LIMIT, useWeekSearch } from './useWeekSearch'

/**
 * The search across weeks, as a modal: a combobox over the results. ↑/↓ move, Enter opens the week at
 * the match, Escape closes (the caller puts focus back where it was).
 */
export default function SearchDialog({
  journalId,
  onClose,
}: {
  journalId: string | null
  onClose: () => void
}) {
  const t = useT()
  const { sayError } = useSay()
  const navigate = useNavigate()
  const listId = useId()
  const hintId = useId()
  const search = useWeekSearch(journalId)
  const [active, setActive] = useState(0)
  const { hits } = search

  useEffect(() => setActive(0), [search.searchedFor])
  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView?.({ block: 'nearest' })
  }, [active, listId])

  const open = (index: number) => {
    const hit = hits[index]
    if (!hit) return
    onClose()
    void navigate(hitAddress(hit))
  }

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (hits.length === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((i) => (i + step + hits.length) % hits.length)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      onClose()
    } else if (event.key === 'Enter') {
      event.preventDefault()
      open(active)
    }
  }

  const trimmed = search.searchedFor.trim()
  return (
    <Dialog open title={t('search.label')} onClose={onClose}>
      <input
        type="search"
        role="combobox"
        autoFocus
        aria-label={t('search.label')}
        aria-describedby={hintId}
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? `${listId}-${active}` : undefined}
        placeholder={t(journalId ? 'search.placeholderJournal' : 'search.placeholderAll')}
        className={inputClass}
        value={search.query}
        onChange={(e) => search.setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
        {t('search.hint')}
      </p>
      <p role="status" className="text-sm">
        {search.status === 'pending' && t('search.reading')}
        {search.status === 'success' &&
          trimmed &&
          (hits.length === 0 ? t('search.none', { query: trimmed }) : t('search.count', { n: hits.length }))}
        {search.more && ` ${t('search.more', { n: RESULT_LIMIT })}`}
      </p>
      {search.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t('search.failed', { reason: sayError(search.error) })}
        </p>
      )}
      {hits.length > 0 && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t('search.results')}
          className="flex max-h-[60vh] flex-col gap-1 overflow-auto"
        >
          {hits.map((hit, index) => (
            <SearchResult
              key={`${hit.entry.journalId}:${hit.entry.weekNumber}:${hit.entry.lang}:${hit.entry.target}`}
              id={`${listId}-${index}`}
              hit={hit}
              active={index === active}
              owner={journalId ? undefined : search.owners.get(hit.entry.journalId)}
              onOpen={() => open(index)}
            />
          ))}
        </ul>
      )}
    </Dialog>
  )
}
