// Real-browser tests of import and export: a whole corpus folder through the preview into weeks,
// hostile text shown as text, a file that is not a worklog refused with nothing stored, and the Hugo
// zip downloaded and unzipped.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { afterEach, describe, expect, test } from 'vitest'
import { axeViolations, CORPUS_SITE, createJournal } from './flows'
import {
  assertNoExternalRequests,
  assertNoPageErrors,
  gotoApp,
  launchBrowser,
  screenshot,
  type LaunchedBrowser,
} from './harness'

const corpusSite = path.join(CORPUS_SITE, 'content/1-Worklog')

let browser: LaunchedBrowser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

function tempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'worklog-e2e-')), name)
  writeFileSync(file, text)
  return file
}

async function storedWeekCount(b: LaunchedBrowser): Promise<number> {
  return b.page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('worklog-tracker')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const count = db.transaction('weeks').objectStore('weeks').count()
          count.onsuccess = () => {
            resolve(count.result)
            db.close()
          }
        }
      }),
  )
}

describe.skipIf(!existsSync(corpusSite))('import from the corpus', () => {
  test('a whole folder shows a preview, writes nothing until confirmed, then the weeks are there', async () => {
    browser = await launchBrowser()
    const { page } = browser
    await gotoApp(page, '/import')
    // The pages are parsed in a Web Worker, so that a bad file never freezes the interface.
    const workers: string[] = []
    page.on('worker', (worker) => workers.push(worker.url()))
    await page.getByLabel('A whole folder').setInputFiles(corpusSite)
    await page.getByText('Found 12 week(s) in 26 file(s) (English, Vietnamese).').waitFor()
    expect(workers.filter((url) => /import\.worker/.test(url))).toHaveLength(1)
    await expect(page.getByRole('row', { name: /Week 7 .*English, Vietnamese/ }).count()).resolves.toBe(1)
    await screenshot(page, 'import-preview')
    expect(await axeViolations(page, 'import preview')).toEqual([])
    expect(await storedWeekCount(browser)).toBe(0)

    await page.getByRole('button', { name: 'Import 12 week(s)' }).click()
    await page.getByRole('alert').filter({ hasText: "Enter the intern's name." }).waitFor()
    expect(await storedWeekCount(browser)).toBe(0)

    await page.getByLabel("Intern's name", { exact: true }).fill('Jung Kwan')
    await page.getByRole('button', { name: 'Import 12 week(s)' }).click()
    await page.getByText('Imported 12 week(s) into the journal of Jung Kwan.').waitFor()
    expect(await storedWeekCount(browser)).toBe(12)
    await page.getByRole('link', { name: 'Open the journal of Jung Kwan' }).click()
    await page.getByRole('heading', { level: 1, name: 'Worklog of Jung Kwan' }).waitFor()
    await page.getByRole('link', { name: 'Week 7', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Week 7' }).waitFor()
    await page.getByRole('tab', { name: /Vietnamese/ }).click()
    await expect(page.getByLabel('Page title').inputValue()).resolves.toMatch(/7/)
    await screenshot(page, 'import-week7-vi')
    assertNoExternalRequests(browser)
    assertNoPageErrors(browser)
  })
})

test('imported script and event-handler payloads are shown as text and never run', async () => {
  browser = await launchBrowser()
  const { page } = browser
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs += 1
    void dialog.dismiss()
  })
  const payload = '<img src=x onerror="window.__pwned=1;alert(1)">'
  const file = tempFile(
    '_index.md',
    [
      '---',
      'title: "Week 2 Worklog"',
      'weight: 2',
      '---',
      '### Week 2 Objectives',
      '',
      `* Learn <script>window.__pwned=1</script> escaping`,
      '',
      '### Tasks to be carried out this week',
      '',
      '| Day | Task | Start Date | Completion Date | Reference Material |',
      '| --- | --- | --- | --- | --- |',
      `| 2 | **Lab**: ${payload} | 15/09/2025 | 15/09/2025 | <a href="javascript:alert(1)">x</a> |`,
      '',
      '**Summary:**',
      '<svg onload="window.__pwned=1"></svg> done',
      '',
    ].join('\n'),
  )
  await gotoApp(page, '/import')
  await page.getByLabel('Markdown pages, zips or a backup').setInputFiles(file)
  await page.getByText(/Found 1 week/).waitFor()
  await page.getByLabel("Intern's name", { exact: true }).fill('Mallory')
  await page.getByRole('button', { name: 'Import 1 week(s)' }).click()
  await page.getByRole('link', { name: 'Open the journal of Mallory' }).click()
  await page.getByRole('link', { name: 'Week 2', exact: true }).click()
  await page.getByLabel('Weekly summary').waitFor()
  await expect(page.getByLabel('Objective 1', { exact: true }).inputValue()).resolves.toContain('<script>')
  await page.getByRole('button', { name: 'Markdown preview' }).click()
  await page
    .getByLabel('Markdown of the week')
    .getByText(/onerror/)
    .waitFor()
  await page.getByRole('button', { name: /^Lab/ }).click()
  await expect(page.getByLabel('Detail').inputValue()).resolves.toContain('onerror=')
  await expect(page.getByLabel('Reference / material').inputValue()).resolves.toContain('javascript:alert(1)')
  await expect(page.getByLabel('Weekly summary').inputValue()).resolves.toContain('<svg onload')
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(dialogs).toBe(0)
  expect(await page.locator('main img, main svg[onload], main script').count()).toBe(0)
  assertNoExternalRequests(browser)
})

