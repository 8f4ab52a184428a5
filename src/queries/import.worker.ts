import { readImport, type ImportAnalysis, type SourceFile } from './readImport'

/** The worker's global scope, as far as this worker uses it (the project's types are the page's). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SourceFile[]>) => void) | null
  postMessage(answer: ImportAnalysis): void
}

/** Reads the files it is sent with the codec, off the page's thread, and sends back what it found. */
scope.onmessage = (event) => {
  readImport(event.data).then(
    (answer) => scope.postMessage(answer),
    (error: unknown) =>
      scope.postMessage({
        kind: 'refused',
        message: `The files could not be read: ${error instanceof Error ? error.message : String(error)}`,
      }),
  )
}
