import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { formatDayMonthYear } from '../domain/dates'
import { renderMessage, saidOf, type Message } from '../domain/messages'
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

/** Says a message code (domain/messages.ts) in the interface's language. */
export type Say = (message: Message) => string

export function sayer(messages: Record<MessageKey, string>, lang: UiLang): Say {
  return (message) =>
    renderMessage(message, (code) => messages[code] ?? en[code], lang === 'vi' ? 'vi-VN' : 'en-US')
}

/** What went wrong, in the interface's language when the error carries a message code; else its own text. */
export function sayError(say: Say, error: unknown): string {
  const message = saidOf(error)
  if (message) return say(message)
  return error instanceof Error ? error.message : String(error ?? '')
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
  say: Say
  /** Dates the user reads: dd/MM/yyyy in both languages, the form the worklog pages write. */
  formatDate: (iso: string) => string
}

const I18nContext = createContext<I18nValue>({
  lang: 'en',
  preferences: { uiLang: 'en', theme: 'system' },
  setPreferences: () => undefined,
  t: translator(en),
  say: sayer(en, 'en'),
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
      say: sayer(messages, lang),
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

/** Says message codes and errors that carry one in the interface's language. */
export function useSay(): { say: Say; sayError: (error: unknown) => string } {
  const { say } = useContext(I18nContext)
  return useMemo(() => ({ say, sayError: (error: unknown) => sayError(say, error) }), [say])
}
