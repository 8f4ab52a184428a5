import { beforeEach, describe, expect, it } from 'vitest'
import { deleteJournal } from '../../src/storage/repository'
import {
  forgetSiteFolder,
  getSiteFolder,
  noteSiteFiles,
  rememberSiteFolder,
} from '../../src/storage/siteFolders'
import { freshDatabase, storeJournal } from './helpers'

// fake-indexeddb clones a record as plain data: a stand-in handle keeps its name, which is all these tests read.
const handle = { kind: 'directory', name: 'my-site' } as unknown as FileSystemDirectoryHandle

beforeEach(freshDatabase)

describe('site folder records', () => {
  it('remembers a folder for a journal, notes the text of pages written, and forgets it', async () => {
    const journal = await storeJournal()
    expect(await getSiteFolder(journal.id)).toBeNull()
    await rememberSiteFolder({
      id: journal.id,
      journalId: journal.id,
      handle,
      base: 'content/1-Worklog',
      files: { '_index.md': 'a', '1.1-Week1/_index.md': 'b' },
      at: '2025-10-20T08:00:00.000Z',
    })
    const noted = await noteSiteFiles(
      journal.id,
      { '1.1-Week1/_index.md': 'b2', '1.2-Week2/_index.md': 'c' },
      new Date('2025-10-21T08:00:00.000Z'),
    )
    expect(noted.files).toEqual({ '_index.md': 'a', '1.1-Week1/_index.md': 'b2', '1.2-Week2/_index.md': 'c' })
    const stored = await getSiteFolder(journal.id)
    expect(stored).toMatchObject({
      base: 'content/1-Worklog',
      files: noted.files,
      at: '2025-10-21T08:00:00.000Z',
    })
    expect(stored?.handle.name).toBe('my-site')
    await forgetSiteFolder(journal.id)
    expect(await getSiteFolder(journal.id)).toBeNull()
  })

  it('refuses to note pages for a journal whose folder was forgotten, and stores nothing', async () => {
    const journal = await storeJournal()
    await expect(noteSiteFiles(journal.id, { '_index.md': 'a' })).rejects.toThrow(/no site folder/)
    expect(await getSiteFolder(journal.id)).toBeNull()
  })

  it('forgets the folder when its journal is deleted', async () => {
    const journal = await storeJournal()
    await rememberSiteFolder({ id: journal.id, journalId: journal.id, handle, base: '', files: {}, at: '' })
    await deleteJournal(journal.id)
    expect(await getSiteFolder(journal.id)).toBeNull()
  })
})
