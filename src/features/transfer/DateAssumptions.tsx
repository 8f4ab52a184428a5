import { useState } from 'react'
import type { DateCorrection, DateReading } from '../../domain/transferResults'
import { useI18n } from '../../i18n/i18n'
import { Button } from '../../ui/Button'
import { SelectField, TextField } from '../../ui/fields'

interface Props {
  /** By week number: how its dates were read, for the weeks where the reader had to assume. */
  readings: Map<number, DateReading>
  /** Reads the week's pages again with the order and year set; resolves to its task count and Monday. */
  onCorrect: (week: number, correction: DateCorrection) => Promise<{ tasks: number; monday: string }>
}

/** The import preview's account of the dates it was unsure of, with a correction per week. */
export function DateAssumptions({ readings, onCorrect }: Props) {
  const { t } = useI18n()
  if (readings.size === 0) return null
  return (
    <section aria-labelledby="date-assumptions" className="flex flex-col gap-2">
      <h3 id="date-assumptions" className="font-semibold">
        {t('import.datesTitle')}
      </h3>
      <p className="text-sm">{t('import.datesLead')}</p>
      <ul className="flex flex-col gap-3">
        {[...readings].map(([n, reading]) => (
          <WeekDates key={n} n={n} reading={reading} onCorrect={onCorrect} />
        ))}
      </ul>
    </section>
  )
}

const YEAR = /^\d{4}$/

function WeekDates({
  n,
  reading,
  onCorrect,
}: {
  n: number
  reading: DateReading
  onCorrect: Props['onCorrect']
}) {
  const { t, formatDate } = useI18n()
  const [order, setOrder] = useState(reading.order)
  const [year, setYear] = useState(reading.year === null ? '' : String(reading.year))
  const [done, setDone] = useState('')
  const asksYear = reading.yearFrom !== null
  const yearError =
    asksYear && year.trim() !== '' && (!YEAR.test(year.trim()) || Number(year) < 2000 || Number(year) > 2100)
      ? t('import.yearInvalid')
      : undefined
  const how = [
    t(reading.order === 'day-first' ? 'import.readDayFirst' : 'import.readMonthFirst'),
    ...(reading.yearFrom ? [t(`import.yearFrom.${reading.yearFrom}`, { year: reading.year ?? '' })] : []),
  ].join(', ')
  const apply = async () => {
    if (yearError) return
    const correction: DateCorrection = { order, ...(asksYear && year.trim() ? { year: Number(year) } : {}) }
    const result = await onCorrect(n, correction)
    setDone(
      t('import.reread', { n, tasks: result.tasks, monday: result.monday ? formatDate(result.monday) : '—' }),
    )
  }
  return (
    <li className="flex flex-col gap-2 rounded border border-amber-500 p-2 text-sm">
      <p>
        {t('import.datesRead', { n, how })}
        {reading.orderUnsure ? ` ${t('import.orderUnsure')}` : ''}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          label={t('import.dateOrder', { n })}
          value={order}
          onChange={(e) => setOrder(e.target.value as DateReading['order'])}
        >
          <option value="day-first">{t('import.dayFirst')}</option>
          <option value="month-first">{t('import.monthFirst')}</option>
        </SelectField>
        {asksYear && (
          <TextField
            inputMode="numeric"
            label={t('import.dateYear', { n })}
            value={year}
            error={yearError}
            onChange={(e) => setYear(e.target.value)}
          />
        )}
        <Button onClick={() => void apply()} disabled={Boolean(yearError)}>
          {t('import.readAgain', { n })}
        </Button>
      </div>
      {done && <p role="status">{done}</p>}
    </li>
  )
}
