import { said, SaidError } from '../domain/messages'
import type { SiteFolderRecord } from './db'
import { db } from './db'

/** The site folder a journal saves into, or null when none was opened for it. */
export async function getSiteFolder(journalId: string): Promise<SiteFolderRecord | null> {
  return (await (await db()).get('siteFolders', journalId)) ?? null
}

/** Remembers a site folder for a journal, with the text of every page just read from it. */
export async function rememberSiteFolder(record: SiteFolderRecord): Promise<void> {
  await (await db()).put('siteFolders', record)
}

/**
 * Notes the text pages now have on disk (written, or read and kept), in one transaction with the read of
 * the record, so that two saves cannot lose each other's notes.
 */
export async function noteSiteFiles(
  journalId: string,
  files: Record<string, string>,
  now = new Date(),
): Promise<SiteFolderRecord> {
  const tx = (await db()).transaction('siteFolders', 'readwrite')
  const current = await tx.store.get(journalId)
  if (!current) throw new SaidError(said('msg.siteFolderGone'))
  const next = { ...current, files: { ...current.files, ...files }, at: now.toISOString() }
  await tx.store.put(next)
  await tx.done
  return next
}

export async function forgetSiteFolder(journalId: string): Promise<void> {
  await (await db()).delete('siteFolders', journalId)
}
