import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { lazy, useCallback, useEffect, useRef, useState } from 'react'
import { BrowserRouter, Route, Routes } from 'react-router-dom'
import type { MessageKey } from '../i18n/en'
import { I18nProvider } from '../i18n/i18n'
import { createQueryClient } from '../queries/client'
import { Layout } from './Layout'
import { applyTheme, followSystemTheme, loadMessages, savePreferences, type Preferences } from './preferences'
import { HomeRoute } from './routes/HomeRoute'
import { NotFoundRoute } from './routes/NotFoundRoute'

// Every screen but the journals list loads on first visit: the first page stays small.
const OverviewRoute = lazy(() => import('./routes/OverviewRoute').then((m) => ({ default: m.OverviewRoute })))
const WeekRoute = lazy(() => import('./routes/WeekRoute').then((m) => ({ default: m.WeekRoute })))
const JournalReviewRoute = lazy(() =>
  import('./routes/JournalReviewRoute').then((m) => ({ default: m.JournalReviewRoute })),
)
const ImportRoute = lazy(() => import('./routes/ImportRoute').then((m) => ({ default: m.ImportRoute })))
const ExportRoute = lazy(() => import('./routes/ExportRoute').then((m) => ({ default: m.ExportRoute })))
const JoinRoute = lazy(() => import('./routes/JoinRoute').then((m) => ({ default: m.JoinRoute })))
const ReviewRoute = lazy(() => import('./routes/ReviewRoute').then((m) => ({ default: m.ReviewRoute })))
const ReadingRoute = lazy(() => import('./routes/ReadingRoute').then((m) => ({ default: m.ReadingRoute })))
const EvaluationRoute = lazy(() =>
  import('./routes/EvaluationRoute').then((m) => ({ default: m.EvaluationRoute })),
)

/** The screens, by path (DESIGN.md). Declarative routes: the data-router machinery is not needed here. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/" element={<HomeRoute />} />
        <Route path="/j/:journalId" element={<OverviewRoute />} />
        <Route path="/j/:journalId/w/:weekNumber" element={<WeekRoute />} />
        <Route path="/j/:journalId/review" element={<JournalReviewRoute />} />
        <Route path="/review" element={<ReviewRoute />} />
        <Route path="/review/:journalId/w/:weekNumber" element={<ReadingRoute />} />
        <Route path="/review/:journalId/print" element={<EvaluationRoute />} />
        <Route path="/import" element={<ImportRoute />} />
        <Route path="/export" element={<ExportRoute />} />
        <Route path="/join" element={<JoinRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  )
}

export interface AppProps {
  /** Created at boot so that the first screen's reads can start before React renders. */
  queryClient?: QueryClient
  preferences: Preferences
  messages: Record<MessageKey, string>
}

export function App({ preferences: initial, messages: initialMessages, queryClient: given }: AppProps) {
  const [queryClient] = useState(() => given ?? createQueryClient())
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
    <I18nProvider
      lang={preferences.uiLang}
      messages={messages}
      preferences={preferences}
      onPreferencesChange={(next) => void changePreferences(next)}
    >
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </I18nProvider>
  )
}
