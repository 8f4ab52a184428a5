import type { ImportAnalysis, SourceFile } from '../codec/pickedFiles'

/** What reading picked files can end in: the codec's analysis, or the worker stopped after too long. */
export type ImportOutcome = ImportAnalysis | { kind: 'timedOut'; seconds: number }

/** Longer than any real worklog takes (a whole site reads in about a second); a hostile file is stopped. */
export const IMPORT_TIME_LIMIT_MS = 60_000

/** In the page itself, where workers are unavailable (tests) or the worker cannot start. */
const inThisThread = (files: SourceFile[]) =>
  import('../codec/pickedFiles').then(({ readPickedFiles }) => readPickedFiles(files))

/**
 * Reads the picked files in a Web Worker, so that parsing a large or hostile file never freezes the
 * interface; one worker per import, ended when it answers or when `timeLimitMs` has passed without an
 * answer (then nothing was read, and nothing is stored).
 */
export function analyseOffThread(
  files: SourceFile[],
  timeLimitMs: number = IMPORT_TIME_LIMIT_MS,
): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') return inThisThread(files)
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../codec/import.worker.ts', import.meta.url), { type: 'module' })
    const end = (outcome: ImportOutcome | Promise<ImportOutcome>) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(outcome)
    }
    const timer = setTimeout(
      () => end({ kind: 'timedOut', seconds: Math.round(timeLimitMs / 1000) }),
      timeLimitMs,
    )
    worker.onmessage = (event: MessageEvent<ImportAnalysis>) => end(event.data)
    // The worker catches every failure of reading and answers; an error here means it could not start.
    worker.onerror = (event) => {
      event.preventDefault()
      end(inThisThread(files))
    }
    worker.postMessage(files)
  })
}
