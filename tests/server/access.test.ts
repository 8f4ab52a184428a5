// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { serveAdmin } from '../../server/admin.ts'
import { runCommand } from '../../server/commands.ts'
import { readOptions } from '../../server/options.ts'
import { invitePerson, listPeople, revokePerson } from '../../server/people.ts'
import { connectRaw } from './rawClient.ts'
import { connect, eventually, makeFolder, removeFolder, startTestServer, type TestServer } from './harness.ts'

type Person = Awaited<ReturnType<TestServer['invite']>>

let folder: string
let running: TestServer
let minh: Person, lan: Person, an: Person, binh: Person, outsider: Person, outsiderIntern: Person
const opened: { close(): void }[] = []

function open(name: string, who: Person) {
  const client = connect(running.server.url, name, who.token)
  opened.push(client)
  return client
}

const journalOf = (intern: Person) => `journal/${intern.personId}/j-1`
const reviewOf = (mentor: Person, intern: Person) => `review/${mentor.personId}/${intern.personId}/j-1`

beforeAll(async () => {
  folder = await makeFolder()
  running = await startTestServer(folder)
  minh = await running.invite('Spring 2026', 'mentor', 'Minh Mentor')
  lan = await running.invite('Spring 2026', 'mentor', 'Lan Mentor')
  an = await running.invite('Spring 2026', 'intern', 'An Intern')
  binh = await running.invite('Spring 2026', 'intern', 'Binh Intern')
  outsider = await running.invite('Autumn 2026', 'mentor', 'Other Mentor')
  outsiderIntern = await running.invite('Autumn 2026', 'intern', 'Other Intern')
}, 60_000)

afterAll(async () => {
  for (const client of opened) client.close()
  await running?.stop()
  await removeFolder(folder)
})

