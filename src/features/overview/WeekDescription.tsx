import { useEffect, useId, useRef, useState } from 'react'
import { useT } from '../../i18n/i18n'
import { inputClass } from '../../ui/fields'

export interface WeekDescriptionProps {
  number: number
  description: string
  /** Absent in a read-only journal: the description is shown, not edited. */
  onSave?: (number: number, description: string) => void
}

/**
 * A week's one-line description on the section page, edited in place: the button (or Enter on it)
 * opens a field; Enter saves, Escape cancels, and focus goes back to the button.
 */
export function WeekDescription({ number, description, onSave }: WeekDescriptionProps) {
  const t = useT()
  const hintId = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const refocus = useRef(false)
  useEffect(() => {
    if (draft === null && refocus.current) {
      refocus.current = false
      button.current?.focus()
    }
  }, [draft])
  const close = (save: boolean) => {
    if (draft === null) return
    const text = draft.replace(/\s+/g, ' ').trim()
    if (save && onSave && text !== description) onSave(number, text)
    refocus.current = true
    setDraft(null)
  }
  if (draft !== null)
    return (
      <span className="flex flex-col gap-0.5">
        <input
          autoFocus
          aria-label={t('overview.description', { n: number })}
          aria-describedby={hintId}
          className={inputClass}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              close(true)
            } else if (e.key === 'Escape') {
              e.preventDefault()
              e.stopPropagation()
              close(false)
            }
          }}
          onBlur={() => close(true)}
        />
        <span id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {t('overview.descriptionHint')}
        </span>
      </span>
    )
  const shown = description || t('overview.noDescription')
  const tone = description ? '' : 'italic text-slate-600 dark:text-slate-400'
  if (!onSave) return <span className={`text-xs break-words ${tone}`}>{shown}</span>
  return (
    <button
      ref={button}
      type="button"
      data-week-description={number}
      aria-label={`${t('overview.editDescription', { n: number })}: ${shown}`}
      onClick={() => setDraft(description)}
      className={`min-h-6 rounded text-left text-xs break-words whitespace-normal underline decoration-dotted underline-offset-2 hover:bg-slate-100 dark:hover:bg-slate-700 ${tone}`}
    >
      {shown}
    </button>
  )
}
