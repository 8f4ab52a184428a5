import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { IndexeddbPersistence } from 'y-indexeddb'
import type * as Y from 'yjs'
import type { Membership } from '../domain/sync'
import { onAnyChange, type StorageNotice } from '../storage/channel'
import { listLinks } from '../storage/memberships'
import { InternJournalSync, LOCAL } from './internBridge'
import { MentorMirror } from './mentorMirror'
import { newJournalDoc } from './weekExchange'

/**
 * One membership's sync: a socket to the server, the cohort's roster, and the journals kept in step
 * (the intern's shared journals, or every journal of the cohort for a mentor). Each document persists
 * in this browser (y-indexeddb), so edits made offline are kept and sent on reconnect.
 */

export type SyncState = 'connecting' | 'connected' | 'offline' | 'refused'
export interface SyncStatus {
  state: SyncState
  /** ISO instant the server last confirmed every change of this browser. */
  lastSyncedAt?: string
  /** Why the server refused (`unknown-or-revoked-token`). */
  reason?: string
}

interface Person {
  name: string
  role: 'mentor' | 'intern'
  active: boolean
}

interface OpenDoc {
  doc: Y.Doc
  provider?: HocuspocusProvider
  connect(): void
  destroy(): void
}

export function startSync(
  membership: Membership,
  onStatus: (status: SyncStatus) => void,
  onChange: (notice: StorageNotice) => void,
): () => void {
  const { identity } = membership
  let status: SyncStatus = { state: 'connecting' }
  const setStatus = (next: Partial<SyncStatus>) => {
    status = { ...status, ...next }
    onStatus(status)
  }
  onStatus(status)
  const socket = new HocuspocusProviderWebsocket({
    url: membership.server,
    // Retried every 1–3 s while the server is away (attempt's minDelay must not exceed delay).
    delay: 1000,
    minDelay: 500,
    factor: 1.5,
    maxDelay: 3000,
    maxAttempts: 0,
    // A connection that went quiet (a laptop lid closed, a network gone without a word) is dropped and
    // tried again after 8 s instead of 30.
    messageReconnectTimeout: 8000,
  })
  // The browser knows first when the network goes or comes back.
  const goOffline = () => socket.disconnect()
  const goOnline = () => void socket.connect()
  window.addEventListener('offline', goOffline)
  window.addEventListener('online', goOnline)
  socket.on('status', ({ status: s }: { status: string }) => {
    if (status.state === 'refused') return
    setStatus({ state: s === 'connected' ? 'connected' : s === 'connecting' ? 'connecting' : 'offline' })
  })
  const docs: OpenDoc[] = []
  const synced = () => {
    if (docs.every((d) => !d.provider || (d.provider.isSynced && !d.provider.hasUnsyncedChanges)))
      setStatus({ lastSyncedAt: new Date().toISOString() })
  }

  /** A document loaded from this browser first; `connect()` then syncs it with the server. */
  async function open(name: string, whenSynced?: () => void): Promise<OpenDoc> {
    const doc = newJournalDoc()
    const persistence = new IndexeddbPersistence(`worklog-sync:${membership.id}:${name}`, doc)
    await persistence.whenSynced
    const opened: OpenDoc = {
      doc,
      connect() {
        if (opened.provider) return
        opened.provider = new HocuspocusProvider({
          websocketProvider: socket,
          name,
          document: doc,
          token: membership.token,
          onAuthenticationFailed: ({ reason }) => {
            if (reason === 'unknown-or-revoked-token') setStatus({ state: 'refused', reason })
          },
          onSynced: () => {
            synced()
            whenSynced?.()
          },
          onUnsyncedChanges: ({ number }) => {
            if (number === 0) synced()
          },
        })
        opened.provider.attach()
      },
      destroy() {
        opened.provider?.destroy()
        void persistence.destroy()
        doc.destroy()
      },
    }
    docs.push(opened)
    return opened
  }

  const people = new Map<string, Person>()
  const interns: InternJournalSync[] = []
  const mirrors: MentorMirror[] = []
  const started = new Set<string>()
  let stopped = false

  async function startIntern(linkId: string) {
    const link = (await listLinks(membership.id)).find((l) => l.id === linkId)
    if (!link || started.has(link.id) || stopped) return
    started.add(link.id)
    // Read back once the server has answered too: it may have had nothing this browser lacked.
    const journal = await open(
      `journal/${identity.personId}/${link.remoteId}`,
      () => void bridge.pullRemote(),
    )
    const bridge = new InternJournalSync(journal.doc, link, identity.name)
    interns.push(bridge)
    // Local saves made while no tab synced go in before the server's changes arrive, so that they merge.
    await bridge.pushLocal()
    journal.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL) void bridge.pullRemote().then(() => bridge.pullReviews())
    })
    journal.connect()
    void bridge.pullRemote()
    const openedReviews = new Set<string>()
    const openReviews = async () => {
      for (const [personId, person] of people) {
        if (person.role !== 'mentor' || !person.active || openedReviews.has(personId)) continue
        openedReviews.add(personId)
        const review = await open(`review/${personId}/${identity.personId}/${link.remoteId}`)
        bridge.reviews.push({ doc: review.doc, name: person.name })
        review.doc.on('update', () => void bridge.pullReviews())
        review.connect()
        void bridge.pullReviews()
      }
    }
    roster.doc.getMap('people').observe(() => void openReviews())
    await openReviews()
  }

  async function startMirror(internId: string, remoteId: string) {
    const key = `${internId}/${remoteId}`
    if (started.has(key) || stopped) return
    started.add(key)
    const journal = await open(`journal/${internId}/${remoteId}`)
    const review = await open(`review/${identity.personId}/${internId}/${remoteId}`)
    const mirror = new MentorMirror(journal.doc, review.doc, {
      internId,
      remoteId,
      internName: () => people.get(internId)?.name ?? internId,
      mentorName: identity.name,
    })
    mirrors.push(mirror)
    await mirror.pushReview()
    journal.doc.on('update', () => void mirror.mirror())
    review.doc.on('update', (_u: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL) void mirror.mirror()
    })
    journal.connect()
    review.connect()
    void mirror.mirror()
  }

  const readRoster = () => {
    people.clear()
    roster.doc.getMap<unknown>('people').forEach((value, id) => {
      const person = value as Partial<Person>
      if (typeof person.name === 'string' && (person.role === 'mentor' || person.role === 'intern'))
        people.set(id, { name: person.name, role: person.role, active: person.active !== false })
    })
  }
  const startMirrors = () => {
    if (identity.role !== 'mentor') return
    roster.doc.getMap<unknown>('journals').forEach((value) => {
      const entry = value as { internId?: unknown; journalId?: unknown }
      if (typeof entry.internId === 'string' && typeof entry.journalId === 'string')
        void startMirror(entry.internId, entry.journalId)
    })
  }
  const startInterns = async () => {
    if (identity.role !== 'intern') return
    for (const link of await listLinks(membership.id)) void startIntern(link.id)
  }

  const onNotice = (notice: StorageNotice) => {
    // What the documents brought is shown at once in this tab too (other tabs hear it from the channel).
    if (notice.fromSync) onChange(notice)
    const all = notice.type === 'all'
    for (const bridge of interns) {
      if (all || ('journalId' in notice && notice.journalId === bridge.journalId)) void bridge.pushLocal()
    }
    for (const mirror of mirrors) {
      if (all || ('journalId' in notice && notice.journalId === mirror.journalId)) void mirror.pushReview()
    }
    if (all || notice.type === 'journal') void startInterns()
  }

  let roster: OpenDoc
  let stopNotices = () => {}
  void (async () => {
    roster = await open(`cohort/${identity.cohortId}`)
    readRoster()
    roster.doc.getMap('people').observe(readRoster)
    roster.doc.getMap('journals').observe(startMirrors)
    roster.connect()
    stopNotices = onAnyChange(onNotice)
    startMirrors()
    await startInterns()
  })()

  return () => {
    stopped = true
    stopNotices()
    window.removeEventListener('offline', goOffline)
    window.removeEventListener('online', goOnline)
    for (const d of docs) d.destroy()
    socket.destroy()
  }
}
