/**
 * An in-memory stand-in for the File System Access API's folder handle (the part the app uses), for
 * tests in jsdom; the browser tests use a real Origin Private File System folder instead.
 */

export class MemoryFile {
  readonly kind = 'file'
  text = ''
  constructor(readonly name: string) {}
  async getFile(): Promise<File> {
    return new File([this.text], this.name)
  }
  async createWritable() {
    let written = ''
    return {
      write: async (chunk: string) => {
        written += chunk
      },
      close: async () => {
        this.text = written
      },
    }
  }
}

export class MemoryFolder {
  readonly kind = 'directory'
  readonly entries = new Map<string, MemoryFolder | MemoryFile>()
  constructor(readonly name: string) {}

  async getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<MemoryFolder> {
    const entry = this.entries.get(name)
    if (entry instanceof MemoryFolder) return entry
    if (entry) throw new DOMException(`${name} is a file`, 'TypeMismatchError')
    if (!options?.create) throw new DOMException(`${name} not found`, 'NotFoundError')
    const folder = new MemoryFolder(name)
    this.entries.set(name, folder)
    return folder
  }

  async getFileHandle(name: string, options?: { create?: boolean }): Promise<MemoryFile> {
    const entry = this.entries.get(name)
    if (entry instanceof MemoryFile) return entry
    if (entry) throw new DOMException(`${name} is a folder`, 'TypeMismatchError')
    if (!options?.create) throw new DOMException(`${name} not found`, 'NotFoundError')
    const file = new MemoryFile(name)
    this.entries.set(name, file)
    return file
  }

  async *values() {
    yield* this.entries.values()
  }

  /** Writes a file at a path below this folder, making folders on the way. */
  async put(path: string, text: string): Promise<void> {
    const [name, ...rest] = path.split('/')
    if (rest.length === 0) (await this.getFileHandle(name, { create: true })).text = text
    else await (await this.getDirectoryHandle(name, { create: true })).put(rest.join('/'), text)
  }

  /** Every file below this folder: path → text. */
  dump(below = ''): Record<string, string> {
    const files: Record<string, string> = {}
    for (const [name, entry] of this.entries) {
      const path = below ? `${below}/${name}` : name
      if (entry instanceof MemoryFolder) Object.assign(files, entry.dump(path))
      else files[path] = entry.text
    }
    return files
  }

  /** As the app sees it. */
  get handle(): FileSystemDirectoryHandle {
    return this as unknown as FileSystemDirectoryHandle
  }
}
