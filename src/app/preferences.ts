import type { UiLang } from '../i18n/i18n'

export type Theme = 'system' | 'light' | 'dark'

export interface Preferences {
  uiLang: UiLang
  theme: Theme
}

const KEY = 'worklog:preferences'

/** The interface follows the browser's language until the user picks one. */
export function loadPreferences(): Preferences {
  const browserLang: UiLang = navigator.language?.toLowerCase().startsWith('vi') ? 'vi' : 'en'
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Preferences>
    return {
      uiLang: stored.uiLang === 'vi' || stored.uiLang === 'en' ? stored.uiLang : browserLang,
      theme: stored.theme === 'light' || stored.theme === 'dark' ? stored.theme : 'system',
    }
  } catch {
    return { uiLang: browserLang, theme: 'system' }
  }
}

export function savePreferences(preferences: Preferences): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(preferences))
  } catch {
    // Preferences are a convenience; the default applies next time.
  }
}

const darkQuery = () => window.matchMedia?.('(prefers-color-scheme: dark)')

export function applyTheme(theme: Theme): void {
  const dark = theme === 'dark' || (theme === 'system' && darkQuery()?.matches === true)
  document.documentElement.classList.toggle('dark', dark)
}

/** Re-applies the system theme when the system switches, while the preference is "system". */
export function followSystemTheme(getTheme: () => Theme): () => void {
  const query = darkQuery()
  if (!query) return () => undefined
  const onChange = () => {
    if (getTheme() === 'system') applyTheme('system')
  }
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

export async function loadMessages(lang: UiLang) {
  // Only the catalogue in use is loaded; English is in the first bundle.
  return lang === 'vi' ? (await import('../i18n/vi')).vi : (await import('../i18n/en')).en
}
