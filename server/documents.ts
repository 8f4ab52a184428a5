import type { Database } from './db.ts'

/** Loads the stored Yjs state of a document, or null when it was never stored. */
export async function loadDocumentState(db: Database, name: string): Promise<Uint8Array | null> {
  const rows = await db.query<{ state: Uint8Array }>('select state from worklog_documents where name = $1', [
    name,
  ])
  return rows[0] ? new Uint8Array(rows[0].state) : null
}

/** Stores the whole Yjs state of a document (Hocuspocus hands over the merged state). */
export async function storeDocumentState(db: Database, name: string, state: Uint8Array): Promise<void> {
  await db.query(
    `insert into worklog_documents (name, state, updated_at) values ($1, $2, now())
     on conflict (name) do update set state = excluded.state, updated_at = now()`,
    [name, state],
  )
}
