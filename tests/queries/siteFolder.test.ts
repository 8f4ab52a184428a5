import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import { buildHugoZip, hugoPages } from '../../src/codec/hugoZip'
import { newTask, newWeek } from '../../src/domain/factories'
import type { Journal, Week } from '../../src/domain/types'
import type { SiteFolderRecord } from '../../src/storage/db'
import { getSiteFolder } from '../../src/storage/siteFolders'
import { getWeek, saveWeek } from '../../src/storage/repository'
import {
  openSiteFolder,
  rememberOpenedFolder,
  reviewSiteSave,
  saveToSite,
} from '../../src/queries/siteFolder'
import { FolderPermissionError, findWorklogFolder } from '../../src/queries/siteFolderFiles'
import { analyseImport } from '../../src/queries/transfer'
import { freshDatabase, storeJournal } from '../storage/helpers'
import { MemoryFolder } from './memoryFolder'

// IndexedDB keeps a real folder handle as it is (Chromium clones it with its methods); fake-indexeddb would
// turn the stand-in into plain data, so the site folder records live in a map here. Their storage is tested
// on fake-indexeddb in tests/storage/siteFolders.test.ts.
vi.mock('../../src/storage/siteFolders', () => {
  const records = new Map<string, SiteFolderRecord>()
  return {
    getSiteFolder: async (id: string) => records.get(id) ?? null,
    rememberSiteFolder: async (record: SiteFolderRecord) => void records.set(record.id, record),
    noteSiteFiles: async (id: string, files: Record<string, string>) => {
      const current = records.get(id)!
      const next = { ...current, files: { ...current.files, ...files } }
      records.set(id, next)
      return next
    },
    forgetSiteFolder: async (id: string) => void records.delete(id),
  }
})

type PickerWindow = { __worklogPickDirectory?: () => Promise<FileSystemDirectoryHandle> }
const pickerWindow = window as unknown as PickerWindow

let journal: Journal
let site: MemoryFolder

beforeEach(async () => {
  await freshDatabase()
  journal = await storeJournal()
  site = new MemoryFolder('my-site')
  pickerWindow.__worklogPickDirectory = async () => site.handle
})
afterEach(() => {
  delete pickerWindow.__worklogPickDirectory
})

async function storeWeek(number: number, edit: (week: Week) => void = () => undefined): Promise<Week> {
  const week = newWeek(journal, number)
  week.content.en!.tasks = [newTask(week.monday, 1, `Lab ${number}`)]
  edit(week)
  return saveWeek(week, 0)
}

/** A site whose worklog pages are what the app exports now, beside files that are not pages. */
async function siteOfTheJournal(weeks: Week[]): Promise<void> {
  for (const page of hugoPages(journal, weeks, { langs: ['en'], days: 'seed' }))
    await site.put(page.path, page.text)
  await site.put('hugo.toml', 'title = "My site"\n')
  await site.put('content/1-Worklog/1.1-Week1/diagram.png', 'not a page')
}

describe('opening the site folder', () => {
  it('finds content/N-Worklog from the site root and reads its pages', async () => {
    const week = await storeWeek(1)
    await siteOfTheJournal([week])
    const opened = await openSiteFolder()
    expect(opened?.label).toBe('my-site/content/1-Worklog')
    expect(Object.keys(opened!.texts).sort()).toEqual(['1.1-Week1/_index.md', '_index.md'])
    expect(opened!.sources.map((s) => s.path).sort()).toEqual([
      'my-site/content/1-Worklog/1.1-Week1/_index.md',
      'my-site/content/1-Worklog/_index.md',
    ])
  })

  it('accepts the content folder or the worklog folder itself, and names a folder that has none', async () => {
    await site.put('content/1-Worklog/_index.md', 'x')
    const content = await site.getDirectoryHandle('content')
    expect((await findWorklogFolder(content.handle))?.base).toBe('1-Worklog')
    expect((await findWorklogFolder((await content.getDirectoryHandle('1-Worklog')).handle))?.base).toBe('')
    pickerWindow.__worklogPickDirectory = async () => new MemoryFolder('Downloads').handle
    await expect(openSiteFolder()).rejects.toThrow(/“Downloads” has no worklog folder/)
  })

  it('reads the section page as the section page whichever of the three folders was picked', async () => {
    const week = await storeWeek(1)
    await siteOfTheJournal([week])
    const content = await site.getDirectoryHandle('content')
    for (const picked of [site, content, await content.getDirectoryHandle('1-Worklog')]) {
      pickerWindow.__worklogPickDirectory = async () => picked.handle
      const analysis = await analyseImport((await openSiteFolder())!.sources)
      if (analysis.kind !== 'pages') throw new Error(`picking ${picked.name} gave ${analysis.kind}`)
      expect(analysis.imported.perFileReport.map((r) => [r.role, r.status]).sort(), picked.name).toEqual([
        ['section', 'ok'],
        ['week', 'ok'],
      ])
      expect(analysis.imported.weeks.map((w) => w.number)).toEqual([1])
    }
  })

  it('is null when the user closes the picker', async () => {
    pickerWindow.__worklogPickDirectory = () => Promise.reject(new DOMException('closed', 'AbortError'))
    expect(await openSiteFolder()).toBeNull()
  })
})

