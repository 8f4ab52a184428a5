// Real-browser tests of the search across weeks and the rendered page preview: a corpus site imported
// in both languages, searched from the keyboard and opened at the match; hostile text in the rendered
// preview shown as text (no dialog, no request, no javascript: link); axe in light and dark, en and vi.

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, test } from 'vitest'
import { axeViolations, CORPUS_SITE, finish, WAIT } from './flows'
import { gotoApp, launchBrowser, screenshot, type LaunchedBrowser } from './harness'

const corpusSite = path.join(CORPUS_SITE, 'content/1-Worklog')

let browser: LaunchedBrowser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

async function importFiles(page: Page, owner: string, files: string | string[], folder: boolean) {
  await gotoApp(page, '/import')
  await page.getByLabel(folder ? 'A whole folder' : 'Markdown pages, zips or a backup').setInputFiles(files)
  await page.getByText(/Found \d+ week/).waitFor()
  await page.getByLabel("Intern's name", { exact: true }).fill(owner)
  await page.getByRole('button', { name: /^Import \d+ week/ }).click()
  await page.getByRole('link', { name: `Open the journal of ${owner}` }).click()
  await page.getByRole('heading', { level: 1, name: `Worklog of ${owner}` }).waitFor()
}

/** The field that has focus: its data-field and value. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null
    return { field: el?.getAttribute('data-field') ?? null, value: el?.value ?? null }
  })

async function switchInterface(page: Page, lang: 'en' | 'vi') {
  const label =
    (await page.evaluate(() => document.documentElement.lang)) === 'vi'
      ? 'Ngôn ngữ giao diện'
      : 'Interface language'
  await page.getByLabel(label).selectOption(lang)
  await expect.poll(() => page.evaluate(() => document.documentElement.lang), WAIT).toBe(lang)
}

describe.skipIf(!existsSync(corpusSite))('search across weeks', () => {
  test('/ focuses the search, an unaccented query finds Vietnamese text, Enter opens the week at the match', async () => {
    browser = await launchBrowser()
    const { page } = browser
    await importFiles(page, 'Jung Kwan', corpusSite, true)

    await page.locator('body').press('/')
    const box = page.getByRole('combobox', { name: 'Search the weeks' })
    await box.waitFor()
    await expect.poll(() => box.evaluate((el) => el === document.activeElement), WAIT).toBe(true)
    await box.fill('hop team project: hoan thien idea')
    const results = page.getByRole('listbox', { name: 'Results' }).getByRole('option')
    await expect.poll(() => results.count(), WAIT).toBe(1)
    await expect(results.first().textContent()).resolves.toContain('Week 3 · Vietnamese · task title')
    await expect(results.first().locator('mark').textContent()).resolves.toBe(
      'Họp team project: Hoàn thiện idea',
    )
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme })
      expect(await axeViolations(page, `search results (${theme})`)).toEqual([])
    }
    await screenshot(page, 'search-results')
    await box.press('Enter')
    await page.waitForURL(/\/w\/3\?lang=vi$/)
    await page.getByRole('heading', { level: 1, name: 'Week 3' }).waitFor()
    await expect.poll(async () => (await focused(page)).field ?? '', WAIT).toMatch(/^task-.+-title$/)
    expect((await focused(page)).value).toContain('Họp team project')
    await screenshot(page, 'search-opened-week3')

    // Arrow keys, a detail in English, and Escape giving focus back to where it was.
    const title = page.getByLabel('Task title', { exact: true })
    await title.press('Escape')
    const searchButton = page.getByRole('button', { name: /^Search/ })
    await searchButton.focus()
    await searchButton.press('/')
    await box.fill('transit gateway')
    await expect.poll(() => results.count(), WAIT).toBeGreaterThan(3)
    await box.press('ArrowDown')
    await box.press('ArrowDown')
    await box.press('ArrowUp')
    await expect(results.nth(1).getAttribute('aria-selected')).resolves.toBe('true')
    await box.press('Escape')
    await box.waitFor({ state: 'detached' })
    await expect.poll(() => searchButton.evaluate((el) => el === document.activeElement), WAIT).toBe(true)

    // The Vietnamese interface: the same search, no axe violation in either theme.
    await switchInterface(page, 'vi')
    await page.locator('body').press('/')
    const viBox = page.getByRole('combobox', { name: 'Tìm trong các tuần' })
    await viBox.fill('tuan')
    await expect.poll(() => page.getByRole('listbox').getByRole('option').count(), WAIT).toBeGreaterThan(0)
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme })
      expect(await axeViolations(page, `search results vi (${theme})`)).toEqual([])
    }
    await viBox.press('Escape')
    finish(browser)
  })
})

function tempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'worklog-e2e-')), name)
  writeFileSync(file, text)
  return file
}

test('the rendered preview shows hostile input as text: no dialog, no request, no javascript: link', async () => {
  browser = await launchBrowser()
  const { page } = browser
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs += 1
    void dialog.dismiss()
  })
  const file = tempFile(
    '_index.md',
    [
      '---',
      'title: "Week 2 Worklog"',
      'weight: 2',
      '---',
      '### Week 2 Objectives',
      '',
      '* Learn <script>window.__pwned=1;alert(1)</script> escaping',
      '* Read [x](javascript:alert(1)) and ![logo](https://example.com/logo.png)',
      '',
      '### Tasks to be carried out this week',
      '',
      '| Day | Task | Start Date | Completion Date | Reference Material |',
      '| --- | --- | --- | --- | --- |',
      '| 2 | <img src=x onerror=alert(1)> **bold** | 15/09/2025 | 15/09/2025 | [x](javascript:alert(1)) |',
      '| 3 | Read the [AWS guide](https://docs.aws.amazon.com/vpc/) | 16/09/2025 | 16/09/2025 | |',
      '',
      '**Summary:**',
      '{{< notice info >}}A shortcode{{< /notice >}}',
      '',
    ].join('\n'),
  )
  await importFiles(page, 'Mallory', file, false)
  const chip = page.getByRole('row').filter({ hasText: '<img src=x onerror=alert(1)>' })
  await expect(chip.locator('strong').first().textContent()).resolves.toBe('bold')

  await page.getByRole('link', { name: 'Week 2', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: 'Week 2' }).waitFor()
  await page.getByRole('button', { name: 'Markdown preview' }).click()
  await page.getByRole('button', { name: 'Rendered' }).click()
  const rendered = page.getByRole('region', { name: 'The week’s page as the site shows it' })
  await rendered.getByRole('table').waitFor()
  await expect(rendered.textContent()).resolves.toContain('<img src=x onerror=alert(1)>')
  await expect(rendered.textContent()).resolves.toContain('<script>window.__pwned=1;alert(1)</script>')
  await expect(rendered.textContent()).resolves.toContain('{{< notice info >}}')
  await expect(rendered.textContent()).resolves.toContain('Image: logo')
  expect(await rendered.locator('img, script, iframe').count()).toBe(0)
  expect(await page.locator('a[href^="javascript"], a[href^="JavaScript"]').count()).toBe(0)
  const guide = rendered.getByRole('link', { name: 'AWS guide' })
  await expect(guide.getAttribute('target')).resolves.toBe('_blank')
  await expect(guide.getAttribute('rel')).resolves.toBe('noopener noreferrer')
  await rendered.getByText('x (javascript:alert(1))').first().click()
  await screenshot(page, 'rendered-preview-hostile')

  for (const lang of ['en', 'vi'] as const) {
    if (lang === 'vi') await switchInterface(page, 'vi')
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme })
      expect(await axeViolations(page, `rendered preview ${lang} (${theme})`)).toEqual([])
    }
  }
  expect(dialogs).toBe(0)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  finish(browser)
})
