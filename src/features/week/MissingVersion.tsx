import { copyContent, defaultWeekTitle, emptyContent } from '../../domain/factories'
import type { Lang, Week } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { Button } from '../../ui/Button'

/** A week with no version in this language: start it empty, or as a copy of the other language's. */
export function MissingVersion({
  lang,
  otherLang,
  readOnly,
  updateWeek,
}: {
  lang: Lang
  otherLang: Lang | undefined
  readOnly: boolean
  updateWeek: (recipe: (week: Week) => Week) => void
}) {
  const t = useT()
  return (
    <div className="flex flex-col items-start gap-2 rounded-lg border border-dashed border-slate-400 p-4">
      <p>{t('week.noVersion', { lang: t(`lang.${lang}`) })}</p>
      {!readOnly && (
        <div className="flex gap-2">
          <Button
            variant="primary"
            onClick={() =>
              updateWeek((w) => ({ ...w, content: { ...w.content, [lang]: emptyContent(w.number, lang) } }))
            }
          >
            {t('week.startEmpty')}
          </Button>
          {otherLang && (
            <Button
              onClick={() =>
                updateWeek((w) => ({
                  ...w,
                  content: {
                    ...w.content,
                    [lang]: copyContent(w.content[otherLang]!, defaultWeekTitle(w.number, lang)),
                  },
                }))
              }
            >
              {t('week.copyFrom', { lang: t(`lang.${otherLang}`) })}
            </Button>
          )}
        </div>
      )}
    </div>
  )
}
