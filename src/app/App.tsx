import { QueryClientProvider } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router-dom'
import type { MessageKey } from '../i18n/en'
import { I18nProvider } from '../i18n/i18n'
import { createQueryClient } from '../queries/client'
import { Layout } from './Layout'
import { applyTheme, followSystemTheme, loadMessages, savePreferences, type Preferences } from './preferences'
import { HomeRoute } from './routes/HomeRoute'
import { NotFoundRoute } from './routes/NotFoundRoute'

export const routes = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomeRoute /> },
      {
        path: '/j/:journalId',
        lazy: () => import('./routes/OverviewRoute').then((m) => ({ Component: m.OverviewRoute })),
        HydrateFallback: () => null,
      },
      {
        path: '/j/:journalId/w/:weekNumber',
        // The editor is the largest screen: it loads when a week is first opened.
        lazy: () => import('./routes/WeekRoute').then((m) => ({ Component: m.WeekRoute })),
        HydrateFallback: () => null,
      },
      {
        path: '/j/:journalId/review',
        lazy: () => import('./routes/JournalReviewRoute').then((m) => ({ Component: m.JournalReviewRoute })),
        HydrateFallback: () => null,
      },
      {
        path: '/review',
        lazy: () => import('./routes/ReviewRoute').then((m) => ({ Component: m.ReviewRoute })),
        HydrateFallback: () => null,
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]

export interface AppProps {
  preferences: Preferences
  messages: Record<MessageKey, string>
}

export function App({ preferences: initial, messages: initialMessages }: AppProps) {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createBrowserRouter(routes))
  const [preferences, setPreferences] = useState(initial)
  const [messages, setMessages] = useState(initialMessages)
  const themeRef = useRef(preferences.theme)

  useEffect(() => {
    themeRef.current = preferences.theme
    applyTheme(preferences.theme)
    document.documentElement.lang = preferences.uiLang
  }, [preferences])
  useEffect(() => followSystemTheme(() => themeRef.current), [])

  const changePreferences = useCallback(
    async (next: Preferences) => {
      if (next.uiLang !== preferences.uiLang) setMessages(await loadMessages(next.uiLang))
      savePreferences(next)
      setPreferences(next)
    },
    [preferences.uiLang],
  )

  return (
    <I18nProvider lang={preferences.uiLang} messages={messages} preferences={preferences} onPreferencesChange={(next) => void changePreferences(next)}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  )
}
