import { said, SaidError } from '../domain/messages'
/**
 * The intern's site folder through the File System Access API (Chromium): the picker, permission, and
 * reading and writing the worklog pages. An Origin Private File System directory has the same interface,
 * which is how the browser tests stand one in for the picked folder.
 */

type PickDirectory = () => Promise<FileSystemDirectoryHandle>

interface PickerWindow {
  showDirectoryPicker?: (options?: {
    id?: string
    mode?: 'read' | 'readwrite'
  }) => Promise<FileSystemDirectoryHandle>
  /** Test seam: the browser tests cannot click the native picker, so they may hand in a folder here. */
  __worklogPickDirectory?: PickDirectory
}

interface PermissionMethods {
  queryPermission?: (descriptor: { mode: 'readwrite' }) => Promise<PermissionState>
  requestPermission?: (descriptor: { mode: 'readwrite' }) => Promise<PermissionState>
}

function pickerWindow(): PickerWindow {
  return typeof window === 'undefined' ? {} : (window as unknown as PickerWindow)
}

/** Whether this browser can open a folder to write into (Chromium); elsewhere the zip holds the same bytes. */
export function siteFolderSupported(): boolean {
  const w = pickerWindow()
  return typeof w.__worklogPickDirectory === 'function' || typeof w.showDirectoryPicker === 'function'
}

/** Asks the user for a folder; null when they closed the picker. */
export async function pickDirectory(): Promise<FileSystemDirectoryHandle | null> {
  const w = pickerWindow()
  try {
    if (w.__worklogPickDirectory) return await w.__worklogPickDirectory()
    if (!w.showDirectoryPicker) throw new SaidError(said('msg.noFolderPicker'))
    return await w.showDirectoryPicker({ id: 'worklog-site', mode: 'readwrite' })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null
    throw error
  }
}

export class FolderPermissionError extends Error {
  constructor(name: string) {
    super(`The browser was not allowed to write into the folder “${name}”.`)
    this.name = 'FolderPermissionError'
  }
}

/** Asks again for write access to a remembered folder when the browser has forgotten it (OPFS: always granted). */
export async function ensureWritable(handle: FileSystemDirectoryHandle): Promise<void> {
  const methods = handle as FileSystemDirectoryHandle & PermissionMethods
  if (!methods.queryPermission) return
  if ((await methods.queryPermission({ mode: 'readwrite' })) === 'granted') return
  if ((await methods.requestPermission?.({ mode: 'readwrite' })) === 'granted') return
  throw new FolderPermissionError(handle.name)
}

async function childFolder(
  parent: FileSystemDirectoryHandle,
  test: (name: string) => boolean,
): Promise<FileSystemDirectoryHandle | null> {
  const found: FileSystemDirectoryHandle[] = []
  for await (const entry of parent.values())
    if (entry.kind === 'directory' && test(entry.name)) found.push(entry)
  found.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))
  return found[0] ?? null
}

const isWorklogFolder = (name: string) => /^\d+-worklog$/i.test(name)

/**
 * The worklog folder in what the user picked: the site root (`content/1-Worklog`), `content`
 * (`1-Worklog`), or the worklog folder itself (''). Null when there is none.
 */
export async function findWorklogFolder(
  picked: FileSystemDirectoryHandle,
): Promise<{ folder: FileSystemDirectoryHandle; base: string } | null> {
  if (isWorklogFolder(picked.name)) return { folder: picked, base: '' }
  const direct = await childFolder(picked, isWorklogFolder)
  if (direct) return { folder: direct, base: direct.name }
  const content = await childFolder(picked, (name) => name === 'content')
  const inContent = content && (await childFolder(content, isWorklogFolder))
  return inContent ? { folder: inContent, base: `content/${inContent.name}` } : null
}

/** The folder at `base` below the picked one (as remembered). */
export async function openBase(
  picked: FileSystemDirectoryHandle,
  base: string,
): Promise<FileSystemDirectoryHandle> {
  let folder = picked
  for (const name of base.split('/').filter(Boolean)) folder = await folder.getDirectoryHandle(name)
  return folder
}

const isPage = (name: string) => /^_index(\.[a-z]{2})?\.md$/i.test(name)

/** Every `_index*.md` of the worklog folder and of its week folders: path below the folder → file. */
export async function listPages(worklog: FileSystemDirectoryHandle): Promise<{ path: string; file: File }[]> {
  const pages: { path: string; file: File }[] = []
  for await (const entry of worklog.values()) {
    if (entry.kind === 'file' && isPage(entry.name))
      pages.push({ path: entry.name, file: await entry.getFile() })
    if (entry.kind !== 'directory') continue
    for await (const inner of entry.values())
      if (inner.kind === 'file' && isPage(inner.name))
        pages.push({ path: `${entry.name}/${inner.name}`, file: await inner.getFile() })
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'TypeMismatchError')
  )
}

/** The text of a page below the worklog folder, or null when there is no such file. */
export async function readPage(worklog: FileSystemDirectoryHandle, path: string): Promise<string | null> {
  const parts = path.split('/')
  try {
    let folder = worklog
    for (const name of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(name)
    return await (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text()
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** Writes a page below the worklog folder, making its week folder when it is new. */
export async function writePage(
  worklog: FileSystemDirectoryHandle,
  path: string,
  text: string,
): Promise<void> {
  const parts = path.split('/')
  let folder = worklog
  for (const name of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(name, { create: true })
  const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable()
  await writable.write(text)
  await writable.close()
}
