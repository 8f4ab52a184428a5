import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router-dom'
import { en } from '../i18n/en'
import { I18nProvider } from '../i18n/i18n'
import { createQueryClient } from '../queries/client'
import { Layout } from './Layout'
import { HomeRoute } from './routes/HomeRoute'
import { NotFoundRoute } from './routes/NotFoundRoute'
import { OverviewRoute } from './routes/OverviewRoute'

export const routes = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomeRoute /> },
      { path: '/j/:journalId', element: <OverviewRoute /> },
      {
        path: '/j/:journalId/w/:weekNumber',
        // The editor is the largest screen: it loads when a week is first opened.
        lazy: () => import('./routes/WeekRoute').then((m) => ({ Component: m.WeekRoute })),
        HydrateFallback: () => null,
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]

export function App() {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createBrowserRouter(routes))
  return (
    <I18nProvider lang="en" messages={en}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  )
}
