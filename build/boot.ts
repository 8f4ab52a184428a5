import type { Plugin, Rolldown } from 'vite'
import { DB_NAME, DB_VERSION } from '../src/storage/dbVersion.ts'

/** The screens whose code the boot script fetches ahead, by path (see src/app/preload.ts). */
const ROUTES: [RegExp, string][] = [
  [/^\/j\/[^/]+\/w\/\d+\/?$/, 'src/app/routes/WeekRoute.tsx'],
  [/^\/j\/[^/]+\/?$/, 'src/app/routes/OverviewRoute.tsx'],
]

/**
 * Emits `boot-[hash].js`, a small classic script the built index.html runs before the app's script
 * (deferred, in document order: a file, as the CSP allows no inline script). While the app's code loads
 * and is parsed, it:
 * - opens the database as it is (refusing to create or upgrade it, which only the app does), for
 *   storage/db.ts to take over when it is at the app's version (`window.__worklogEarlyDb`);
 * - asks for the code of the screen the address names (modulepreload), which the app would otherwise
 *   start fetching only once its own script has run.
 */
export function boot(): Plugin {
  return {
    name: 'worklog-boot',
    apply: 'build',
    generateBundle: {
      // After index.html is written (and before build/offline.ts lists the files to precache).
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html']
        if (!html || html.type !== 'asset') return
        const routes = ROUTES.map(([pattern, entry]) => [pattern.source, chunkFiles(bundle, entry)] as const)
        const source = bootScript(routes)
        const fileName = this.getFileName(this.emitFile({ type: 'asset', name: 'boot.js', source }))
        html.source = String(html.source).replace(
          /<script type="module"/,
          `<script defer src="/${fileName}"></script>\n    <script type="module"`,
        )
      },
    },
  }
}

/** A route's chunk and the chunks it imports statically. */
function chunkFiles(bundle: Rolldown.OutputBundle, entry: string): string[] {
  const chunk = Object.values(bundle).find(
    (c): c is Rolldown.OutputChunk => c.type === 'chunk' && (c.facadeModuleId ?? '').endsWith(entry),
  )
  return chunk ? [chunk.fileName, ...chunk.imports] : []
}

function bootScript(routes: (readonly [string, string[]])[]): string {
  return `// Generated at build time (build/boot.ts): runs before the app's script.
(function () {
  var routes = ${JSON.stringify(routes)}
  for (var i = 0; i < routes.length; i++) {
    if (!new RegExp(routes[i][0]).test(location.pathname)) continue
    routes[i][1].forEach(function (file) {
      var link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = '/' + file
      document.head.appendChild(link)
    })
    break
  }
  try {
    window.__worklogEarlyDb = new Promise(function (resolve) {
      // At whatever version it is (asking for the app's version could wait on an old tab, and an upgrade is
      // the app's to run): the app takes the connection only at its own version (${DB_VERSION}).
      var request = indexedDB.open(${JSON.stringify(DB_NAME)})
      request.onupgradeneeded = function () { request.transaction.abort() }
      request.onsuccess = function () {
        var db = request.result
        db.onversionchange = function () { db.close() }
        resolve(db)
      }
      request.onerror = function (event) { event.preventDefault(); resolve(null) }
    })
  } catch (error) {
    // No IndexedDB here: the app opens (and reports) it itself.
  }
})()
`
}
