import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { openEmbeddedDatabase, type Database } from '../../server/db.ts'
import { invitePerson, type Role } from '../../server/people.ts'
import { startWorklogServer, type WorklogServer } from '../../server/server.ts'

export interface TestServer {
  db: Database
  server: WorklogServer
  folder: string
  invite(
    cohortName: string,
    role: Role,
    name: string,
  ): Promise<{ token: string; personId: string; cohortId: string }>
  /** Stops the server and closes the database; the folder stays for a restart. */
  stop(): Promise<void>
}

export async function makeFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'worklog-server-test-'))
}

export async function removeFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true })
}

/** A real server on a free port over PGlite in `folder`. */
export async function startTestServer(folder: string): Promise<TestServer> {
  const db = await openEmbeddedDatabase(folder)
  const server = await startWorklogServer({ db, host: '127.0.0.1', port: 0, pollMs: 200 })
  return {
    db,
    server,
    folder,
    async invite(cohortName, role, name) {
      const { token, person } = await invitePerson(db, { cohortName, role, name })
      await server.refresh()
      return { token, personId: person.personId, cohortId: person.cohortId }
    },
    async stop() {
      await server.stop()
      await db.close()
    },
  }
}

export interface Client {
  doc: Y.Doc
  provider: HocuspocusProvider
  /** Resolves with the scope once authenticated, or 'denied: <reason>'. */
  outcome: Promise<string>
  synced: Promise<void>
  close(): void
}

/** A real @hocuspocus/provider client, as the app will use it. */
export function connect(url: string, name: string, token: string): Client {
  const doc = new Y.Doc()
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxAttempts: 1 })
  let settle: (scope: string) => void = () => undefined
  const outcome = new Promise<string>((resolve) => (settle = resolve))
  let markSynced: () => void = () => undefined
  const synced = new Promise<void>((resolve) => (markSynced = resolve))
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onAuthenticated: ({ scope }) => settle(scope),
    onAuthenticationFailed: ({ reason }) => settle(`denied: ${reason}`),
    onSynced: () => markSynced(),
  })
  provider.attach()
  return {
    doc,
    provider,
    outcome,
    synced,
    close() {
      provider.destroy()
      socket.destroy()
    },
  }
}

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
export async function eventually(
  what: string,
  check: () => boolean | Promise<boolean>,
  ms = 4000,
): Promise<void> {
  const until = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
