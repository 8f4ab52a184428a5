import { useI18n } from '../i18n/i18n'
import type { Theme } from './preferences'

const selectClass =
  'min-h-8 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100'

/** Interface language and theme, in the header of every page. */
export function SettingsMenu() {
  const { t, preferences, setPreferences } = useI18n()
  return (
    <div className="ml-auto flex flex-wrap items-center gap-2">
      <select
        aria-label={t('settings.language')}
        className={selectClass}
        value={preferences.uiLang}
        onChange={(e) => setPreferences({ ...preferences, uiLang: e.target.value === 'vi' ? 'vi' : 'en' })}
      >
        <option value="en">English</option>
        <option value="vi" lang="vi">
          Tiếng Việt
        </option>
      </select>
      <select
        aria-label={t('settings.theme')}
        className={selectClass}
        value={preferences.theme}
        onChange={(e) => setPreferences({ ...preferences, theme: e.target.value as Theme })}
      >
        {(['system', 'light', 'dark'] as const).map((theme) => (
          <option key={theme} value={theme}>
            {t(`settings.theme.${theme}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
