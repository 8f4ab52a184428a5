/** Cross-tab notices: a committed write is announced so that other tabs refresh what they show. */
export type StorageNotice = (
  | { type: 'journal'; journalId: string }
  | { type: 'week'; journalId: string; number: number; revision: number }
  | { type: 'comments'; journalId: string }
  | { type: 'all' }
) & {
  /** Written from a sync server's documents (this tab's own sync, which its screens must also see). */
  fromSync?: true
}

const CHANNEL = 'worklog-tracker'
let channel: BroadcastChannel | null = null

function getChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel
  channel = new BroadcastChannel(CHANNEL)
  return channel
}

// This tab's own writes, for what keeps them in step elsewhere (the sync bridge): a BroadcastChannel
// never delivers a message to the tab that posted it.
const localListeners = new Set<(notice: StorageNotice) => void>()

export function announce(notice: StorageNotice): void {
  getChannel()?.postMessage(notice)
  for (const listener of localListeners) listener(notice)
}

/** Calls `listener` for every committed write, this tab's and other tabs'. Returns the unsubscribe function. */
export function onAnyChange(listener: (notice: StorageNotice) => void): () => void {
  localListeners.add(listener)
  const stopRemote = onRemoteChange(listener)
  return () => {
    localListeners.delete(listener)
    stopRemote()
  }
}

/** Calls `listener` for notices from other tabs. Returns the unsubscribe function. */
export function onRemoteChange(listener: (notice: StorageNotice) => void): () => void {
  const ch = getChannel()
  const handler = (event: MessageEvent<StorageNotice>) => listener(event.data)
  ch?.addEventListener('message', handler)
  return () => {
    ch?.removeEventListener('message', handler)
  }
}
