import { MembershipSchema, type Membership, type SyncLink } from '../domain/sync'
import { announce } from './channel'
import { db } from './db'

/** The sync servers this browser joined, and which journals it keeps in step with them. Light: read at boot. */

export async function listMemberships(): Promise<Membership[]> {
  return (await (await db()).getAll('memberships')).flatMap((raw) => {
    const parsed = MembershipSchema.safeParse(raw)
    return parsed.success ? [parsed.data] : []
  })
}

export async function putMembership(membership: Membership): Promise<void> {
  await (await db()).put('memberships', MembershipSchema.parse(membership))
  announce({ type: 'all' })
}

export async function listLinks(membershipId?: string): Promise<SyncLink[]> {
  const database = await db()
  return membershipId
    ? database.getAllFromIndex('syncLinks', 'byMembership', membershipId)
    : database.getAll('syncLinks')
}

export async function getLink(journalId: string): Promise<SyncLink | undefined> {
  return (await db()).get('syncLinks', journalId)
}

export async function putLink(link: SyncLink): Promise<void> {
  await (await db()).put('syncLinks', link)
}

/** A journal newly kept in step: announced, so that the tab running the sync starts on it. */
export async function addLink(link: SyncLink): Promise<void> {
  await putLink(link)
  announce({ type: 'journal', journalId: link.id })
}
