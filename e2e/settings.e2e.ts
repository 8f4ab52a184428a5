// Journal settings after creation: a wrong first Monday is fixed, the weeks' dates moving is shown
// before saving, the week and its tasks move with it, and the export's file name carries the intern's
// name. axe on the settings dialog, light and dark, English and Vietnamese.

import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { WAIT, axeViolations, createJournal, finish, openWeek, waitSaved } from './flows'
import { gotoApp, launchBrowser, screenshot, type LaunchedBrowser } from './harness'

let browser: LaunchedBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const activeName = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? 'body')

test('settings change the first Monday and the name, showing first how the weeks move', async () => {
  browser = await launchBrowser()
  const { page } = browser
  await gotoApp(page, '/')
  const id = await createJournal(page, 'Trần Đức', { monday: '2025-09-08' })
  await openWeek(page, id, 2)
  await page.getByRole('button', { name: 'Add task on Wednesday' }).click()
  await page.getByLabel('Task title').fill('VPC peering')
  await waitSaved(page)
  expect(await page.getByLabel('Start date').inputValue()).toBe('17/09/2025')

  await gotoApp(page, `/j/${encodeURIComponent(id)}`)
  await page.getByRole('button', { name: 'Journal settings…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Settings of the journal of Trần Đức' })
  await dialog.waitFor()
  await dialog.getByText('Nothing yet: change a setting above.').waitFor()
  const monday = dialog.getByLabel('First Monday of the internship')
  expect(await monday.inputValue()).toBe('08/09/2025')
  await monday.fill('15/09/2025')
  await dialog.getByLabel("Intern's name").fill('Trần Đức Minh')
  await dialog.getByText('Week 2: 15/09/2025 → 22/09/2025').waitFor()
  await dialog.getByText("Intern's name: Trần Đức → Trần Đức Minh").waitFor()
  await dialog.getByText(/Every week moves by 7 day\(s\)/).waitFor()
  await screenshot(page, 'settings-dialog')
  const violations: string[] = []
  for (const [lang, theme] of [
    ['en', 'dark'],
    ['vi', 'light'],
    ['vi', 'dark'],
    ['en', 'light'],
  ] as const) {
    await page.evaluate(
      ([l, th]) => {
        document.documentElement.lang = l
        document.documentElement.classList.toggle('dark', th === 'dark')
      },
      [lang, theme],
    )
    violations.push(...(await axeViolations(page, `settings dialog ${theme}`)))
  }
  expect(violations).toEqual([])

  // A Tuesday is refused, with the reason, and nothing is saved.
  await monday.fill('16/09/2025')
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  await dialog.getByText('Pick a Monday: weeks run Monday to Friday.').waitFor()
  await monday.fill('15/09/2025')
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  await page.getByRole('heading', { level: 1, name: 'Worklog of Trần Đức Minh' }).waitFor()
  await expect.poll(() => activeName(page), WAIT).toBe('Journal settings…')
  await page
    .getByText(/15\/09\/2025 – /)
    .first()
    .waitFor()

  // The week and its task moved with the first Monday.
  await openWeek(page, id, 2)
  await page.getByText('22/09/2025 – 26/09/2025').waitFor()
  await page.getByRole('button', { name: /^VPC peering/ }).click()
  expect(await page.getByLabel('Start date').inputValue()).toBe('24/09/2025')

  // Vietnamese: the dialog in Vietnamese, Escape closes it and focus goes back to its opener.
  await gotoApp(page, `/j/${encodeURIComponent(id)}`)
  await page.getByLabel('Interface language').selectOption('vi')
  await page.getByRole('button', { name: 'Cài đặt nhật ký…' }).click()
  await page.getByRole('dialog', { name: 'Cài đặt nhật ký của Trần Đức Minh' }).waitFor()
  expect(await axeViolations(page, 'settings dialog vi')).toEqual([])
  await page.keyboard.press('Escape')
  await expect.poll(() => activeName(page), WAIT).toBe('Cài đặt nhật ký…')
  await page.getByLabel('Ngôn ngữ giao diện').selectOption('en')

  // The export's file name carries the intern's name.
  await gotoApp(page, '/export')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the Hugo zip' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('worklog-Tran-Duc-Minh-1-hugo.zip')
  finish(browser)
}, 120_000)
