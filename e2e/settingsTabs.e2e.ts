// A new first Monday set in one tab reaches weeks open in other tabs as a refresh, not a conflict: a
// stored week open elsewhere shows its new dates and saves the next edit on top; a week open but never
// saved moves too, so its first save lands on the new dates.

import { afterEach, expect, test } from 'vitest'
import { WAIT, createJournal, finish, openWeek, summaryField, waitSaved } from './flows'
import { gotoApp, launchBrowser, type LaunchedBrowser } from './harness'

let browser: LaunchedBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

test('changing the first Monday refreshes the weeks open in other tabs, with no conflict', async () => {
  browser = await launchBrowser()
  const { page, context } = browser
  await gotoApp(page, '/')
  const id = await createJournal(page, 'Tam Tabs', { monday: '2025-09-08' })
  await openWeek(page, id, 2)
  await page.getByRole('button', { name: 'Add task on Wednesday' }).click()
  await page.getByLabel('Task title').fill('VPC peering')
  await page.keyboard.press('Escape')
  await waitSaved(page)
  const unsaved = await context.newPage()
  await openWeek(unsaved, id, 3)
  await unsaved.getByText('22/09/2025 – 26/09/2025').waitFor()

  const settings = await context.newPage()
  await gotoApp(settings, `/j/${encodeURIComponent(id)}`)
  await settings.getByRole('button', { name: 'Journal settings…' }).click()
  const dialog = settings.getByRole('dialog')
  await dialog.getByLabel('First Monday of the internship').fill('15/09/2025')
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  await dialog.waitFor({ state: 'detached' })

  // The stored week refreshes in its tab, and the next edit there saves without a conflict.
  await page.bringToFront()
  await page.getByText('22/09/2025 – 26/09/2025').waitFor(WAIT)
  await summaryField(page).fill('Peered two VPCs')
  await waitSaved(page)
  expect(await page.getByText('Not saved — changed in another tab').count()).toBe(0)
  await page.getByRole('button', { name: /^VPC peering/ }).click()
  expect(await page.getByLabel('Start date').inputValue()).toBe('24/09/2025')

  // The week never saved moved too; typing in it saves it on the new dates.
  await unsaved.bringToFront()
  await unsaved.getByText('29/09/2025 – 03/10/2025').waitFor(WAIT)
  await unsaved.getByRole('button', { name: 'Add task on Monday' }).click()
  await unsaved.getByLabel('Task title').fill('Lambda')
  await waitSaved(unsaved)
  expect(await unsaved.getByLabel('Start date').inputValue()).toBe('29/09/2025')
  await openWeek(settings, id, 3)
  await settings.getByRole('button', { name: /^Lambda/ }).click()
  await expect.poll(() => settings.getByLabel('Start date').inputValue(), WAIT).toBe('29/09/2025')
  finish(browser)
}, 120_000)