describe('saving to the site folder', () => {
  it('writes only the pages that changed, never touches other files, and leaves a page changed on disk to the user', async () => {
    const week1 = await storeWeek(1)
    await siteOfTheJournal([week1])
    await rememberOpenedFolder(journal.id, (await openSiteFolder())!)
    expect((await reviewSiteSave(journal)).plan.changes).toEqual([])

    await saveWeek(
      { ...week1, content: { en: { ...week1.content.en!, summary: 'VPCs done.' } } },
      week1.revision,
    )
    await storeWeek(2)
    await site.put('content/1-Worklog/_index.md', 'edited by hand\n')
    const before = site.dump()

    const { plan } = await reviewSiteSave(journal)
    expect(plan.changes.map((c) => `${c.kind} ${c.path}`)).toEqual([
      'conflict _index.md',
      'change 1.1-Week1/_index.md',
      'create 1.2-Week2/_index.md',
    ])
    const result = await saveToSite({ journalId: journal.id, plan, choices: new Map() })
    expect(result).toEqual({ written: ['1.1-Week1/_index.md', '1.2-Week2/_index.md'], changedAgain: [] })

    const after = site.dump()
    expect(after['content/1-Worklog/_index.md']).toBe('edited by hand\n')
    expect(after['content/1-Worklog/1.1-Week1/_index.md']).toContain('VPCs done.')
    expect(after['content/1-Worklog/1.2-Week2/_index.md']).toContain('Lab 2')
    for (const path of Object.keys(before))
      if (!path.includes('1.1-Week1/_index.md')) expect(after[path], path).toBe(before[path])
    // The kept page is now the one read: the next review offers the app's version as a plain change to it.
    expect((await getSiteFolder(journal.id))?.files['_index.md']).toBe('edited by hand\n')
    expect((await reviewSiteSave(journal)).plan.changes.map((c) => `${c.kind} ${c.path}`)).toEqual([
      'change _index.md',
    ])
  })

  it('writes the bytes the zip holds, with the export screen’s choices', async () => {
    const week1 = await storeWeek(1)
    await site.put('content/1-Worklog/_index.md', 'old section\n')
    await rememberOpenedFolder(journal.id, (await openSiteFolder())!)
    await storeWeek(2)
    const options = { langs: ['en' as const], days: 'template' as const }
    const { plan } = await reviewSiteSave(journal, options)
    expect(plan.changes.map((c) => `${c.kind} ${c.path}`)).toEqual([
      'change _index.md',
      'create 1.1-Week1/_index.md',
      'create 1.2-Week2/_index.md',
    ])
    await saveToSite({ journalId: journal.id, plan, choices: new Map() })
    const zip = unzipSync(buildHugoZip(journal, [week1, (await getWeek(journal.id, 2))!], options))
    const zipped = Object.fromEntries(Object.entries(zip).map(([path, bytes]) => [path, strFromU8(bytes)]))
    expect(site.dump()).toEqual(zipped)
    expect(zipped['content/1-Worklog/1.1-Week1/_index.md']).toContain('| 2 |')
  })

  it('leaves alone a page changed on disk between the review and the save', async () => {
    const week1 = await storeWeek(1)
    await siteOfTheJournal([week1])
    await rememberOpenedFolder(journal.id, (await openSiteFolder())!)
    await saveWeek({ ...week1, content: { en: { ...week1.content.en!, summary: 'Mine.' } } }, week1.revision)
    const { plan } = await reviewSiteSave(journal)
    await site.put('content/1-Worklog/1.1-Week1/_index.md', 'changed meanwhile\n')
    const result = await saveToSite({ journalId: journal.id, plan, choices: new Map() })
    expect(result).toEqual({ written: [], changedAgain: ['1.1-Week1/_index.md'] })
    expect(site.dump()['content/1-Worklog/1.1-Week1/_index.md']).toBe('changed meanwhile\n')
    expect((await reviewSiteSave(journal)).plan.changes.map((c) => c.kind)).toEqual(['conflict'])
  })

  it('asks for write access again, and writes nothing when it is refused', async () => {
    const week1 = await storeWeek(1)
    await siteOfTheJournal([week1])
    await rememberOpenedFolder(journal.id, (await openSiteFolder())!)
    const requestPermission = vi.fn(async () => 'denied' as PermissionState)
    Object.assign(site, { queryPermission: async () => 'prompt' as PermissionState, requestPermission })
    await expect(reviewSiteSave(journal)).rejects.toBeInstanceOf(FolderPermissionError)
    expect(requestPermission).toHaveBeenCalledWith({ mode: 'readwrite' })
    requestPermission.mockResolvedValue('granted')
    expect((await reviewSiteSave(journal)).plan.changes).toEqual([])
  })
})
