import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { formatDayMonthYear } from '../domain/dates'
import { en, type MessageKey } from './en'

export type UiLang = 'en' | 'vi'
export type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

export function interpolate(template: string, params?: Params): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

export function translator(messages: Record<MessageKey, string>): Translate {
  return (key, params) => interpolate(messages[key] ?? en[key], params)
}

/** What the settings control: the interface language and the theme. */
export interface UiPreferences {
  uiLang: UiLang
  theme: 'system' | 'light' | 'dark'
}

interface I18nValue {
  lang: UiLang
  preferences: UiPreferences
  setPreferences: (next: UiPreferences) => void
  t: Translate
  /** Dates the user reads: dd/MM/yyyy in both languages, the form the worklog pages write. */
  formatDate: (iso: string) => string
}

const I18nContext = createContext<I18nValue>({
  lang: 'en',
  preferences: { uiLang: 'en', theme: 'system' },
  setPreferences: () => undefined,
  t: translator(en),
  formatDate: (iso) => formatDayMonthYear(iso),
})

export function I18nProvider({
  lang,
  messages,
  preferences,
  onPreferencesChange,
  children,
}: {
  lang: UiLang
  messages: Record<MessageKey, string>
  preferences?: UiPreferences
  onPreferencesChange?: (next: UiPreferences) => void
  children: ReactNode
}) {
  const value = useMemo<I18nValue>(() => {
    return {
      lang,
      preferences: preferences ?? { uiLang: lang, theme: 'system' },
      setPreferences: onPreferencesChange ?? (() => undefined),
      t: translator(messages),
      formatDate: (iso) => formatDayMonthYear(iso),
    }
  }, [lang, messages, preferences, onPreferencesChange])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18nValue {
  return useContext(I18nContext)
}

export function useT(): Translate {
  return useContext(I18nContext).t
}
