/** Cross-tab notices: a committed write is announced so that other tabs refresh what they show. */
export type StorageNotice =
  | { type: 'journal'; journalId: string }
  | { type: 'week'; journalId: string; number: number; revision: number }
  | { type: 'comments'; journalId: string }
  | { type: 'all' }

const CHANNEL = 'worklog-tracker'
let channel: BroadcastChannel | null = null

function getChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel
  channel = new BroadcastChannel(CHANNEL)
  return channel
}

export function announce(notice: StorageNotice): void {
  getChannel()?.postMessage(notice)
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
