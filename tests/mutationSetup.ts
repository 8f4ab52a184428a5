/**
 * For the mutation runs (vitest.mutation.config.ts), which run in Node because Stryker's Vitest runner
 * finds no tests under jsdom: the Web Storage the saver keeps its pending notes in, held in memory as a
 * browser holds it for a page.
 */
class MemoryStorage implements Storage {
  #items = new Map<string, string>()
  get length() {
    return this.#items.size
  }
  clear() {
    this.#items.clear()
  }
  getItem(key: string) {
    return this.#items.get(String(key)) ?? null
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.#items.delete(String(key))
  }
  setItem(key: string, value: string) {
    this.#items.set(String(key), String(value))
  }
}

if (typeof globalThis.localStorage === 'undefined')
  Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true })
