// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openPostgres, type Database } from '../../server/db.ts'
import { loadDocumentState } from '../../server/documents.ts'
import { invitePerson, revokePerson } from '../../server/people.ts'
import { connect, eventually, type Client } from './harness.ts'

const pgUrl = process.env.WORKLOG_TEST_PG_URL
const redisUrl = process.env.WORKLOG_TEST_REDIS_URL
const ready = Boolean(pgUrl && redisUrl)
const why =
  'skipped: WORKLOG_TEST_PG_URL and WORKLOG_TEST_REDIS_URL are not set (eval "$(.ci/sync-services start)" sets them)'
if (!ready) console.warn(`PostgreSQL + Redis cluster test ${why}`)

interface Process {
  child: ChildProcess
  url: string
}

/** `npm run server` as a separate process on PostgreSQL + Redis, on a free port. */
function startProcess(): Promise<Process> {
  // node --import tsx: one process per server (the tsx command would add a second one).
  const args = ['--import', 'tsx', 'server/main.ts', '--postgres', pgUrl ?? '', '--redis', redisUrl ?? '']
  const child = spawn(process.execPath, [...args, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const url = /listening on (ws:\/\/\S+)/.exec(output)?.[1]
      if (url) resolve({ child, url })
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`The server exited (${code}): ${output}`)))
  })
}

function stopProcess({ child }: Process): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.on('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

describe.skipIf(!ready)(`two server processes on PostgreSQL + Redis (${ready ? 'running' : why})`, () => {
  let db: Database
  let one: Process, two: Process
  const clients: Client[] = []
  const cohort = `Cluster ${randomUUID()}`
  let mentor: Awaited<ReturnType<typeof invitePerson>>
  let intern: Awaited<ReturnType<typeof invitePerson>>

  beforeAll(async () => {
    db = await openPostgres(pgUrl ?? '')
    mentor = await invitePerson(db, { cohortName: cohort, role: 'mentor', name: 'Minh Mentor' })
    intern = await invitePerson(db, { cohortName: cohort, role: 'intern', name: 'An Intern' })
    ;[one, two] = await Promise.all([startProcess(), startProcess()])
  }, 60_000)

  afterAll(async () => {
    for (const client of clients) client.close()
    await Promise.all([one, two].filter(Boolean).map(stopProcess))
    await db?.close()
  })

  const open = (server: Process, name: string, token: string) => {
    const client = connect(server.url, name, token)
    clients.push(client)
    return client
  }

  it("shows each process's clients the other's edits, and stores them in PostgreSQL", async () => {
    const journal = `journal/${intern.person.personId}/j-1`
    const review = `review/${mentor.person.personId}/${intern.person.personId}/j-1`
    const internOnOne = open(one, journal, intern.token)
    const mentorOnTwo = open(two, journal, mentor.token)
    expect(await internOnOne.outcome).toBe('read-write')
    expect(await mentorOnTwo.outcome).toBe('readonly')
    await Promise.all([internOnOne.synced, mentorOnTwo.synced])
    internOnOne.doc.getText('probe').insert(0, 'written on one')
    await eventually(
      'the edit on two',
      () => mentorOnTwo.doc.getText('probe').toString() === 'written on one',
    )

    const mentorReview = open(two, review, mentor.token)
    const internReview = open(one, review, intern.token)
    await Promise.all([mentorReview.synced, internReview.synced])
    mentorReview.doc.getArray('comments').push(['seen on one'])
    await eventually('the comment on one', () => internReview.doc.getArray('comments').length === 1)

    await eventually(
      'the journal stored in PostgreSQL',
      async () => (await db.query('select 1 from worklog_documents where name = $1', [journal])).length === 1,
      8000,
    )
    // What a restarted process would load: the stored state, read back from PostgreSQL.
    await eventually('the stored journal to hold the edit', async () => {
      const restored = new Y.Doc()
      Y.applyUpdate(restored, (await loadDocumentState(db, journal)) ?? new Uint8Array([0, 0]))
      return restored.getText('probe').toString() === 'written on one'
    })
  }, 20_000)

  it("closes a revoked person's connections on every process", async () => {
    const journal = `journal/${intern.person.personId}/j-2`
    const client = open(two, journal, intern.token)
    expect(await client.outcome).toBe('read-write')
    let closed = false
    client.provider.on('close', () => (closed = true))
    await revokePerson(db, intern.person.personId)
    await eventually('the connection to close', () => closed, 8000)
  }, 15_000)
})
