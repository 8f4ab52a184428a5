import { useState, type ReactNode } from 'react'
import { addDaysIso, formatDayMonthYear, parseDayMonthYear } from '../domain/dates'
import { useT } from '../i18n/i18n'
import { TextField } from './fields'

interface Props {
  label: ReactNode
  /** An ISO date, or '' for none. */
  value: string
  /** Called with an ISO date when the text is one, '' when it is emptied, and the text itself when it is not a date. */
  onChange: (value: string) => void
  error?: ReactNode
  hint?: ReactNode
  readOnly?: boolean
  required?: boolean
}

/**
 * A date typed as dd/MM/yyyy in every language (the worklog pages' form): a text field, so that typing
 * 20/10/2025 (or 20102025, or 20.10.2025) just works; ↑ / ↓ step a day, Shift+↑ / Shift+↓ a week.
 * Text that is not a date is flagged once the field is left, and is not passed on as a date.
 */
export function DateField({ label, value, onChange, error, hint, readOnly, required }: Props) {
  const t = useT()
  // `value` is the prop as last seen, `emitted` what this field last passed on.
  const [shown, setShown] = useState({ value, emitted: value, text: formatDayMonthYear(value) })
  const [left, setLeft] = useState(false)
  if (value !== shown.value) {
    // A new value from outside (a task moved to another day, an undo) replaces what is shown.
    const fromOutside = value !== shown.emitted
    setShown({ value, emitted: value, text: fromOutside ? formatDayMonthYear(value) : shown.text })
  }
  const change = (text: string) => {
    const next = text.trim() === '' ? '' : (parseDayMonthYear(text) ?? text)
    setLeft(false)
    setShown({ value, emitted: next, text })
    onChange(next)
  }
  const notADate = shown.text.trim() !== '' && parseDayMonthYear(shown.text) === null
  return (
    <TextField
      label={label}
      value={shown.text}
      readOnly={readOnly}
      required={required}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('date.placeholder')}
      hint={hint ?? t('date.hint')}
      error={notADate && left ? t('date.invalid', { text: shown.text.trim() }) : error}
      onChange={(e) => change(e.target.value)}
      onBlur={() => {
        setLeft(true)
        const iso = parseDayMonthYear(shown.text)
        if (iso) setShown({ ...shown, text: formatDayMonthYear(iso) })
      }}
      onKeyDown={(e) => {
        if (readOnly || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return
        const from = parseDayMonthYear(shown.text) ?? value
        if (!from) return
        e.preventDefault()
        const next = addDaysIso(from, (e.key === 'ArrowUp' ? 1 : -1) * (e.shiftKey ? 7 : 1))
        change(formatDayMonthYear(next))
      }}
    />
  )
}
