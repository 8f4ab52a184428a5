import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'

/** The few SQL calls the server makes; the same SQL runs on PGlite and on PostgreSQL. */
export interface Database {
  query<Row>(text: string, params?: unknown[]): Promise<Row[]>
  close(): Promise<void>
  readonly description: string
}

const schema = [
  `create table if not exists worklog_documents (
     name text primary key,
     state bytea not null,
     updated_at timestamptz not null default now()
   )`,
  `create table if not exists worklog_cohorts (
     id text primary key,
     name text not null unique,
     created_at timestamptz not null default now()
   )`,
  `create table if not exists worklog_people (
     id text primary key,
     cohort_id text not null references worklog_cohorts(id),
     name text not null,
     role text not null check (role in ('mentor', 'intern')),
     token_hash text not null unique,
     created_at timestamptz not null default now(),
     revoked_at timestamptz
   )`,
]

async function migrate(db: Database): Promise<Database> {
  for (const statement of schema) await db.query(statement)
  return db
}

/** The embedded database: PostgreSQL in WebAssembly, kept in a folder. */
export async function openEmbeddedDatabase(folder: string): Promise<Database> {
  await mkdir(folder, { recursive: true })
  const lite = await PGlite.create(folder)
  return migrate({
    description: `embedded database in ${folder}`,
    async query<Row>(text: string, params?: unknown[]) {
      return (await lite.query<Row>(text, params)).rows
    },
    close: () => lite.close(),
  })
}

/** A PostgreSQL server shared by several server processes. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 4 })
  const where = new URL(url)
  return migrate({
    description: `PostgreSQL at ${where.host}${where.pathname}`,
    async query<Row>(text: string, params?: unknown[]) {
      return (await pool.query(text, params)).rows as Row[]
    },
    close: () => pool.end(),
  })
}
