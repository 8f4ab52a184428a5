import { languagesRemoved, type ExistingWeekChoice } from '../../domain/importPlan'
import { LANGS, type Week } from '../../domain/types'
import { useI18n } from '../../i18n/i18n'
import { inputClass } from '../../ui/fields'

interface Props {
  week: Week
  /** The journal's week of the same number, when it has one. */
  stored: Week | undefined
  choice: ExistingWeekChoice
  onChoice: (choice: ExistingWeekChoice) => void
  formatDate: (iso: string) => string
}

/**
 * One imported week in the preview. When the journal has the week already, the user picks what to do;
 * a replace keeps the language versions the page lacks unless the user picks the replace that removes
 * them, which the row then says in words.
 */
export function ImportWeekRow({ week, stored, choice, onChoice, formatDate }: Props) {
  const { t } = useI18n()
  const langs = LANGS.filter((l) => week.content[l])
  const content = week.content[langs[0]]
  const removed = languagesRemoved(stored, week)
  const names = removed.map((l) => t(`lang.${l}`)).join(', ')
  return (
    <tr className="border-b border-slate-200 dark:border-slate-700">
      <th scope="row" className="p-1 text-left font-normal">
        {t('overview.weekN', { n: week.number })}
      </th>
      <td className="p-1">{formatDate(week.monday)}</td>
      <td className="p-1">{langs.map((l) => t(`lang.${l}`)).join(', ')}</td>
      <td className="p-1">{content?.tasks.length ?? 0}</td>
      <td className="p-1">{langs.reduce((n, l) => n + (week.content[l]?.notes.length ?? 0), 0)}</td>
      <td className="p-1">
        {stored ? (
          <div className="flex flex-col gap-1">
            <select
              aria-label={t('import.choiceFor', { n: week.number })}
              className={inputClass}
              value={choice}
              onChange={(e) => onChoice(e.target.value as ExistingWeekChoice)}
            >
              <option value="skip">{t('import.skip')}</option>
              <option value="replace">
                {removed.length ? t('import.replaceKeeping', { lang: names }) : t('import.replace')}
              </option>
              {removed.length > 0 && (
                <option value="replace-all">{t('import.replaceRemoving', { lang: names })}</option>
              )}
              <option value="keep-both">{t('import.keepBoth')}</option>
            </select>
            {removed.length > 0 && choice === 'replace-all' && (
              <p className="text-sm font-medium text-red-800 dark:text-red-300">
                {t('import.removesLanguage', { n: week.number, lang: names })}
              </p>
            )}
          </div>
        ) : (
          t('import.newWeek')
        )}
      </td>
    </tr>
  )
}