describe('the sync server', () => {
  it('lets an intern write their journal, registers it in the roster, and lets the mentors read it', async () => {
    const own = open(journalOf(an), an)
    expect(await own.outcome).toBe('read-write')
    await own.synced
    own.doc.getText('probe').insert(0, 'week 1 by An')

    const roster = open(`cohort/${an.cohortId}`, minh)
    expect(await roster.outcome).toBe('readonly')
    const journals = roster.doc.getMap('journals')
    await eventually('the journal in the roster', () => journals.has(`${an.personId}/j-1`))
    expect(roster.doc.getMap('people').get(an.personId)).toEqual({
      name: 'An Intern',
      role: 'intern',
      active: true,
    })

    for (const mentor of [minh, lan]) {
      const reader = open(journalOf(an), mentor)
      expect(await reader.outcome).toBe('readonly')
      await eventually(
        'the edit at the mentor',
        () => reader.doc.getText('probe').toString() === 'week 1 by An',
      )
    }
  })

  it('refuses another intern, another cohort, unknown tokens and names outside the protocol', async () => {
    expect(await open(journalOf(an), binh).outcome).toBe('denied: permission-denied')
    expect(await open(journalOf(an), outsider).outcome).toBe('denied: permission-denied')
    expect(await open(`cohort/${an.cohortId}`, outsiderIntern).outcome).toBe('denied: permission-denied')
    expect(await open(reviewOf(minh, an), binh).outcome).toBe('denied: permission-denied')
    expect(await open(journalOf(an), { ...an, token: 'not-a-token' }).outcome).toBe(
      'denied: unknown-or-revoked-token',
    )
    for (const name of [`notes/${an.personId}`, `journal/${an.personId}`, `journal/${an.personId}/../x`]) {
      expect(await open(name, an).outcome).toBe('denied: permission-denied')
    }
  })

  it('lets the mentor write their review; the intern and the other mentor only read it', async () => {
    const mentor = open(reviewOf(minh, an), minh)
    expect(await mentor.outcome).toBe('read-write')
    await mentor.synced
    mentor.doc.getArray('comments').push(['Please add the test plan'])
    for (const reader of [an, lan]) {
      const client = open(reviewOf(minh, an), reader)
      expect(await client.outcome).toBe('readonly')
      await eventually('the comment', () => client.doc.getArray('comments').length === 1)
    }
  })

  it("drops a modified client's writes to a document it may only read", async () => {
    const forged = await connectRaw(running.server.url, reviewOf(minh, an), an.token)
    expect(forged.scope).toBe('readonly')
    const update = (() => {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(forged.doc))
      doc.getMap('decisions').set('week-1', 'approved')
      return Y.encodeStateAsUpdate(doc, Y.encodeStateVector(forged.doc))
    })()
    expect(await forged.sendUpdate(update)).toBe(false)
    expect(await forged.sendSyncStep2(update)).toBe(false)
    forged.close()

    const mentorForged = await connectRaw(running.server.url, journalOf(an), minh.token)
    expect(mentorForged.scope).toBe('readonly')
    const doc = new Y.Doc()
    doc.getText('probe').insert(0, 'rewritten by the mentor')
    expect(await mentorForged.sendUpdate(Y.encodeStateAsUpdate(doc))).toBe(false)
    mentorForged.close()

    const allowed = await connectRaw(running.server.url, reviewOf(minh, an), minh.token)
    expect(allowed.scope).toBe('read-write')
    const comment = new Y.Doc()
    Y.applyUpdate(comment, Y.encodeStateAsUpdate(allowed.doc))
    comment.getArray('comments').push(['A second comment'])
    expect(await allowed.sendUpdate(Y.encodeStateAsUpdate(comment, Y.encodeStateVector(allowed.doc)))).toBe(
      true,
    )
    allowed.close()

    const third = open(reviewOf(minh, an), lan)
    await third.synced
    await eventually('the allowed comment', () => third.doc.getArray('comments').length === 2)
    expect(third.doc.getMap('decisions').size).toBe(0)
    const journal = open(journalOf(an), lan)
    await journal.synced
    expect(journal.doc.getText('probe').toString()).toBe('week 1 by An')
  })

  it("stamps presence with the sender's identity, whatever the client claims", async () => {
    const writer = open(journalOf(an), an)
    const reader = open(journalOf(an), minh)
    await Promise.all([writer.synced, reader.synced])
    writer.provider.setAwarenessField('person', {
      personId: minh.personId,
      name: 'Minh Mentor',
      role: 'mentor',
    })
    writer.provider.setAwarenessField('cursor', 5)
    const stateAtMentor = () =>
      [...(reader.provider.awareness?.getStates().values() ?? [])].find((s) => s.cursor === 5)
    await eventually('the presence at the mentor', () => stateAtMentor() !== undefined)
    expect(stateAtMentor()?.person).toEqual({ personId: an.personId, name: 'An Intern', role: 'intern' })
  })

  it('tells a token its identity over HTTP and nothing to an unknown token', async () => {
    const answer = await fetch(`${running.server.httpUrl}/identity`, {
      headers: { Authorization: `Bearer ${an.token}` },
    })
    expect(answer.status).toBe(200)
    expect(await answer.json()).toEqual({
      personId: an.personId,
      name: 'An Intern',
      role: 'intern',
      cohortId: an.cohortId,
      cohortName: 'Spring 2026',
    })
    const refused = await fetch(`${running.server.httpUrl}/identity`, {
      headers: { Authorization: 'Bearer nope' },
    })
    expect(refused.status).toBe(401)
    const preflight = await fetch(`${running.server.httpUrl}/identity`, { method: 'OPTIONS' })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Authorization')
  })

  it('ends a revoked person: open connections close and the token is refused', async () => {
    const own = open(journalOf(binh), binh)
    expect(await own.outcome).toBe('read-write')
    await own.synced
    let closed = false
    own.provider.on('close', () => (closed = true))
    expect((await revokePerson(running.db, binh.personId))?.revoked).toBe(true)
    await running.server.refresh()
    await eventually('the connection to close', () => closed)
    own.doc.getText('probe').insert(0, 'after revocation')

    expect(await open(journalOf(binh), binh).outcome).toBe('denied: unknown-or-revoked-token')
    const reader = open(journalOf(binh), minh)
    expect(await reader.outcome).toBe('denied: permission-denied')
    const roster = open(`cohort/${binh.cohortId}`, minh)
    await eventually('the roster to mark Binh inactive', () => {
      const entry = roster.doc.getMap('people').get(binh.personId) as { active: boolean } | undefined
      return entry?.active === false
    })
  })

  it('invites, lists and revokes through the running server, as the command line does', async () => {
    const admin = await serveAdmin(folder, running.db, running.server.url, () => running.server.refresh())
    try {
      const command = (args: string[]) => runCommand(readOptions([...args, '--data', folder], {}))
      const invited = await command([
        'invite',
        '--cohort',
        'Spring 2026',
        '--role',
        'intern',
        '--name',
        'Chi Intern',
      ])
      const link = /(http:\/\/127\.0\.0\.1:5173\/join#server=(\S+)&token=(\S+))/.exec(invited)
      expect(decodeURIComponent(link?.[2] ?? '')).toBe(running.server.url)
      const token = link?.[3] ?? ''
      const identity = await fetch(`${running.server.httpUrl}/identity`, {
        headers: { Authorization: `Bearer ${token}` },
      })
      const chi = (await identity.json()) as { personId: string }
      expect((await command(['list'])).split('\n')).toContain(`  intern  Chi Intern  ${chi.personId}`)
      expect(await command(['revoke', token])).toContain('Revoked Chi Intern')
      expect((await command(['list'])).split('\n')).toContain(
        `  intern  Chi Intern  ${chi.personId}  (revoked)`,
      )
      await expect(command(['revoke', 'nobody'])).rejects.toThrow(
        'No person has the token or person id "nobody"',
      )
    } finally {
      await new Promise((resolve) => admin.close(resolve))
    }
  })

  it('refuses an invite with a bad name or role, storing nothing', async () => {
    const before = (await listPeople(running.db)).length
    const attempt = (cohortName: string, role: string, name: string) =>
      invitePerson(running.db, { cohortName, role: role as 'intern', name })
    await expect(attempt(' ', 'intern', 'Dao')).rejects.toThrow('The cohort needs a name')
    await expect(attempt('Spring 2026', 'intern', '')).rejects.toThrow('The person needs a name')
    await expect(attempt('Spring 2026', 'intern', 'x'.repeat(101))).rejects.toThrow(
      'longer than 100 characters',
    )
    await expect(attempt('Spring 2026', 'intern', 'Dao\u0007')).rejects.toThrow('control characters')
    await expect(attempt('Spring 2026', 'admin', 'Dao')).rejects.toThrow('The role must be mentor or intern')
    expect(await listPeople(running.db)).toHaveLength(before)
  })

  it('keeps everything across a restart, even an edit made just before stopping, and none of the dropped writes', async () => {
    const writer = open(journalOf(an), an)
    const reader = open(journalOf(an), lan)
    await Promise.all([writer.synced, reader.synced])
    writer.doc.getText('late').insert(0, 'typed just before the stop')
    await eventually('the late edit at the server', () => reader.doc.getText('late').length > 0)
    for (const client of opened.splice(0)) client.close()
    await running.stop()
    running = await startTestServer(folder)

    const journal = open(journalOf(an), minh)
    await journal.synced
    expect(journal.doc.getText('probe').toString()).toBe('week 1 by An')
    expect(journal.doc.getText('late').toString()).toBe('typed just before the stop')
    const review = open(reviewOf(minh, an), an)
    await review.synced
    expect(review.doc.getArray('comments').toArray()).toEqual([
      'Please add the test plan',
      'A second comment',
    ])
    expect(review.doc.getMap('decisions').size).toBe(0)
    const roster = open(`cohort/${an.cohortId}`, an)
    await roster.synced
    expect(roster.doc.getMap('journals').has(`${an.personId}/j-1`)).toBe(true)
    expect(roster.doc.getMap('cohort').get('name')).toBe('Spring 2026')
    expect(await open(journalOf(binh), binh).outcome).toBe('denied: unknown-or-revoked-token')
  }, 30_000)
})
