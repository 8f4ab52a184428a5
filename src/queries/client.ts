import { QueryClient } from '@tanstack/react-query'

/** Local data is never stale by time: it changes only through our own writes or another tab's notices. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, networkMode: 'always' },
      mutations: { networkMode: 'always' },
    },
  })
}
