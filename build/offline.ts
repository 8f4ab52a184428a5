import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

/**
 * The built app's offline support and its Content-Security-Policy:
 * - emits `sw.js`, a service worker that precaches every file of the build under a cache named by
 *   the build's hash, serves them cache-first, and answers navigations with the cached index.html;
 *   a new build waits until the page asks it to take over ("reload to update");
 * - adds a CSP allowing only the app's own origin (and, for connections, the sync server) to the built index.html (not in dev, whose
 *   hot-reload preamble is an inline script).
 */
export function offline(): Plugin {
  return {
    name: 'worklog-offline',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: [
              "default-src 'self'",
              "script-src 'self'",
              "style-src 'self'",
              "img-src 'self' data: blob:",
              "font-src 'self'",
              // A sync server is wherever a programme runs it (its address comes in the invite link):
              // the app may connect to any ws(s) server and ask any http(s) one who a token is. Scripts
              // stay 'self' only, so nothing but the app's own code can use this.
              "connect-src 'self' ws: wss: http: https:",
              "worker-src 'self'",
              "manifest-src 'self'",
              "object-src 'none'",
              "base-uri 'self'",
              "form-action 'self'",
            ].join('; '),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle: {
      // After every other file is in the bundle (index.html, the boot script of build/boot.ts).
      order: 'post',
      handler(_options, bundle) {
        const files = Object.keys(bundle).filter((name) => !name.endsWith('.map'))
        const hash = createHash('sha256').update(files.sort().join('\n')).digest('hex').slice(0, 12)
        const precache = [
          '/',
          ...files.filter((f) => f !== 'index.html').map((f) => `/${f}`),
          '/manifest.webmanifest',
          '/icon.svg',
        ]
        this.emitFile({
          type: 'asset',
          fileName: 'sw.js',
          source: serviceWorker(`worklog-${hash}`, precache),
        })
      },
    },
  }
}

function serviceWorker(cacheName: string, precache: string[]): string {
  return `// Generated at build time: precaches the app so that it runs offline.
const CACHE = ${JSON.stringify(cacheName)}
const PRECACHE = ${JSON.stringify(precache)}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting()
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    event.respondWith(caches.match('/', { cacheName: CACHE, ignoreVary: true }).then((cached) => cached || fetch(request)))
    return
  }
  // ignoreVary: a module script is requested in CORS mode (with an Origin header) and a server that
  // answers with "Vary: Origin" would otherwise never match the copy precached without one.
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreVary: true }).then((cached) => cached || fetch(request)))
})
`
}
