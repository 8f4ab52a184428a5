import { HocuspocusProvider } from '@hocuspocus/provider'
import * as Y from 'yjs'
import type { Membership } from '../domain/sync'

/** The journal ids the cohort document lists for this intern, read once from the server (5 s at most). */
export function readServerJournals(membership: Membership): Promise<string[]> {
  const doc = new Y.Doc()
  const { identity } = membership
  return new Promise((resolve) => {
    const done = (ids: string[]) => {
      clearTimeout(timer)
      provider.destroy()
      doc.destroy()
      resolve(ids)
    }
    const timer = setTimeout(() => done([]), 5000)
    const provider = new HocuspocusProvider({
      url: membership.server,
      name: `cohort/${identity.cohortId}`,
      document: doc,
      token: membership.token,
      onSynced: () => {
        const ids: string[] = []
        doc.getMap<unknown>('journals').forEach((value) => {
          const entry = value as { internId?: unknown; journalId?: unknown }
          if (entry.internId === identity.personId && typeof entry.journalId === 'string')
            ids.push(entry.journalId)
        })
        done(ids)
      },
      onAuthenticationFailed: () => done([]),
    })
  })
}
