// Real-browser tests of what can go wrong around the app: no network, a full disk, an old tab that
// holds the database at an older version, the browser killed outright, the content-security policy,
// and the Vietnamese interface.

import { readdirSync, readFileSync } from 'node:fs'
import { afterEach, expect, test } from 'vitest'
import {
  VI,
  WAIT,
  createJournal,
  currentMonday,
  expectValue,
  finish,
  openWeek,
  pendingNotes,
  saveStatus,
  summaryField,
  waitSaved,
} from './flows'
import { appUrl, gotoApp, launchBrowser, screenshot, type LaunchedBrowser } from './harness'

let browser: LaunchedBrowser | undefined
const extra: LaunchedBrowser[] = []

afterEach(async () => {
  await browser?.close()
  browser = undefined
  for (const b of extra.splice(0)) await b.close().catch(() => undefined)
})

test('offline: once loaded, the app opens, edits and keeps a week with the network off', async () => {
  browser = await launchBrowser()
  const page = browser.page
  await gotoApp(page, '/')
  await page.getByRole('heading', { name: 'Start a journal' }).waitFor()
  const journalId = await createJournal(page, 'Offline Intern')

  // The service worker has installed and controls the page (a first install may need one reload).
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), WAIT).toBe(true)

  await browser.context.setOffline(true)
  await page.reload()
  await page.getByRole('heading', { level: 1, name: 'Worklog of Offline Intern' }).waitFor()
  await openWeek(page, journalId, 2)
  await summaryField(page).fill('Written on a train, without network')
  await waitSaved(page)

  await page.reload()
  await page.getByRole('heading', { level: 1, name: 'Week 2' }).waitFor()
  await expectValue(summaryField(page), 'Written on a train, without network')
  expect(await page.evaluate(() => navigator.onLine)).toBe(false)
  await screenshot(page, 'resilience-offline-week')
  await browser.context.setOffline(false)
  finish(browser)
})

test('storage full: the save says so, the edit stays, and it is saved once space is back', async () => {
  browser = await launchBrowser()
  const page = browser.page
  // While window.__quotaFull is set, every IndexedDB put fails as a full disk does.
  await browser.context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { __quotaFull?: boolean }).__quotaFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      return put.apply(this, args)
    }
  })
  await gotoApp(page, '/')
  const journalId = await createJournal(page, 'Full Disk')
  await openWeek(page, journalId, 1)
  await summaryField(page).fill('Saved before the disk filled up')
  await waitSaved(page)
  await openWeek(page, journalId, 2)
  await summaryField(page).fill('Week two, stored earlier')
  await waitSaved(page)

  await openWeek(page, journalId, 1)
  await page.evaluate(() => ((window as unknown as { __quotaFull: boolean }).__quotaFull = true))
  await summaryField(page).fill('Typed while the disk is full')
  await expect.poll(() => saveStatus(page).textContent(), WAIT).toBe('Not saved — storage is full, retrying')
  await page.getByRole('alert').filter({ hasText: 'no space left' }).waitFor()
  await expectValue(summaryField(page), 'Typed while the disk is full')
  expect(await pendingNotes(page)).toBe(1)
  await screenshot(page, 'resilience-storage-full')

  await page.evaluate(() => ((window as unknown as { __quotaFull: boolean }).__quotaFull = false))
  await waitSaved(page)
  expect(await page.getByRole('alert').filter({ hasText: 'no space left' }).count()).toBe(0)

  // Nothing stored before is damaged: both weeks read back as they were last saved.
  await page.reload()
  await page.getByRole('heading', { level: 1, name: 'Week 1' }).waitFor()
  await expectValue(summaryField(page), 'Typed while the disk is full')
  await openWeek(page, journalId, 2)
  await expectValue(summaryField(page), 'Week two, stored earlier')
  await gotoApp(page, `/j/${encodeURIComponent(journalId)}`)
  await page.getByRole('heading', { level: 1, name: 'Worklog of Full Disk' }).waitFor()
  expect(await page.getByRole('alert').count()).toBe(0)
  finish(browser)
})

