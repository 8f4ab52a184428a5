export type PersistState = 'persisted' | 'not-persisted' | 'unsupported'

/** Asks the browser to keep this site's storage under pressure, and says whether it agreed. */
export async function requestPersistence(): Promise<PersistState> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (!storage?.persist || !storage.persisted) return 'unsupported'
  try {
    if (await storage.persisted()) return 'persisted'
    return (await storage.persist()) ? 'persisted' : 'not-persisted'
  } catch {
    return 'not-persisted'
  }
}
