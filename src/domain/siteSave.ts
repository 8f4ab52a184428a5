/**
 * What saving into the intern's site folder would do to each page: compare the app's text with what is on
 * disk now and with what was last read from (or written to) it. A page is written only when it is new,
 * or when the disk still holds what was read; anything else is a conflict the user decides.
 */

export interface SitePageText {
  /** Below the site's worklog folder: `_index.md`, `1.7-Week7/_index.vi.md`. */
  path: string
  text: string
}

export type SitePageChange =
  | { kind: 'create'; path: string; app: string }
  | { kind: 'change'; path: string; app: string; disk: string }
  /** `read` null: the file was never read; `disk` null: it was read once and is gone from disk now. */
  | { kind: 'conflict'; path: string; app: string; disk: string | null; read: string | null }

export interface SiteSavePlan {
  changes: SitePageChange[]
  /** Pages whose disk text is already the app's. */
  unchanged: SitePageText[]
}

export function planSiteSave(
  app: readonly SitePageText[],
  read: Readonly<Record<string, string>>,
  disk: ReadonlyMap<string, string | null>,
): SiteSavePlan {
  const changes: SitePageChange[] = []
  const unchanged: SitePageText[] = []
  for (const { path, text } of app) {
    const onDisk = disk.get(path) ?? null
    const wasRead = Object.hasOwn(read, path) ? read[path] : null
    if (onDisk === text) unchanged.push({ path, text })
    else if (onDisk === null && wasRead === null) changes.push({ kind: 'create', path, app: text })
    else if (onDisk !== null && wasRead === onDisk)
      changes.push({ kind: 'change', path, app: text, disk: onDisk })
    else changes.push({ kind: 'conflict', path, app: text, disk: onDisk, read: wasRead })
  }
  return { changes, unchanged }
}

/** The user's answer for a conflict: keep what is on disk, or write the app's version. */
export type ConflictChoice = 'keep-disk' | 'write-app'

/** The pages to write: every creation and change, and the conflicts the user gave to the app. */
export function pagesToWrite(
  plan: SiteSavePlan,
  choices: ReadonlyMap<string, ConflictChoice>,
): SitePageChange[] {
  return plan.changes.filter((c) => c.kind !== 'conflict' || choices.get(c.path) === 'write-app')
}
