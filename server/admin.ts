import { existsSync } from 'node:fs'
import { unlink } from 'node:fs/promises'
import { createServer, request, type Server } from 'node:http'
import { join } from 'node:path'
import type { Database } from './db.ts'
import { invitePerson, listPeople, revokePerson, type Role } from './people.ts'

/**
 * The embedded database belongs to one process. While the server runs, the invite, revoke and list
 * commands reach it through a Unix socket inside the data folder (only who can read the folder can
 * use it).
 */
export const adminSocketPath = (dataFolder: string) => join(dataFolder, 'admin.sock')

export interface AdminRequest {
  command: 'invite' | 'revoke' | 'list'
  cohortName?: string
  role?: Role
  name?: string
  key?: string
}

async function answer(db: Database, input: AdminRequest): Promise<unknown> {
  switch (input.command) {
    case 'invite':
      return invitePerson(db, {
        cohortName: input.cohortName ?? '',
        role: input.role ?? 'intern',
        name: input.name ?? '',
      })
    case 'revoke':
      return revokePerson(db, input.key ?? '')
    case 'list':
      return listPeople(db)
  }
}

export async function serveAdmin(
  dataFolder: string,
  db: Database,
  serverUrl: string,
  afterChange: () => Promise<void>,
): Promise<Server> {
  const path = adminSocketPath(dataFolder)
  if (existsSync(path)) await unlink(path)
  const admin = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      void (async () => {
        try {
          const input = JSON.parse(body) as AdminRequest
          const result = await answer(db, input)
          if (input.command !== 'list') await afterChange()
          res.writeHead(200, { 'Content-Type': 'application/json' })
          res.end(JSON.stringify({ result, serverUrl }))
        } catch (error) {
          res.writeHead(400, { 'Content-Type': 'application/json' })
          res.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }))
        }
      })()
    })
  })
  await new Promise<void>((resolve) => admin.listen(path, resolve))
  return admin
}

/** Asks the running server; null when no server listens on the folder's socket. */
export async function askRunningServer(
  dataFolder: string,
  input: AdminRequest,
): Promise<{ result: unknown; serverUrl: string } | null> {
  const path = adminSocketPath(dataFolder)
  if (!existsSync(path)) return null
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: path, method: 'POST', path: '/' }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      res.on('end', () => {
        const parsed = JSON.parse(body) as { result: unknown; serverUrl: string; error?: string }
        if (parsed.error) reject(new Error(parsed.error))
        else resolve(parsed)
      })
    })
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A socket left by a server that did not stop cleanly: nobody is listening.
      if (error.code === 'ECONNREFUSED' || error.code === 'ENOENT')
        unlink(path).then(
          () => resolve(null),
          () => resolve(null),
        )
      else reject(error)
    })
    req.end(JSON.stringify(input))
  })
}
