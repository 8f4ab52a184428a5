import { askRunningServer, type AdminRequest } from './admin.ts'
import { openEmbeddedDatabase, openPostgres, type Database } from './db.ts'
import type { Options } from './options.ts'
import { invitePerson, listPeople, revokePerson, type Invite, type Person, type Role } from './people.ts'

/** The link a person opens to join: the token stays in the fragment, which browsers never send. */
export function inviteLink(appUrl: string, serverUrl: string, token: string): string {
  return `${appUrl}/join#server=${encodeURIComponent(serverUrl)}&token=${token}`
}

function adminRequest(options: Options): AdminRequest {
  if (options.command === 'invite') {
    if (!options.cohort) throw new Error('invite needs --cohort "<name>".')
    if (options.role !== 'mentor' && options.role !== 'intern')
      throw new Error('invite needs --role mentor or --role intern.')
    if (!options.name) throw new Error('invite needs --name "<person>".')
    return { command: 'invite', cohortName: options.cohort, role: options.role as Role, name: options.name }
  }
  if (options.command === 'revoke') {
    if (!options.key) throw new Error('revoke needs a token or a person id: revoke <token or person id>.')
    return { command: 'revoke', key: options.key }
  }
  return { command: 'list' }
}

async function runOnDatabase(db: Database, input: AdminRequest): Promise<unknown> {
  if (input.command === 'invite') {
    return invitePerson(db, {
      cohortName: input.cohortName ?? '',
      role: input.role ?? 'intern',
      name: input.name ?? '',
    })
  }
  if (input.command === 'revoke') return revokePerson(db, input.key ?? '')
  return listPeople(db)
}

/** Runs the command through the running server's socket, or on the database directly. */
async function run(options: Options, input: AdminRequest): Promise<{ result: unknown; serverUrl?: string }> {
  if (!options.postgres) {
    const viaServer = await askRunningServer(options.data, input)
    if (viaServer) return viaServer
  }
  const db = options.postgres
    ? await openPostgres(options.postgres)
    : await openEmbeddedDatabase(options.data)
  try {
    return { result: await runOnDatabase(db, input) }
  } finally {
    await db.close()
  }
}

function describePeople(people: Person[]): string {
  if (people.length === 0) return 'Nobody has been invited yet.'
  const lines: string[] = []
  let cohort = ''
  for (const person of people) {
    if (person.cohortId !== cohort) {
      cohort = person.cohortId
      lines.push(`${lines.length ? '\n' : ''}Cohort "${person.cohortName}" (${person.cohortId})`)
    }
    const state = person.revoked ? '  (revoked)' : ''
    lines.push(`  ${person.role.padEnd(6)}  ${person.name}  ${person.personId}${state}`)
  }
  return lines.join('\n')
}

export async function runCommand(options: Options): Promise<string> {
  const input = adminRequest(options)
  const { result, serverUrl } = await run(options, input)
  if (input.command === 'invite') {
    const { token, person } = result as Invite
    const link = inviteLink(options.appUrl, options.serverUrl ?? serverUrl ?? 'ws://127.0.0.1:1234', token)
    return [
      `Invited ${person.name} as ${person.role} of cohort "${person.cohortName}" (person id ${person.personId}).`,
      'Send this link to them alone; it is shown only once:',
      '',
      `  ${link}`,
      '',
      `To end it: npm run server -- revoke ${person.personId}`,
    ].join('\n')
  }
  if (input.command === 'revoke') {
    const person = result as Person | null
    if (!person)
      throw new Error(`No person has the token or person id "${options.key}". See: npm run server -- list`)
    return `Revoked ${person.name} (${person.role} of "${person.cohortName}"); their open connections are closed.`
  }
  return describePeople(result as Person[])
}
