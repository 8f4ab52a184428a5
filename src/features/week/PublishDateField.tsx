import { memo } from 'react'
import { isIsoDate, todayIso } from '../../domain/dates'
import type { Week } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { Button } from '../../ui/Button'
import { DateField } from '../../ui/DateField'

/** The page's front matter `date`: when the week is published; blank leaves it out of the page. */
export const PublishDateField = memo(function PublishDateField({
  publishDate,
  readOnly,
  updateWeek,
}: {
  publishDate: Week['publishDate']
  readOnly: boolean
  updateWeek: (recipe: (week: Week) => Week) => void
}) {
  const t = useT()
  const set = (value: string) => {
    if (value === '' || isIsoDate(value)) updateWeek((w) => ({ ...w, publishDate: value }))
  }
  return (
    <div className="flex flex-wrap items-end gap-2">
      <DateField
        label={t('week.publishDate')}
        hint={t('week.publishDateHint')}
        value={publishDate}
        readOnly={readOnly}
        onChange={set}
      />
      {!readOnly && <Button onClick={() => set(todayIso())}>{t('week.publishToday')}</Button>}
    </div>
  )
})