test('an old tab holding the database at version 2 blocks the upgrade: the new tab says so, and goes on once it closes', async () => {
  browser = await launchBrowser()
  const old = browser.page
  // A page of the app's origin with no app in it, standing for a tab of the previous version.
  await browser.context.route(appUrl('/old-version-tab'), (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>old tab</title><p>old</p>' }),
  )
  await old.goto(appUrl('/old-version-tab'))
  const journalId = 'j-made-by-version-2'
  await old.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        // The version-2 schema of src/storage/db.ts (migrations 1 and 2), with one journal in it.
        const open = indexedDB.open('worklog-tracker', 2)
        open.onupgradeneeded = () => {
          const db = open.result
          db.createObjectStore('journals', { keyPath: 'id' })
          db.createObjectStore('weeks', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
          db.createObjectStore('weekSummaries', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
          db.createObjectStore('comments', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
          db.createObjectStore('conflicts', { keyPath: 'id' }).createIndex('byJournal', 'journalId')
        }
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          // This old tab ignores versionchange: it keeps its connection open.
          ;(window as unknown as { __oldDb: IDBDatabase }).__oldDb = db
          const tx = db.transaction('journals', 'readwrite')
          const now = new Date().toISOString()
          tx.objectStore('journals').put({
            id,
            owner: 'Old Tab Intern',
            mentor: '',
            firstMonday: '2025-10-20',
            plannedWeeks: 12,
            section: 1,
            languages: ['en'],
            readOnly: false,
            createdAt: now,
            updatedAt: now,
          })
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        }
      }),
    journalId,
  )

  const fresh = await browser.context.newPage()
  await fresh.goto(appUrl('/'))
  const message = fresh.getByRole('alert').filter({ hasText: 'Close it so that this tab can open your data' })
  await message.waitFor()
  await fresh.getByRole('link', { name: 'Worklog Tracker' }).waitFor() // the app is there, not a blank page
  await screenshot(fresh, 'resilience-upgrade-blocked')

  await old.evaluate(() => (window as unknown as { __oldDb: IDBDatabase }).__oldDb.close())
  await fresh.getByText('Old Tab Intern').first().waitFor()
  await message.waitFor({ state: 'detached' })
  expect(
    await fresh.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('worklog-tracker')
          open.onsuccess = () => {
            resolve(open.result.version)
            open.result.close()
          }
        }),
    ),
  ).toBe(6) // DB_VERSION of src/storage/db.ts
  finish(browser)
})

/** The main Chromium process of a profile (the one without --type=), found by its --user-data-dir. */
function browserPid(profileDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let cmdline: string
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
    } catch {
      continue
    }
    const args = cmdline.split('\0')
    if (args.includes(`--user-data-dir=${profileDir}`) && !args.some((a) => a.startsWith('--type=')))
      return Number(entry)
  }
  throw new Error(`no chromium process for ${profileDir}`)
}

test('the browser killed mid-session: the saved week is intact and the pending edit is recovered', async () => {
  const first = await launchBrowser({ keepProfile: true })
  extra.push(first)
  const page = first.page
  await gotoApp(page, '/')
  const journalId = await createJournal(page, 'Crash Intern')
  await openWeek(page, journalId, 1)
  await summaryField(page).fill('Saved well before the crash')
  await waitSaved(page)
  await page.getByRole('button', { name: 'Add task on Monday' }).click()
  await waitSaved(page)

  // One more edit, left pending: its debounced save (400 ms) is held back, so that the edit exists only
  // in the page and in its notes. Chromium writes localStorage to disk seconds after a change, so what
  // survives a kill 300 ms later is the draft the page wrote to IndexedDB within moments of the edit.
  await page.evaluate(() => {
    const original = window.setTimeout
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
      ms === 400 ? 0 : original(handler, ms, ...args)) as typeof window.setTimeout
  })
  await page.getByLabel('Task title', { exact: true }).pressSequentially('Pending when it died')
  await expect.poll(() => pendingNotes(page), WAIT).toBe(1)
  expect(await saveStatus(page).getAttribute('data-save-status')).toBe('pending')
  await page.waitForTimeout(Number(process.env.KILL_WAIT ?? 300))
  const pid = browserPid(first.profileDir)
  process.kill(pid, 'SIGKILL')
  await expect
    .poll(() => {
      try {
        process.kill(pid, 0)
        return 'alive'
      } catch {
        return 'gone'
      }
    }, WAIT)
    .toBe('gone')
  finish(first) // what the first browser did, up to its death
  extra.splice(extra.indexOf(first), 1)

  browser = await launchBrowser({ profileDir: first.profileDir, keepProfile: false })
  await openWeek(browser.page, journalId, 1)
  await expectValue(summaryField(browser.page), 'Saved well before the crash')
  const monday = browser.page.getByRole('group', { name: /^Monday/ })
  await monday.getByRole('button', { name: /^Pending when it died/ }).waitFor()
  await waitSaved(browser.page)
  await browser.page.reload()
  await browser.page.getByRole('heading', { level: 1, name: 'Week 1' }).waitFor()
  await monday.getByRole('button', { name: /^Pending when it died/ }).waitFor()
  finish(browser)
})

