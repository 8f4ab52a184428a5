// A real sync server for the browser tests: `tsx server/main.ts` on a free port over a fresh data folder,
// invites made with the server's own command line (as a programme would make them).

import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BASE_URL } from './harness'

const root = fileURLToPath(new URL('..', import.meta.url))
const tsx = path.join(root, 'node_modules/.bin/tsx')
// The server runs in this node itself (tsx as a loader, not its wrapper process), so that killing it kills it.
const serverCommand = [process.execPath, ['--import', 'tsx', 'server/main.ts']] as const

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** SYNC_PORTS (`4402-4409`) names the ports this run may use, so that runs on one machine do not collide. */
async function freePort(): Promise<number> {
  const [from, to] = (process.env.SYNC_PORTS ?? '4402-4409').split('-').map(Number)
  for (let port = from!; port <= (to ?? from!); port++) if (await portIsFree(port)) return port
  throw new Error(`No free port for the sync server in ${process.env.SYNC_PORTS ?? '4402-4409'}`)
}

export interface SyncServer {
  url: string
  data: string
  /** An invite link for a new person of the cohort. */
  invite(role: 'mentor' | 'intern', name: string, cohort?: string): Promise<string>
  /** Kills the process at once (SIGKILL): nothing is stored on the way out. */
  kill(): Promise<void>
  /** Starts it again on the same port and data. */
  restart(): Promise<void>
  stop(): Promise<void>
}

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(tsx, args, { cwd: root, timeout: 60_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    ),
  )
}

export async function startSyncServer(): Promise<SyncServer> {
  const data = mkdtempSync(path.join(os.tmpdir(), 'worklog-e2e-server-'))
  const port = await freePort()
  let child: ChildProcess | null = null
  const launch = async () => {
    const started = spawn(serverCommand[0], [...serverCommand[1], '--port', String(port), '--data', data], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child = started
    let output = ''
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The sync server did not start:\n${output}`)), 60_000)
      const read = (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes('listening on')) {
          clearTimeout(timer)
          resolve()
        }
      }
      started.stdout!.on('data', read)
      started.stderr!.on('data', read)
      started.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`The sync server exited (${code}):\n${output}`))
      })
    })
  }
  const exited = () =>
    new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) resolve()
      else child.once('exit', () => resolve())
    })
  await launch()
  return {
    url: `ws://127.0.0.1:${port}`,
    data,
    async invite(role, name, cohort = 'Cloud 2025') {
      const out = await run([
        'server/main.ts',
        'invite',
        '--data',
        data,
        '--cohort',
        cohort,
        '--role',
        role,
        '--name',
        name,
        '--app-url',
        BASE_URL,
      ])
      const link = out.split(/\s+/).find((word) => word.includes('/join#'))
      if (!link) throw new Error(`No invite link in:\n${out}`)
      return link
    },
    async kill() {
      const wait = exited()
      child?.kill('SIGKILL')
      await wait
    },
    restart: launch,
    async stop() {
      const wait = exited()
      child?.kill('SIGTERM')
      await wait
      await rm(data, { recursive: true, force: true })
    },
  }
}
