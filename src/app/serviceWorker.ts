/** Registers the offline service worker and tells when a new version waits to take over. */
export function registerServiceWorker(onUpdateReady: (activate: () => void) => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  let requested = false
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only a version the user asked for reloads the page; a first install never does.
    if (requested) window.location.reload()
  })
  const register = () =>
    navigator.serviceWorker
      .register('/sw.js')
      .then((registration) => {
        const offer = (worker: ServiceWorker | null) => {
          if (!worker || !navigator.serviceWorker.controller) return
          onUpdateReady(() => {
            requested = true
            worker.postMessage('skip-waiting')
          })
        }
        offer(registration.waiting)
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') offer(installing)
          })
        })
      })
      .catch(() => {
        // Without a service worker the app still runs; it only needs the network to load.
      })
  if (document.readyState === 'complete') void register()
  else window.addEventListener('load', () => void register(), { once: true })
}
