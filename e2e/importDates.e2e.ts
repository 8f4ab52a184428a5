// Real-browser test of the import preview's account of dates it had to assume, and of correcting them
// per week before anything is stored.

import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { axeViolations } from './flows'
import { assertNoPageErrors, gotoApp, launchBrowser, screenshot, type LaunchedBrowser } from './harness'

let browser: LaunchedBrowser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

function weekPage(dir: string, week: number, rows: string[]): string {
  const file = path.join(dir, `week${week}.md`)
  const text = [
    '---',
    `title: "Week ${week} Worklog"`,
    'date: 2025-09-21',
    `pre: " <b> 1.${week} </b> "`,
    '---',
    '',
    '### Tasks to be carried out this week',
    '',
    '| Day | Task | Start Date | Completion Date |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
  writeFileSync(file, text)
  return file
}

async function storedStartDates(b: LaunchedBrowser): Promise<Record<number, string[]>> {
  return b.page.evaluate(
    () =>
      new Promise<Record<number, string[]>>((resolve, reject) => {
        const open = indexedDB.open('worklog-tracker')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const all = db.transaction('weeks').objectStore('weeks').getAll()
          all.onsuccess = () => {
            const weeks = all.result as {
              number: number
              content: { en: { tasks: { startDate: string }[] } }
            }[]
            resolve(
              Object.fromEntries(weeks.map((w) => [w.number, w.content.en.tasks.map((t) => t.startDate)])),
            )
            db.close()
          }
        }
      }),
  )
}

test('the preview says which dates it assumed, and a corrected week is stored as corrected', async () => {
  browser = await launchBrowser()
  const { page } = browser
  const dir = mkdtempSync(path.join(os.tmpdir(), 'worklog-e2e-'))
  const files = [
    weekPage(dir, 3, ['|  | **VPC lab** | 03/10/2025 | 03/10/2025 |']),
    weekPage(dir, 4, ['| 2 | **EC2 lab** | 29/09 | 29/09 |']),
  ]
  await gotoApp(page, '/import')
  await page.getByLabel('Markdown pages, zips or a backup').setInputFiles(files)
  await page.getByRole('heading', { name: 'Dates to check' }).waitFor()
  await page.getByText('Week 3: dates read day first (dd/MM/yyyy).', { exact: false }).waitFor()
  await page
    .getByText('Week 4: dates read day first (dd/MM/yyyy), year 2025 from the front matter.')
    .waitFor()
  await page.getByRole('heading', { name: 'Dates to check' }).scrollIntoViewIfNeeded()
  await screenshot(page, 'import-dates-to-check')
  expect(await axeViolations(page, 'import preview with dates to check')).toEqual([])

  await page.getByLabel('Date order in week 3').selectOption('month-first')
  await page.getByRole('button', { name: 'Read week 3 again' }).click()
  await page.getByText('Week 3 read again: 1 tasks, Monday 10/03/2025.').waitFor()
  await page.getByLabel('Year of dates without one in week 4').fill('2024')
  await page.getByRole('button', { name: 'Read week 4 again' }).click()
  await page.getByText('Week 4 read again: 1 tasks, Monday 23/09/2024.').waitFor()
  await screenshot(page, 'import-dates-corrected')

  await page.getByLabel("Intern's name", { exact: true }).fill('An')
  await page.getByRole('button', { name: 'Import 2 week(s)' }).click()
  await page.getByRole('link', { name: 'Open the journal of An' }).waitFor()
  expect(await storedStartDates(browser)).toEqual({ 3: ['2025-03-10'], 4: ['2024-09-29'] })
  assertNoPageErrors(browser)
}, 90_000)
