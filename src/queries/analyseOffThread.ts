import type { ImportAnalysis, SourceFile } from '../codec/pickedFiles'

/** In the page itself, where workers are unavailable (tests) or the worker cannot start. */
const inThisThread = (files: SourceFile[]) =>
  import('../codec/pickedFiles').then(({ readPickedFiles }) => readPickedFiles(files))

/**
 * Reads the picked files in a Web Worker, so that parsing a large or hostile file never freezes the
 * interface; one worker per import, ended when it answers.
 */
export function analyseOffThread(files: SourceFile[]): Promise<ImportAnalysis> {
  if (typeof Worker === 'undefined') return inThisThread(files)
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../codec/import.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<ImportAnalysis>) => {
      worker.terminate()
      resolve(event.data)
    }
    // The worker catches every failure of reading and answers; an error here means it could not start.
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      resolve(inThisThread(files))
    }
    worker.postMessage(files)
  })
}
