// Errors of reading files are said in the interface's language: a file that is not a worklog page and a
// damaged backup, picked on /import with the interface in Vietnamese, are refused in Vietnamese.

import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { WAIT, axeViolations, finish } from './flows'
import { gotoApp, launchBrowser, type LaunchedBrowser } from './harness'

let browser: LaunchedBrowser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

function tempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'worklog-messages-')), name)
  writeFileSync(file, text)
  return file
}

test('import refusals are in Vietnamese when the interface is', async () => {
  browser = await launchBrowser()
  const { page } = browser
  await gotoApp(page, '/import')
  await page.getByLabel('Interface language').selectOption('vi')
  await page.waitForFunction(() => document.documentElement.lang === 'vi')
  const picker = page.getByLabel('Trang markdown, tệp zip hoặc bản sao lưu')

  await picker.setInputFiles(tempFile('shopping.md', '# Groceries\n\n* eggs\n* rice\n'))
  await page
    .getByText('đây không phải trang nhật ký: trang không có phần mục tiêu', { exact: false })
    .waitFor(WAIT)
  const body = await page.locator('main').innerText()
  expect(body).not.toContain('this is not a worklog page')
  expect(await axeViolations(page, 'import refusal vi')).toEqual([])

  await picker.setInputFiles(
    tempFile('backup.json', '{"format": "worklog-tracker-backup", "schemaVersion": 1, "journals": ['),
  )
  await page.getByText(/tệp sao lưu bị cắt ngắn/).waitFor(WAIT)
  expect(await page.locator('main').innerText()).not.toMatch(/cut short|Nothing was restored/)
  finish(browser)
}, 120_000)
