import { openDB, wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb'
import { summarizeWeek } from '../domain/progress'
import { WeekSchema } from '../domain/schema'
import type { SeenMark } from '../domain/readState'
import type { Membership, SyncLink } from '../domain/sync'
import type { ConflictRecord, Journal, ReviewComment, Week, WeekSummary } from '../domain/types'

export type { ConflictRecord, SeenMark }

import { DB_NAME, DB_VERSION } from './dbVersion'

export { DB_NAME, DB_VERSION }

/** A week as it was at one revision: kept when it is submitted, exported for review, or replaced by a newer package. */
export interface WeekSnapshot {
  /** `${weekId}@${revision}` */
  id: string
  weekId: string
  journalId: string
  revision: number
  week: Week
  reason: 'submitted' | 'exported' | 'replaced'
  at: string
}

/**
 * The edit a tab has not saved yet, written within milliseconds of each change: unlike localStorage,
 * which Chromium writes to disk seconds later, an IndexedDB commit survives the browser being killed.
 */
export interface DraftRecord {
  /** The week id. */
  id: string
  journalId: string
  /** The revision the edit was based on. */
  base: number
  week: Week
  /** Date.now() of the edit. */
  at: number
  /** The week as its last save left it: no edit, but newer than any note written before that save. */
  settled?: boolean
}

/**
 * The intern's site folder a journal saves into (File System Access API), and what was read from each of
 * its files, so that a file changed on disk since is never overwritten blindly.
 */
export interface SiteFolderRecord {
  /** The journal id. */
  id: string
  journalId: string
  /** The folder the user picked: the site root, its `content`, or the worklog folder itself. */
  handle: FileSystemDirectoryHandle
  /** The path from the picked folder to the worklog folder (`content/1-Worklog`, `1-Worklog` or ''). */
  base: string
  /** The pages as last read or written: path below the worklog folder (`1.7-Week7/_index.md`) → text. */
  files: Record<string, string>
  at: string
}

/**
 * A signing key pair made in this browser, or a peer's public key pinned at first use (feedback files).
 * The private key of an own pair is a non-extractable CryptoKey (IndexedDB stores it as it is); a pinned
 * key has only its public half.
 */
export interface KeyRecord {
  /** 'own:mentor' for the key pair of this browser; 'pin:<journalId>' for the mentor key an intern pinned. */
  id: string
  publicKey: JsonWebKey
  privateKey?: CryptoKey
  /** Who the key speaks for (the mentor's name). */
  name: string
  /** When it was made or pinned. */
  at: string
  /** A short fingerprint of the public key, for people to compare (pinned keys). */
  fingerprint?: string
}

export interface WorklogDB extends DBSchema {
  journals: { key: string; value: Journal }
  weeks: { key: string; value: Week; indexes: { byJournal: string } }
  weekSummaries: { key: string; value: WeekSummary; indexes: { byJournal: string } }
  comments: { key: string; value: ReviewComment; indexes: { byJournal: string } }
  conflicts: { key: string; value: ConflictRecord; indexes: { byJournal: string } }
  snapshots: { key: string; value: WeekSnapshot; indexes: { byWeek: string; byJournal: string } }
  seen: { key: string; value: SeenMark; indexes: { byJournal: string } }
  drafts: { key: string; value: DraftRecord; indexes: { byJournal: string } }
  siteFolders: { key: string; value: SiteFolderRecord }
  keys: { key: string; value: KeyRecord }
  memberships: { key: string; value: Membership }
  syncLinks: { key: string; value: SyncLink; indexes: { byMembership: string } }
}

type UpgradeTx = IDBPTransaction<WorklogDB, StoreNames<WorklogDB>[], 'versionchange'>

/**
 * One migration per version. Version 1 held journals and weeks; version 2 adds the light per-week
 * summaries the overview reads (built here from the weeks already stored), review comments and conflicts;
 * version 3 adds week snapshots and the mentor's "seen" marks for the review exchange; version 4 the
 * drafts of unsaved edits; version 5 the site folders journals save into and the keys that sign feedback;
 * version 6 the memberships of sync servers joined and the journals kept in step with them.
 */
const migrations: Record<number, (db: IDBPDatabase<WorklogDB>, tx: UpgradeTx) => Promise<void> | void> = {
  1: (db) => {
    db.createObjectStore('journals', { keyPath: 'id' })
    db.createObjectStore('weeks', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
  },
  2: async (db, tx) => {
    db.createObjectStore('weekSummaries', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
    db.createObjectStore('comments', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
    db.createObjectStore('conflicts', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
    const summaries = tx.objectStore('weekSummaries')
    for (const raw of await tx.objectStore('weeks').getAll()) {
      // A damaged week gets no summary; reading it later reports the damage.
      const parsed = WeekSchema.safeParse(raw)
      if (parsed.success) await summaries.put(summarizeWeek(parsed.data))
    }
  },
  3: (db) => {
    const snapshots = db.createObjectStore('snapshots', { keyPath: 'id' })
    snapshots.createIndex('byWeek', 'weekId')
    snapshots.createIndex('byJournal', 'journalId')
    db.createObjectStore('seen', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
  },
  4: (db) => {
    db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
  },
  5: (db) => {
    db.createObjectStore('siteFolders', { keyPath: 'id' })
    db.createObjectStore('keys', { keyPath: 'id' })
  },
  6: (db) => {
    db.createObjectStore('memberships', { keyPath: 'id' })
    db.createObjectStore('syncLinks', { keyPath: 'id' }).createIndex('byMembership', 'membershipId')
  },
}

/** null: an upgrade that was blocked has gone through, the warning can go. */
export type DatabaseState = 'blocked' | 'blocking' | 'terminated' | null
export type BlockedListener = (state: DatabaseState) => void
const blockedListeners = new Set<BlockedListener>()
// The database may be opened (and blocked) at boot, before any screen listens: a listener gets the
// current state when it subscribes.
let databaseState: DatabaseState = null

function setDatabaseState(state: DatabaseState) {
  databaseState = state
  blockedListeners.forEach((l) => l(state))
}

/** Tells the app when an upgrade waits for an old tab, or this tab holds up a newer one. */
export function onDatabaseBlocked(listener: BlockedListener): () => void {
  blockedListeners.add(listener)
  if (databaseState) listener(databaseState)
  return () => blockedListeners.delete(listener)
}

let dbPromise: Promise<IDBPDatabase<WorklogDB>> | null = null

declare global {
  interface Window {
    /** The connection the build's boot script opened while the app's code loaded (build/boot.ts). */
    __worklogEarlyDb?: Promise<IDBDatabase | null>
  }
}

export function db(): Promise<IDBPDatabase<WorklogDB>> {
  dbPromise ??= adoptEarly() ?? open()
  return dbPromise
}

/**
 * Takes over the connection the boot script opened, when it is at this version (it refuses upgrades, so
 * at this version it holds every store); otherwise the app opens the database itself, migrating it.
 */
function adoptEarly(): Promise<IDBPDatabase<WorklogDB>> | null {
  const early = typeof window === 'undefined' ? undefined : window.__worklogEarlyDb
  if (!early) return null
  window.__worklogEarlyDb = undefined
  return early.then((raw) => {
    if (!raw || raw.version !== DB_VERSION) {
      raw?.close()
      return open()
    }
    raw.onversionchange = () => {
      // As openDB's `blocking` below: a newer version of the app wants to upgrade.
      raw.close()
      dbPromise = null
      setDatabaseState('blocking')
    }
    raw.addEventListener('close', () => {
      dbPromise = null
      setDatabaseState('terminated')
    })
    return wrap(raw) as unknown as IDBPDatabase<WorklogDB>
  })
}

function open(): Promise<IDBPDatabase<WorklogDB>> {
  let wasBlocked = false
  const opening: Promise<IDBPDatabase<WorklogDB>> = openDB<WorklogDB>(DB_NAME, DB_VERSION, {
    async upgrade(database, oldVersion, newVersion, tx) {
      for (let v = oldVersion + 1; v <= (newVersion ?? DB_VERSION); v++) await migrations[v](database, tx)
    },
    blocked() {
      wasBlocked = true
      setDatabaseState('blocked')
    },
    blocking() {
      // A newer version of the app wants to upgrade: let it, and tell the user this tab must reload.
      void opening.then((d) => d.close())
      dbPromise = null
      setDatabaseState('blocking')
    },
    terminated() {
      dbPromise = null
      setDatabaseState('terminated')
    },
  })
    .then((database) => {
      if (wasBlocked) setDatabaseState(null)
      return database
    })
    .catch((error: unknown) => {
      dbPromise = null
      throw error
    })
  return opening
}

/** Closes the connection (tests, and before deleting the database). */
export async function closeDb(): Promise<void> {
  const current = dbPromise
  dbPromise = null
  if (current) (await current).close()
}
