// `npm run bench:server`: the sync server with a cohort of 50 interns × 12 weeks. Prints JSON.
//
// Starts `server/main.ts` as its own process on an embedded database in a temp folder, invites a
// mentor and 50 interns through the command line's admin socket, has every intern write 12 weeks into
// their journal (src/sync/journalDoc.ts), restarts the server, then measures: one mentor socket syncing
// all 50 journals cold (from the database) and warm (documents loaded), an intern's edit reaching the
// mentor (median of 20), and the server's resident memory (VmRSS).

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { emptyContent, newTask } from '../src/domain/factories'
import { weekMonday } from '../src/domain/dates'
import type { WeekContent, Weekday } from '../src/domain/types'
import { writeWeek } from '../src/sync/journalDoc'
import { runCommand } from '../server/commands'
import { readOptions } from '../server/options'

const INTERNS = 50
const WEEKS = 12
const EDITS = 20
const log = (msg: string) => process.stderr.write(`bench:server: ${msg}\n`)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = (x: number) => Math.round(x * 10) / 10

interface Running {
  child: ChildProcess
  url: string
}

function startServer(folder: string): Promise<Running> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--data', folder, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const url = /listening on (ws:\/\/\S+)/.exec(output)?.[1]
      if (url) resolve({ child, url })
    })
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)))
  })
}

function stopServer({ child }: Running): Promise<void> {
  return new Promise((resolve) => {
    child.on('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

const rssMb = ({ child }: Running) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

async function invite(folder: string, role: string, name: string) {
  const args = ['invite', '--data', folder, '--cohort', 'Bench', '--role', role, '--name', name]
  const text = await runCommand(readOptions(args, {}))
  const token = /token=(\S+)/.exec(text)?.[1] ?? ''
  const personId = /person id ([\w-]+)/.exec(text)?.[1] ?? ''
  return { token, personId }
}

function week(number: number): WeekContent {
  const monday = weekMonday('2026-01-05', number)
  const tasks = Array.from({ length: 10 }, (_, i) => ({
    ...newTask(monday, ((i % 5) + 1) as Weekday, `Task ${i + 1} of week ${number}: read, build and test`),
    detail: 'Worked through the module with the mentor; notes in the wiki. '.repeat(3),
    status: 'done' as const,
  }))
  return {
    ...emptyContent(number),
    objectives: [1, 2, 3].map((i) => ({ id: `o${i}`, text: `Objective ${i} for week ${number}` })),
    tasks,
    achievements: {
      intro: 'This week I:',
      groups: [1, 2].map((g) => ({
        id: `g${g}`,
        title: `Group ${g}`,
        items: [1, 2, 3, 4].map((i) => ({
          id: `g${g}i${i}`,
          text: `Item ${i}`,
          achieved: i % 2 === 0,
          children: [],
        })),
      })),
    },
    summary: 'A steady week: the feature works end to end and has its tests. '.repeat(4),
  }
}

function open(socket: HocuspocusProviderWebsocket, name: string, token: string) {
  const doc = new Y.Doc()
  let synced: () => void = () => undefined
  const done = new Promise<void>((resolve) => (synced = resolve))
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onSynced: () => synced(),
  })
  provider.attach()
  return { doc, provider, done }
}

const newSocket = (url: string) => new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket })

async function main() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'worklog-bench-server-'))
  try {
    let server = await startServer(folder)
    log(`server at ${server.url}; inviting 1 mentor and ${INTERNS} interns`)
    const mentor = await invite(folder, 'mentor', 'Bench Mentor')
    const interns = []
    for (let i = 0; i < INTERNS; i++) interns.push(await invite(folder, 'intern', `Intern ${i + 1}`))
    const names = interns.map((intern) => `journal/${intern.personId}/bench`)

    log(`each intern writes ${WEEKS} weeks`)
    let bytes = 0
    for (const [i, intern] of interns.entries()) {
      const socket = newSocket(server.url)
      const client = open(socket, names[i], intern.token)
      await client.done
      for (let n = 1; n <= WEEKS; n++) {
        writeWeek(client.doc, {
          number: n,
          monday: weekMonday('2026-01-05', n),
          publishDate: '',
          content: { en: week(n) },
        })
      }
      bytes += Y.encodeStateAsUpdate(client.doc).length
      while (client.provider.hasUnsyncedChanges) await new Promise((resolve) => setTimeout(resolve, 10))
      client.provider.destroy()
      socket.destroy()
    }
    await stopServer(server)
    server = await startServer(folder)
    const idleMb = rssMb(server)

    const syncAll = async () => {
      const socket = newSocket(server.url)
      const started = performance.now()
      const clients = names.map((name) => open(socket, name, mentor.token))
      await Promise.all(clients.map((client) => client.done))
      return { ms: performance.now() - started, socket, clients }
    }
    const cold = await syncAll()
    const warm = await syncAll()
    const loadedMb = rssMb(server)

    log('live edits')
    const writerSocket = newSocket(server.url)
    const writer = open(writerSocket, names[0], interns[0].token)
    await writer.done
    const reader = cold.clients[0].doc.getText('week:1:en:summary')
    const latencies: number[] = []
    for (let i = 0; i < EDITS; i++) {
      const arrived = new Promise<number>((resolve) => {
        const seen = () => {
          reader.unobserve(seen)
          resolve(performance.now())
        }
        reader.observe(seen)
      })
      const sent = performance.now()
      writer.doc.getText('week:1:en:summary').insert(0, `${i} `)
      latencies.push((await arrived) - sent)
    }
    for (const socket of [cold.socket, warm.socket, writerSocket]) socket.destroy()
    await stopServer(server)
    console.log(
      JSON.stringify(
        {
          cohort: `${INTERNS} interns × ${WEEKS} weeks (10 tasks, 3 objectives, 8 items each)`,
          journalBytesTotal: bytes,
          mentorSyncAllJournalsColdMs: round(cold.ms),
          mentorSyncAllJournalsWarmMs: round(warm.ms),
          liveEditToMentorMedianMs: round(median(latencies)),
          liveEditToMentorMaxMs: round(Math.max(...latencies)),
          serverRssIdleMb: round(idleMb),
          serverRssWithCohortLoadedMb: round(loadedMb),
        },
        null,
        2,
      ),
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