test('CSP: the built page carries the policy and the main screens cause no violation', async () => {
  browser = await launchBrowser()
  const page = browser.page
  await gotoApp(page, '/')
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(policy).toBeTruthy()
  expect(policy).toContain("default-src 'self'")
  expect(policy).toContain("script-src 'self'")
  expect(policy).toContain("object-src 'none'")

  await browser.context.addInitScript(() => {
    const list: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = list
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective}: ${e.blockedURI}`),
    )
  })
  const violations: string[] = []
  const collect = async (where: string) => {
    const found = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
    violations.push(...found.map((v) => `[${where}] ${v}`))
  }
  await page.reload()
  await page.getByRole('heading', { name: 'Start a journal' }).waitFor()
  const journalId = await createJournal(page, 'Policy Intern')
  await collect('home → overview')
  await openWeek(page, journalId, 1)
  await page.getByRole('button', { name: 'Add task on Tuesday' }).click()
  await page.getByLabel('Task title', { exact: true }).fill('Check the policy')
  await waitSaved(page)
  await page.getByLabel('Theme').selectOption('dark')
  await collect('week')
  await gotoApp(page, `/j/${encodeURIComponent(journalId)}`)
  await page.getByText('Check the policy').waitFor()
  await collect('overview')
  await gotoApp(page, '/review')
  await page.locator('main h1').waitFor()
  await collect('review')
  expect(violations).toEqual([])
  finish(browser)
})

test('Vietnamese: a vi-VN browser gets the Vietnamese interface and dates; "Interface language" switches it', async () => {
  browser = await launchBrowser({ locale: 'vi-VN' })
  const page = browser.page
  await gotoApp(page, '/')
  await page.getByRole('heading', { name: 'Nhật ký thực tập của bạn' }).waitFor()
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi')
  const monday = currentMonday()
  await createJournal(page, 'Nguyễn Văn An', { labels: VI, monday })

  // Dates read dd/MM/yyyy in both languages, as the worklog pages write them.
  const [y, m, d] = monday.split('-')
  const shown = `${d}/${m}/${y}`
  const header = page.locator('main h1 + p')
  await expect.poll(() => header.textContent(), WAIT).toContain(shown)
  await page.getByRole('link', { name: /^Mở tuần này/ }).waitFor()
  await screenshot(page, 'resilience-vietnamese-overview')

  await page.getByLabel('Ngôn ngữ giao diện').selectOption('en')
  await page.getByRole('heading', { level: 1, name: 'Worklog of Nguyễn Văn An' }).waitFor()
  await expect.poll(() => header.textContent(), WAIT).toContain(shown)
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  await page.getByLabel('Interface language').selectOption('vi')
  await page.getByRole('heading', { level: 1, name: 'Nhật ký của Nguyễn Văn An' }).waitFor()
  // The choice outlives a reload.
  await page.reload()
  await page.getByRole('heading', { level: 1, name: 'Nhật ký của Nguyễn Văn An' }).waitFor()
  finish(browser)
})
