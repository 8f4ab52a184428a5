import { said } from '../domain/messages'
import { readPickedFiles, refused, type ImportAnalysis, type SourceFile } from './pickedFiles'

/**
 * The import worker: the codec reads picked files off the page's thread (started by
 * `queries/analyseOffThread.ts`). Its global scope, as far as it is used (the project's types are the page's).
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SourceFile[]>) => void) | null
  postMessage(answer: ImportAnalysis): void
}

/** Reads the files it is sent with the codec, off the page's thread, and sends back what it found. */
scope.onmessage = (event) => {
  readPickedFiles(event.data).then(
    (answer) => scope.postMessage(answer),
    (error: unknown) =>
      scope.postMessage(
        refused(
          said('msg.filesUnreadable', { reason: error instanceof Error ? error.message : String(error) }),
        ),
      ),
  )
}
