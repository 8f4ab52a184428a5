// Helpers for the real-browser tests (run with `npm run e2e`, after `npm run build`).
//
//   const b = await launchBrowser()
//   await gotoApp(b.page, '/')
//   await screenshot(b.page, 'home')
//   assertNoExternalRequests(b)
//   await b.close()
//
// Chromium is Debian's /usr/bin/chromium driven by playwright-core, in a
// persistent context on a fresh profile directory, so IndexedDB survives
// page.reload() and, with reopenBrowser(), closing and starting the browser again.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium'

export const PREVIEW_HOST = '127.0.0.1'
// E2E_PORT lets two runs (e.g. two checkouts) share a machine.
export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4173)
export const BASE_URL = `http://${PREVIEW_HOST}:${PREVIEW_PORT}`
export { CHROMIUM_ARGS, CHROMIUM_PATH }
export const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url))

/** Absolute URL of a path in the app served by `vite preview`. */
export function appUrl(p = '/'): string {
  return new URL(p, BASE_URL + '/').toString()
}

export interface LaunchOptions {
  /** Reuse this profile directory (e.g. the profileDir of a closed browser) instead of a fresh one. */
  profileDir?: string
  /**
   * Keep the profile directory when closing. Default: false for a fresh profile
   * (it is deleted on close), true when profileDir was given (the caller owns it).
   */
  keepProfile?: boolean
  viewport?: { width: number; height: number }
  /** BCP 47 locale for the browser, e.g. 'en-US' or 'fi-FI'. */
  locale?: string
  /** IANA time zone, e.g. 'Europe/Helsinki'. */
  timezoneId?: string
  /** Playwright default timeout for actions and waits, in ms (default 20 s). */
  timeoutMs?: number
}

export interface LaunchedBrowser {
  context: BrowserContext
  /** The page the persistent context opens with. */
  page: Page
  profileDir: string
  /** Every request URL made by any page or worker of the context, in order. */
  requests: string[]
  /** Uncaught page exceptions and console.error messages, prefixed with their kind. */
  errors: string[]
  /** Close Chromium and, unless the profile is kept, delete the profile directory. */
  close(opts?: { keepProfile?: boolean }): Promise<void>
}

const liveProfiles = new Set<string>()
process.once('exit', () => {
  for (const dir of liveProfiles) rmSync(dir, { recursive: true, force: true })
})

export async function launchBrowser(opts: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const fresh = opts.profileDir === undefined
  const profileDir = opts.profileDir ?? mkdtempSync(path.join(os.tmpdir(), 'worklog-e2e-profile-'))
  const keepByDefault = opts.keepProfile ?? !fresh
  if (!keepByDefault) liveProfiles.add(profileDir)

  let context: BrowserContext
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: opts.viewport ?? { width: 1280, height: 800 },
      locale: opts.locale,
      timezoneId: opts.timezoneId,
    })
  } catch (err) {
    if (!keepByDefault) {
      liveProfiles.delete(profileDir)
      await rm(profileDir, { recursive: true, force: true })
    }
    throw err
  }
  context.setDefaultTimeout(opts.timeoutMs ?? 20_000)

  const requests: string[] = []
  const errors: string[] = []
  context.on('request', (req) => requests.push(req.url()))
  const watchPage = (page: Page) => {
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`)
    })
  }
  context.pages().forEach(watchPage)
  context.on('page', watchPage)

  const page = context.pages()[0] ?? (await context.newPage())
  let closed = false

  const launched: LaunchedBrowser = {
    context,
    page,
    profileDir,
    requests,
    errors,
    async close(closeOpts = {}) {
      if (closed) return
      closed = true
      await context.close()
      if (!(closeOpts.keepProfile ?? keepByDefault)) {
        await rm(profileDir, { recursive: true, force: true })
      }
      liveProfiles.delete(profileDir)
    },
  }
  contexts.set(context, launched)
  return launched
}

const contexts = new WeakMap<BrowserContext, LaunchedBrowser>()

/**
 * Close the browser, keeping its profile, and start Chromium again on the same
 * profile (IndexedDB, localStorage, service workers survive). The new browser
 * owns the profile and deletes it on close, unless keepProfile is set.
 */
export async function reopenBrowser(
  prev: LaunchedBrowser,
  opts: Omit<LaunchOptions, 'profileDir'> = {},
): Promise<LaunchedBrowser> {
  await prev.close({ keepProfile: true })
  return launchBrowser({ keepProfile: false, ...opts, profileDir: prev.profileDir })
}

/**
 * Go to a path of the app and wait until the app has rendered its layout (the <main> React renders; the
 * static shell in index.html, painted before any script runs, has none).
 */
export async function gotoApp(page: Page, p = '/'): Promise<void> {
  await page.goto(appUrl(p))
  try {
    await page.locator('main#main').waitFor({ state: 'attached' })
  } catch (error) {
    // Say why the app did not render, when the page said it.
    const errors = contexts.get(page.context())?.errors ?? []
    if (errors.length === 0) throw error
    throw new Error(`The app did not render ${p}:\n  ${errors.join('\n  ')}`, { cause: error })
  }
}

function hostAllowed(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true
  if (parsed.protocol === 'about:') return true
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'ws:') &&
    parsed.hostname === PREVIEW_HOST
  )
}

/** Throws, listing them, if any request went to a host other than 127.0.0.1 (data: and blob: are allowed). */
export function assertNoExternalRequests(target: LaunchedBrowser | BrowserContext): void {
  const launched = 'requests' in target ? target : contexts.get(target)
  if (!launched) throw new Error('assertNoExternalRequests: this context was not started by launchBrowser()')
  const external = [...new Set(launched.requests.filter((url) => !hostAllowed(url)))]
  if (external.length > 0) {
    throw new Error(`${external.length} request(s) left ${PREVIEW_HOST}:\n  ${external.join('\n  ')}`)
  }
}

/** Throws, listing them, if a page threw an uncaught exception or logged console.error. */
export function assertNoPageErrors(target: LaunchedBrowser): void {
  if (target.errors.length > 0) {
    throw new Error(`${target.errors.length} page error(s):\n  ${target.errors.join('\n  ')}`)
  }
}

/** Full-page PNG at e2e/screenshots/<name>.png (gitignored). Returns the file path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'screenshot'
  const file = path.join(SCREENSHOT_DIR, safe.endsWith('.png') ? safe : `${safe}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}
