import { useState } from 'react'
import { todayIso } from '../../domain/dates'
import type { Week } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { Button } from '../../ui/Button'
import { TextField } from '../../ui/fields'

type Overrides = NonNullable<Week['frontMatter']>

/** Sets or clears one front matter override; an empty override is no override. */
function withOverride<K extends keyof Overrides>(week: Week, key: K, value: Overrides[K] | undefined): Week {
  const next: Overrides = { ...week.frontMatter }
  if (value === undefined || value === '') delete next[key]
  else next[key] = value
  const { frontMatter: _, ...rest } = week
  return Object.keys(next).length ? { ...rest, frontMatter: next } : rest
}

/** The page's publish date (with "Today"), and in a closed part the title, weight and pre where a site differs. */
export function FrontMatterEditor({
  week,
  section,
  readOnly,
  updateWeek,
}: {
  week: Week
  section: number
  readOnly: boolean
  updateWeek: (recipe: (week: Week) => Week) => void
}) {
  const t = useT()
  const overrides = week.frontMatter ?? {}
  const [weightText, setWeightText] = useState(overrides.weight === undefined ? '' : String(overrides.weight))
  const weightInvalid = weightText.trim() !== '' && !/^-?\d+$/.test(weightText.trim())
  const setWeight = (text: string) => {
    setWeightText(text)
    const trimmed = text.trim()
    if (trimmed === '') updateWeek((w) => withOverride(w, 'weight', undefined))
    else if (/^-?\d+$/.test(trimmed)) updateWeek((w) => withOverride(w, 'weight', Number(trimmed)))
  }
  return (
    <details className="rounded-md border border-slate-300 p-2 text-sm dark:border-slate-600">
      <summary className="cursor-pointer font-medium">{t('week.frontMatter')}</summary>
      <div className="mt-2 flex flex-col gap-3">
        <div className="flex items-end gap-2">
          <TextField
            type="date"
            label={t('week.publishDate')}
            hint={t('week.publishDateHint')}
            value={week.publishDate}
            readOnly={readOnly}
            onChange={(e) => updateWeek((w) => ({ ...w, publishDate: e.target.value }))}
          />
          {!readOnly && (
            <Button className="mb-5" onClick={() => updateWeek((w) => ({ ...w, publishDate: todayIso() }))}>
              {t('week.today')}
            </Button>
          )}
        </div>
        <details>
          <summary className="cursor-pointer">{t('week.advanced')}</summary>
          <div className="mt-2 grid gap-3 sm:grid-cols-3">
            <TextField
              label={t('week.fmTitle')}
              hint={t('week.fmDefault', { value: t('week.pageTitle') })}
              value={overrides.title ?? ''}
              readOnly={readOnly}
              onChange={(e) => updateWeek((w) => withOverride(w, 'title', e.target.value))}
            />
            <TextField
              inputMode="numeric"
              label={t('week.fmWeight')}
              hint={t('week.fmDefault', { value: week.number })}
              error={weightInvalid ? t('week.fmWeightInvalid') : undefined}
              value={weightText}
              readOnly={readOnly}
              onChange={(e) => setWeight(e.target.value)}
            />
            <TextField
              label={t('week.fmPre')}
              hint={t('week.fmDefault', { value: `" <b> ${section}.${week.number} </b> "` })}
              value={overrides.pre ?? ''}
              readOnly={readOnly}
              onChange={(e) => updateWeek((w) => withOverride(w, 'pre', e.target.value))}
            />
          </div>
        </details>
      </div>
    </details>
  )
}
