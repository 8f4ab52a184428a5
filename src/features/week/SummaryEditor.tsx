import { memo } from 'react'
import type { Lang, WeekContent } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { TextArea } from '../../ui/fields'

export const SummaryEditor = memo(function SummaryEditor({
  summary,
  lang,
  readOnly,
  updateContent,
}: {
  summary: string
  lang: Lang
  readOnly: boolean
  updateContent: (lang: Lang, recipe: (content: WeekContent) => WeekContent) => void
}) {
  const t = useT()
  return (
    <section aria-labelledby="summary-heading" className="below-fold flex flex-col gap-2">
      <h2 id="summary-heading" className="text-lg font-semibold">
        {t('week.summary')}
      </h2>
      <TextArea
        label={t('week.summaryLabel')}
        data-field="summary"
        value={summary}
        readOnly={readOnly}
        rows={4}
        onChange={(e) => updateContent(lang, (c) => ({ ...c, summary: e.target.value }))}
      />
    </section>
  )
})
