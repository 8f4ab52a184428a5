import { useMemo } from 'react'
import { interpolate, useI18n, type Params } from './i18n'
import { reviewEn, type ReviewMessageKey } from './review.en'
import { reviewVi } from './review.vi'

export type ReviewTranslate = (key: ReviewMessageKey, params?: Params) => string

/** The translator of the mentor's screens' own catalogue, in the interface language. */
export function useReviewT(): ReviewTranslate {
  const { lang } = useI18n()
  return useMemo(() => {
    const messages = lang === 'vi' ? reviewVi : reviewEn
    return (key, params) => interpolate(messages[key] ?? reviewEn[key], params)
  }, [lang])
}
