import { useState } from 'react'
import type { Week } from '../../domain/types'
import { useT } from '../../i18n/i18n'
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

/** In a closed part: the front matter `title`, `weight` and `pre`, only where the intern's site differs. */
export function FrontMatterOverrides({
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
  const isWeight = (text: string) => /^-?\d+$/.test(text.trim())
  const setWeight = (text: string) => {
    setWeightText(text)
    if (text.trim() === '') updateWeek((w) => withOverride(w, 'weight', undefined))
    else if (isWeight(text)) updateWeek((w) => withOverride(w, 'weight', Number(text.trim())))
  }
  return (
    <details className="rounded-md border border-slate-300 p-2 text-sm dark:border-slate-600">
      <summary className="cursor-pointer font-medium">{t('week.advanced')}</summary>
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
          error={weightText.trim() !== '' && !isWeight(weightText) ? t('week.fmWeightInvalid') : undefined}
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
  )
}
