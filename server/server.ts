import type { IncomingMessage, ServerResponse } from 'node:http'
import { Database as DatabaseExtension } from '@hocuspocus/extension-database'
import { Redis } from '@hocuspocus/extension-redis'
import { Server, type Extension, type onAuthenticatePayload } from '@hocuspocus/server'
import type { Database } from './db.ts'
import { loadDocumentState, storeDocumentState } from './documents.ts'
import { createDirectory, type Directory } from './directory.ts'
import type { Identity, Person } from './people.ts'
import { documentAccess, parseDocumentName } from './permissions.ts'
import { redisConfiguration } from './redisUrl.ts'
import { registerJournal, writeRosterPeople } from './roster.ts'

export interface ServerOptions {
  db: Database
  host: string
  port: number
  redisUrl?: string
  /** How often people added or revoked by another process are picked up (ms). */
  pollMs?: number
  quiet?: boolean
}

export interface WorklogServer {
  /** ws://host:port */
  readonly url: string
  readonly httpUrl: string
  /** Brings rosters up to date and closes the connections of revoked people. */
  refresh(): Promise<void>
  /** Stores every open document, closes connections and stops listening (the database stays open). */
  stop(): Promise<void>
}

interface ConnectionContext {
  identity?: Identity
}

/** Hocuspocus sends `reason` to the client; a plain object (no message) keeps refusals out of the log. */
const refused = (reason: 'unknown-or-revoked-token' | 'permission-denied') => ({ reason })

function permissions(directory: Directory): Extension {
  return {
    extensionName: 'worklog-permissions',
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload) {
      const identity = await directory.identity(token)
      if (!identity) throw refused('unknown-or-revoked-token')
      const access = documentAccess(documentName, identity, directory.members(identity.cohortId))
      if (access === 'none') throw refused('permission-denied')
      connectionConfig.readOnly = access === 'read'
      return { identity } satisfies ConnectionContext
    },
    // Presence says who is here: the server stamps each awareness state with the sender's identity, so
    // a client cannot appear as someone else.
    async beforeHandleAwareness({ context, states }) {
      const { identity } = (context ?? {}) as ConnectionContext
      if (!identity) return
      for (const state of states.values()) {
        if (state) state.person = { personId: identity.personId, name: identity.name, role: identity.role }
      }
    },
    async connected({ documentName, context, connectionConfig, instance }) {
      const doc = parseDocumentName(documentName)
      const { identity } = context as ConnectionContext
      if (doc?.kind !== 'journal' || connectionConfig.readOnly || !identity) return
      await registerJournal(instance, identity.cohortId, doc.internId, doc.journalId)
    },
  }
}

function sendJson(response: ServerResponse, status: number, body?: unknown) {
  response.writeHead(status, {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Authorization',
    'Access-Control-Allow-Methods': 'GET',
    'Cache-Control': 'no-store',
    ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
  })
  response.end(body === undefined ? undefined : JSON.stringify(body))
}

/** GET /identity with `Authorization: Bearer <token>` answers who the token belongs to. */
function identityEndpoint(directory: Directory): Extension {
  return {
    extensionName: 'worklog-identity',
    async onRequest({ request, response }: { request: IncomingMessage; response: ServerResponse }) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname
      if (path !== '/identity') return
      if (request.method === 'OPTIONS') sendJson(response, 204)
      else {
        const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? ''
        const identity = await directory.identity(token)
        if (identity) sendJson(response, 200, identity)
        else sendJson(response, 401, { error: 'unknown-or-revoked-token' })
      }
      // An empty rejection tells Hocuspocus the request is answered.
      throw null
    },
  }
}

function closeConnectionsOf(server: Server, revoked: Set<string>) {
  server.hocuspocus.documents.forEach((document) => {
    for (const connection of document.getConnections()) {
      const { identity } = connection.context as ConnectionContext
      if (identity && revoked.has(identity.personId)) connection.close({ code: 4403, reason: 'revoked' })
    }
  })
}

export async function startWorklogServer(options: ServerOptions): Promise<WorklogServer> {
  const { db } = options
  const directory = createDirectory(db)
  const extensions: Extension[] = [
    permissions(directory),
    identityEndpoint(directory),
    new DatabaseExtension({
      fetch: ({ documentName }) => loadDocumentState(db, documentName),
      store: ({ documentName, state }) => storeDocumentState(db, documentName, state),
    }),
  ]
  if (options.redisUrl) extensions.push(new Redis(redisConfiguration(options.redisUrl)))
  const server = new Server({
    address: options.host,
    port: options.port,
    quiet: true,
    stopOnSignals: false,
    debounce: 500,
    maxDebounce: 5000,
    // A year of weeks is well under 1 MB; anything near this is not a worklog.
    websocketOptions: { maxPayload: 16 * 1024 * 1024 },
    extensions,
  })
  await server.listen()
  const { port } = server.address
  const host = options.host.includes(':') ? `[${options.host}]` : options.host

  let seen = new Map<string, string>()
  async function refresh() {
    const people = await directory.reload()
    const byCohort = new Map<string, Person[]>()
    for (const person of people)
      byCohort.set(person.cohortId, [...(byCohort.get(person.cohortId) ?? []), person])
    const next = new Map([...byCohort].map(([cohortId, members]) => [cohortId, JSON.stringify(members)]))
    for (const [cohortId, members] of byCohort) {
      if (seen.get(cohortId) !== next.get(cohortId))
        await writeRosterPeople(server.hocuspocus, cohortId, members)
    }
    seen = next
    closeConnectionsOf(
      server,
      new Set(people.filter((person) => person.revoked).map((person) => person.personId)),
    )
  }
  await refresh()
  let refreshing = Promise.resolve()
  const poll = setInterval(() => {
    refreshing = refreshing
      .then(refresh)
      .catch((error: unknown) => console.error('Refreshing people failed:', error))
  }, options.pollMs ?? 2000)

  return {
    url: `ws://${host}:${port}`,
    httpUrl: `http://${host}:${port}`,
    refresh: () => (refreshing = refreshing.catch(() => undefined).then(refresh)),
    async stop() {
      clearInterval(poll)
      await refreshing.catch(() => undefined)
      await server.destroy()
    },
  }
}
