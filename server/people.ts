import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { Database } from './db.ts'

export type Role = 'mentor' | 'intern'

/** Who a connection is: known only to the server, from the token. */
export interface Identity {
  personId: string
  name: string
  role: Role
  cohortId: string
  cohortName: string
}

export interface Person extends Identity {
  revoked: boolean
}

export interface Invite {
  person: Person
  /** The secret: shown once, stored only as its SHA-256 hash. */
  token: string
}

interface PersonRow {
  token_hash: string
  id: string
  name: string
  role: Role
  cohort_id: string
  cohort_name: string
  revoked_at: unknown
}

const personColumns = `p.token_hash, p.id, p.name, p.role, p.cohort_id, c.name as cohort_name, p.revoked_at
  from worklog_people p join worklog_cohorts c on c.id = p.cohort_id`

function toPerson(row: PersonRow): Person {
  return {
    personId: row.id,
    name: row.name,
    role: row.role,
    cohortId: row.cohort_id,
    cohortName: row.cohort_name,
    revoked: row.revoked_at !== null,
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

async function cohortIdFor(db: Database, cohortName: string): Promise<string> {
  await db.query('insert into worklog_cohorts (id, name) values ($1, $2) on conflict (name) do nothing', [
    randomUUID(),
    cohortName,
  ])
  const rows = await db.query<{ id: string }>('select id from worklog_cohorts where name = $1', [cohortName])
  return rows[0].id
}

const maxNameLength = 100

function checkedName(what: 'cohort' | 'person', raw: string): string {
  const name = raw.trim()
  const option = what === 'cohort' ? '--cohort' : '--name'
  if (!name) throw new Error(`The ${what} needs a name (${option} "<name>").`)
  if (name.length > maxNameLength)
    throw new Error(`The ${what}'s name is longer than ${maxNameLength} characters.`)
  if ([...name].some((char) => char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127))
    throw new Error(`The ${what}'s name has control characters (${option}).`)
  return name
}

/** Adds a person to a cohort (made on first use) and returns their one-time secret token. */
export async function invitePerson(
  db: Database,
  input: { cohortName: string; role: Role; name: string },
): Promise<Invite> {
  const cohortName = checkedName('cohort', input.cohortName)
  const name = checkedName('person', input.name)
  if (input.role !== 'mentor' && input.role !== 'intern') {
    throw new Error(`The role must be mentor or intern (got "${String(input.role)}").`)
  }
  const cohortId = await cohortIdFor(db, cohortName)
  const token = randomBytes(32).toString('base64url')
  const personId = randomUUID()
  await db.query(
    'insert into worklog_people (id, cohort_id, name, role, token_hash) values ($1, $2, $3, $4, $5)',
    [personId, cohortId, name, input.role, hashToken(token)],
  )
  return { token, person: { personId, name, role: input.role, cohortId, cohortName, revoked: false } }
}

/** Ends a person's access, found by their token or their person id. Returns who was revoked. */
export async function revokePerson(db: Database, tokenOrPersonId: string): Promise<Person | null> {
  const key = tokenOrPersonId.trim()
  const rows = await db.query<{ id: string }>(
    `update worklog_people set revoked_at = coalesce(revoked_at, now())
     where id = $1 or token_hash = $2 returning id`,
    [key, hashToken(key)],
  )
  if (!rows[0]) return null
  const people = await db.query<PersonRow>(`select ${personColumns} where p.id = $1`, [rows[0].id])
  return toPerson(people[0])
}

async function peopleRows(db: Database): Promise<PersonRow[]> {
  return db.query<PersonRow>(`select ${personColumns} order by c.name, p.role desc, p.name, p.id`)
}

/** Everyone ever invited, by cohort, mentors first, then name (revoked people included, marked). */
export async function listPeople(db: Database): Promise<Person[]> {
  return (await peopleRows(db)).map(toPerson)
}

/** Everyone ever invited, by the hash of their token: what the server checks connections against. */
export async function peopleByTokenHash(db: Database): Promise<Map<string, Person>> {
  return new Map((await peopleRows(db)).map((row) => [row.token_hash, toPerson(row)]))
}
