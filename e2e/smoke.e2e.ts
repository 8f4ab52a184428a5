import { afterEach, expect, test } from 'vitest'
import {
  assertNoExternalRequests,
  assertNoPageErrors,
  gotoApp,
  launchBrowser,
  reopenBrowser,
  screenshot,
  type LaunchedBrowser,
} from './harness'

let browser: LaunchedBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

test('the first page renders the app from the local preview, without an error, and loads nothing from elsewhere', async () => {
  browser = await launchBrowser({ locale: 'en-US' })
  await gotoApp(browser.page, '/')
  // Content only the running app renders (index.html paints a static header before any script runs).
  const main = browser.page.getByRole('main')
  await main.getByRole('heading', { level: 1, name: 'Your internship worklogs' }).waitFor()
  await main.getByRole('button', { name: 'Create journal' }).waitFor()
  const file = await screenshot(browser.page, 'smoke-home')
  expect(file).toMatch(/smoke-home\.png$/)
  expect(browser.requests.length).toBeGreaterThan(0)
  assertNoPageErrors(browser)
  assertNoExternalRequests(browser)
})

test('a reopened browser keeps the same profile', async () => {
  browser = await launchBrowser()
  await gotoApp(browser.page, '/')
  await browser.page.evaluate(() => localStorage.setItem('e2e-smoke', 'kept'))
  const profileDir = browser.profileDir

  browser = await reopenBrowser(browser)
  expect(browser.profileDir).toBe(profileDir)
  await gotoApp(browser.page, '/')
  expect(await browser.page.evaluate(() => localStorage.getItem('e2e-smoke'))).toBe('kept')
  await browser.page.evaluate(() => localStorage.removeItem('e2e-smoke'))
  assertNoPageErrors(browser)
  assertNoExternalRequests(browser)
})
