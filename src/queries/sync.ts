import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { httpUrlOf, IdentitySchema, remoteIdFor, type Identity, type Membership } from '../domain/sync'
import { addLink, listLinks, listMemberships, putMembership } from '../storage/memberships'
import type { SyncStatus } from '../sync/session'
import { refreshFor } from './remoteSync'

export type { Identity, Membership, SyncStatus }

export const syncKeys = {
  memberships: ['memberships'] as const,
  links: ['syncLinks'] as const,
}

export const membershipsQuery = () =>
  queryOptions({ queryKey: syncKeys.memberships, queryFn: listMemberships })

export const linksQuery = () => queryOptions({ queryKey: syncKeys.links, queryFn: () => listLinks() })

export type IdentityError = 'unknown-or-revoked-token' | 'unreachable' | 'bad-answer'

/** Who an invite token speaks for, asked of the server (GET /identity). */
export async function fetchIdentity(
  server: string,
  token: string,
): Promise<{ identity: Identity } | { error: IdentityError }> {
  let response: Response
  try {
    response = await fetch(`${httpUrlOf(server)}/identity`, {
      headers: { Authorization: `Bearer ${token}` },
      cache: 'no-store',
    })
  } catch {
    return { error: 'unreachable' }
  }
  if (response.status === 401) return { error: 'unknown-or-revoked-token' }
  if (!response.ok) return { error: 'bad-answer' }
  const parsed = IdentitySchema.safeParse(await response.json().catch(() => null))
  return parsed.success ? { identity: parsed.data } : { error: 'bad-answer' }
}

export function useJoin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: { server: string; token: string; identity: Identity }) => {
      const membership: Membership = {
        id: `${input.server}#${input.identity.personId}`,
        server: input.server,
        token: input.token,
        identity: input.identity,
        joinedAt: new Date().toISOString(),
      }
      await putMembership(membership)
      return membership
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: syncKeys.memberships }),
  })
}

/** The intern shares one of their journals (or takes one from the server on another device). */
export function useShareJournal() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: { membership: Membership; journalId: string }) => {
      const link = {
        id: input.journalId,
        membershipId: input.membership.id,
        role: 'intern' as const,
        internId: input.membership.identity.personId,
        remoteId: remoteIdFor(input.journalId),
        weeks: {},
      }
      await addLink(link)
      return link
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: syncKeys.links }),
  })
}

/** The journals the server lists for this intern (shared from another device), read once. */
export async function serverJournals(membership: Membership): Promise<string[]> {
  const { readServerJournals } = await import('../sync/roster')
  return readServerJournals(membership)
}

/**
 * Runs the sync of every membership while the app is open, in one tab at a time (the others wait for
 * the lock, and take over when that tab closes). The sync client is loaded only when a membership exists.
 */
export function useSyncSession(): { membership: Membership; status: SyncStatus | 'other-tab' }[] {
  const queryClient = useQueryClient()
  const memberships = useQuery(membershipsQuery()).data ?? []
  const [statuses, setStatuses] = useState<Record<string, SyncStatus | 'other-tab'>>({})
  const ids = memberships.map((m) => m.id).join('\n')
  useEffect(() => {
    if (!ids) return
    const stops: (() => void)[] = []
    let cancelled = false
    for (const membership of memberships) {
      const report = (status: SyncStatus | 'other-tab') =>
        !cancelled && setStatuses((all) => ({ ...all, [membership.id]: status }))
      const run = async () => {
        const { startSync } = await import('../sync/session')
        if (cancelled) return
        const stop = startSync(membership, report, (notice) => refreshFor(queryClient, notice))
        await new Promise<void>((resolve) => stops.push(() => (stop(), resolve())))
      }
      if (typeof navigator !== 'undefined' && navigator.locks) {
        report('other-tab')
        void navigator.locks.request(`worklog-sync:${membership.id}`, () => (cancelled ? undefined : run()))
      } else void run()
    }
    return () => {
      cancelled = true
      stops.forEach((stop) => stop())
    }
    // The memberships are named by `ids`: a new array of the same ones starts nothing again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ids])
  return memberships.map((membership) => ({
    membership,
    status: statuses[membership.id] ?? { state: 'connecting' },
  }))
}
