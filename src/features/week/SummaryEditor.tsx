import { memo } from 'react'
import type { Lang } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { TextArea } from '../../ui/fields'
import type { UpdateContent } from './useEditHistory'

export const SummaryEditor = memo(function SummaryEditor({
  summary,
  lang,
  readOnly,
  updateContent,
}: {
  summary: string
  lang: Lang
  readOnly: boolean
  updateContent: UpdateContent
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
        className="grow-to-fit min-h-24"
        onChange={(e) => updateContent(lang, (c) => ({ ...c, summary: e.target.value }), 'summary')}
      />
    </section>
  )
})