test('a file that is not a worklog page is refused by name and nothing is stored', async () => {
  browser = await launchBrowser()
  const { page } = browser
  const file = tempFile('shopping.md', '# Groceries\n\n* eggs\n* rice\n')
  await gotoApp(page, '/import')
  await page.getByLabel('Markdown pages, zips or a backup').setInputFiles(file)
  await page
    .getByText(/shopping\.md/)
    .first()
    .waitFor()
  await expect(page.getByRole('button', { name: /Import 0 week/ }).isDisabled()).resolves.toBe(true)
  expect(await storedWeekCount(browser)).toBe(0)

  const badBackup = tempFile(
    'backup.json',
    '{"format": "worklog-tracker-backup", "schemaVersion": 1, "journals": [',
  )
  await page.getByLabel('Markdown pages, zips or a backup').setInputFiles(badBackup)
  await page
    .getByRole('alert')
    .filter({ hasText: /cut short/ })
    .waitFor()
  expect(await storedWeekCount(browser)).toBe(0)
  assertNoExternalRequests(browser)
  assertNoPageErrors(browser)
})

test('a journal exports as a Hugo zip with the section page and a folder per week', async () => {
  browser = await launchBrowser()
  const { page } = browser
  await gotoApp(page, '/')
  await createJournal(page, 'An', { monday: '2025-10-20' })
  await page.getByRole('link', { name: 'Week 1', exact: true }).click()
  await page.getByRole('button', { name: 'Add task on Monday' }).click()
  await page.getByLabel('Task title').fill('Attend campus learning')
  await page.locator('[data-save-status="saved"]').waitFor()
  await gotoApp(page, '/export')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the Hugo zip' }).click(),
  ])
  const saved = path.join(mkdtempSync(path.join(os.tmpdir(), 'worklog-zip-')), download.suggestedFilename())
  await download.saveAs(saved)
  expect(await axeViolations(page, 'export, after a download')).toEqual([])
  const files = unzipSync(new Uint8Array(readFileSync(saved)))
  expect(Object.keys(files).sort()).toEqual([
    'content/1-Worklog/1.1-Week1/_index.md',
    'content/1-Worklog/_index.md',
    'content/1-Worklog/_index.vi.md',
  ])
  const week = strFromU8(files['content/1-Worklog/1.1-Week1/_index.md'])
  expect(week).toContain('| 1 (Monday) | **Attend campus learning** | 20/10/2025 | 20/10/2025 |')
  assertNoExternalRequests(browser)
  assertNoPageErrors(browser)
})

test('the import, export and delete-journal screens have no axe violations, in light and dark themes', async () => {
  browser = await launchBrowser()
  const { page } = browser
  await gotoApp(page, '/')
  await createJournal(page, 'An', { monday: '2025-10-20' })
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme })
    await gotoApp(page, '/import')
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await axeViolations(page, `import (${theme})`)).toEqual([])
    await page
      .getByLabel('Markdown pages, zips or a backup')
      .setInputFiles(tempFile('_index.md', '# Groceries\n\n* eggs\n'))
    await page
      .getByText(/_index\.md/)
      .first()
      .waitFor()
    expect(await axeViolations(page, `import refusal (${theme})`)).toEqual([])
    await gotoApp(page, '/export')
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await axeViolations(page, `export (${theme})`)).toEqual([])
    await gotoApp(page, '/review')
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await axeViolations(page, `review exchange (${theme})`)).toEqual([])
    await page.goBack()
    await gotoApp(page, '/')
    await page.getByRole('link', { name: 'An' }).click()
    await page.getByRole('button', { name: 'Delete this journal…' }).click()
    await page.getByRole('dialog').waitFor()
    expect(await axeViolations(page, `delete-journal dialog (${theme})`)).toEqual([])
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'hidden' })
  }
  await screenshot(page, 'transfer-overview-dark')
  assertNoExternalRequests(browser)
  assertNoPageErrors(browser)
})
