// One week, two languages, one structure: a task moved in English shows on its new day in Vietnamese with
// its Vietnamese text; a task added in Vietnamese shows in English marked "Not translated yet"; an item
// ticked in one language is ticked in the other. axe runs on the week, light and dark, English and Vietnamese.

import type { Locator, Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { WAIT, axeViolations, createJournal, finish, openWeek, waitSaved } from './flows'
import { gotoApp, launchBrowser, screenshot, type LaunchedBrowser } from './harness'

let browser: LaunchedBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const day = (page: Page, name: string) => page.getByRole('group', { name: new RegExp(`^${name}`) })
const tab = (page: Page, name: 'English' | 'Vietnamese') =>
  page.getByRole('tab', { name: new RegExp(`^${name}`) })
/** Opens a task's editor from its card; a card already open (the same task in the other tab) stays open. */
async function openTask(card: Locator) {
  if ((await card.getAttribute('aria-pressed')) !== 'true') await card.click()
  await expect.poll(() => card.getAttribute('aria-pressed'), WAIT).toBe('true')
}

const taskTitle = (page: Page) => page.getByLabel('Task title', { exact: true })

test('a bilingual week shares its structure between English and Vietnamese', async () => {
  browser = await launchBrowser()
  const { page } = browser
  await gotoApp(page, '/')
  const id = await createJournal(page, 'Bảo Bilingual')
  await openWeek(page, id, 1)

  // The English version: one task on Monday, one achievement item.
  await page.getByRole('button', { name: 'Add task on Monday' }).click()
  await taskTitle(page).fill('VPC peering')
  await page.getByRole('button', { name: 'Add achievement group' }).click()
  await page.keyboard.type('Networking')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Made a subnet')
  await waitSaved(page)

  // The Vietnamese version starts as a copy, marked not translated, then gets its own text.
  await tab(page, 'Vietnamese').click()
  await page.getByRole('button', { name: 'Start as a copy of the English version' }).click()
  const copied = day(page, 'Monday').getByRole('button', { name: /^VPC peering/ })
  await expect.poll(() => copied.getByText('Not translated yet').count(), WAIT).toBe(1)
  await openTask(copied)
  await taskTitle(page).fill('Kết nối VPC')
  await page.getByLabel('Achievement item', { exact: true }).fill('Tạo subnet')
  await expect
    .poll(
      () =>
        day(page, 'Monday')
          .getByRole('button', { name: /^Kết nối VPC/ })
          .getByText('Not translated yet')
          .count(),
      WAIT,
    )
    .toBe(0)

  // Moved to Thursday in English: Thursday in Vietnamese, with the Vietnamese text.
  await tab(page, 'English').click()
  await openTask(day(page, 'Monday').getByRole('button', { name: /^VPC peering/ }))
  await page.getByLabel('Day', { exact: true }).selectOption({ label: 'Thursday' })
  await tab(page, 'Vietnamese').click()
  await expect
    .poll(
      () =>
        day(page, 'Thursday')
          .getByRole('button', { name: /^Kết nối VPC/ })
          .count(),
      WAIT,
    )
    .toBe(1)
  expect(
    await day(page, 'Monday')
      .getByRole('button', { name: /^Kết nối VPC/ })
      .count(),
  ).toBe(0)

  // Added in Vietnamese: shown in English on the same day, marked not translated.
  await page.getByRole('button', { name: 'Add task on Tuesday' }).click()
  await taskTitle(page).fill('Đọc tài liệu')
  await tab(page, 'English').click()
  const added = day(page, 'Tuesday').getByRole('button', { name: /^Đọc tài liệu/ })
  await expect.poll(() => added.getByText('Not translated yet').count(), WAIT).toBe(1)

  // Ticked in English: ticked in Vietnamese.
  await page.getByRole('checkbox', { name: 'Achieved: Made a subnet' }).check()
  await tab(page, 'Vietnamese').click()
  await expect
    .poll(() => page.getByRole('checkbox', { name: 'Achieved: Tạo subnet' }).isChecked(), WAIT)
    .toBe(true)
  await waitSaved(page)
  await screenshot(page, 'bilingual-week')

  const violations: string[] = []
  for (const weekLang of ['English', 'Vietnamese'] as const) {
    await tab(page, weekLang).click()
    for (const [lang, theme] of [
      ['en', 'light'],
      ['en', 'dark'],
      ['vi', 'dark'],
      ['vi', 'light'],
    ] as const) {
      await page.getByLabel(/^(Interface language|Ngôn ngữ giao diện)$/).selectOption(lang)
      await page.waitForFunction((l) => document.documentElement.lang === l, lang)
      await page.getByLabel(/^(Theme|Giao diện)$/).selectOption(theme)
      violations.push(...(await axeViolations(page, `${weekLang} week, ${lang} ${theme}`)))
    }
    await page.getByLabel(/^(Interface language|Ngôn ngữ giao diện)$/).selectOption('en')
    await page.waitForFunction(() => document.documentElement.lang === 'en')
  }
  expect(violations).toEqual([])
  finish(browser)
}, 240_000)
