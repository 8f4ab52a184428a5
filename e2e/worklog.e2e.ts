// Real-browser tests of the main flows: writing a week and finding it again, an edit that survives
// the tab or the browser closing right after a keystroke, two tabs on the same week, and an axe-core
// accessibility check of every main screen.

import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import {
  WAIT,
  axeViolations,
  createJournal,
  expectValue,
  finish,
  openWeek,
  saveStatus,
  summaryField,
  waitSaved as waitUntilSaved,
} from './flows'
import { gotoApp, launchBrowser, reopenBrowser, screenshot, type LaunchedBrowser } from './harness'

let browser: LaunchedBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** Waits until the week says "Saved" and no edit is waiting in a pending note. */
const waitSaved = (page: Page) => waitUntilSaved(page, { text: 'Saved' })

// The select sits inside its <label>, so its accessible name is "Day" followed by the selected day.
const daySelect = (page: Page) => page.getByRole('combobox', { name: /^Day\b/ })

test('a week written in full is all there after a reload, and the overview sums it up', async () => {
  browser = await launchBrowser()
  const page = browser.page

  await gotoApp(page, '/')
  await page.getByRole('heading', { name: 'Start a journal' }).waitFor()
  await screenshot(page, 'worklog-home-empty')

  const journalId = await createJournal(page, 'Ada Intern')
  await screenshot(page, 'worklog-overview-new')

  await page.getByRole('link', { name: 'Open this week (week 1)' }).click()
  await page.waitForURL(new RegExp(`/j/${journalId}/w/1$`))
  await page.getByRole('heading', { level: 1, name: 'Week 1' }).waitFor()

  // Two tasks, on Monday and on Wednesday.
  await page.getByRole('button', { name: 'Add task on Monday' }).click()
  await page.getByLabel('Task title', { exact: true }).fill('Set up the lab VPC')
  await page.getByLabel('Detail', { exact: true }).fill('Two subnets, one route table')
  await page.getByRole('button', { name: 'Add task on Wednesday' }).click()
  await expectValue(page.getByLabel('Task title', { exact: true }), '')
  await page.getByLabel('Task title', { exact: true }).fill('Read the IAM guide')
  await page.getByLabel('Detail', { exact: true }).fill('Policies and roles, chapter 3')

  // One achievement group with one ticked item.
  await page.getByRole('button', { name: 'Add achievement group' }).click()
  await page.getByLabel('Title of group 1', { exact: true }).fill('Cloud basics')
  await page.getByRole('button', { name: 'Add item' }).click()
  await page.getByLabel('Achievement item', { exact: true }).fill('Built a VPC from scratch')
  await page.getByRole('checkbox', { name: 'Achieved: Built a VPC from scratch' }).check()

  await summaryField(page).fill('A week of networking and permissions.')
  await waitSaved(page)
  await screenshot(page, 'worklog-week-filled')

  await page.reload()
  await page.getByRole('heading', { level: 1, name: 'Week 1' }).waitFor()
  await expectValue(summaryField(page), 'A week of networking and permissions.')
  expect(await saveStatus(page).getAttribute('data-save-status')).toBe('saved')
  await expectValue(page.getByLabel('Title of group 1', { exact: true }), 'Cloud basics')
  await expectValue(page.getByLabel('Achievement item', { exact: true }), 'Built a VPC from scratch')
  expect(await page.getByRole('checkbox', { name: 'Achieved: Built a VPC from scratch' }).isChecked()).toBe(
    true,
  )

  const monday = page.getByRole('group', { name: /^Monday/ })
  const wednesday = page.getByRole('group', { name: /^Wednesday/ })
  await monday.getByRole('button', { name: /^Set up the lab VPC/ }).click()
  await expectValue(page.getByLabel('Task title', { exact: true }), 'Set up the lab VPC')
  await expectValue(page.getByLabel('Detail', { exact: true }), 'Two subnets, one route table')
  expect(await daySelect(page).inputValue()).toBe('1')
  await wednesday.getByRole('button', { name: /^Read the IAM guide/ }).click()
  await expectValue(page.getByLabel('Task title', { exact: true }), 'Read the IAM guide')
  await expectValue(page.getByLabel('Detail', { exact: true }), 'Policies and roles, chapter 3')
  expect(await daySelect(page).inputValue()).toBe('3')
  expect(await monday.getByRole('button', { name: /Read the IAM guide/ }).count()).toBe(0)
  await screenshot(page, 'worklog-week-after-reload')

  // The overview, reached through the breadcrumb.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Ada Intern' }).click()
  await page.getByRole('heading', { level: 1, name: 'Worklog of Ada Intern' }).waitFor()
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Week 1', exact: true }) })
  await row.getByText('Set up the lab VPC').waitFor()
  const cells = row.getByRole('cell')
  expect(await cells.count()).toBe(8) // Mon–Fri, review, tasks done, achieved
  expect(await cells.nth(0).textContent()).toContain('Set up the lab VPC')
  expect(await cells.nth(2).textContent()).toContain('Read the IAM guide')
  expect((await cells.nth(6).textContent())?.trim()).toBe('0 / 2')
  expect((await cells.nth(7).textContent())?.trim()).toBe('1 / 1')
  await screenshot(page, 'worklog-overview-filled')

  finish(browser)
})

test('text typed 100 ms before the tab closes is there when the week is opened again', async () => {
  browser = await launchBrowser()
  await gotoApp(browser.page, '/')
  const journalId = await createJournal(browser.page, 'Tab Closer')
  await openWeek(browser.page, journalId, 1)

  await summaryField(browser.page).pressSequentially('Typed just before closing the tab')
  await new Promise((resolve) => setTimeout(resolve, 100))
  await browser.page.close()

  const page = await browser.context.newPage()
  await openWeek(page, journalId, 1)
  await expectValue(summaryField(page), 'Typed just before closing the tab')
  await waitSaved(page)
  await page.reload()
  await page.getByRole('heading', { level: 1, name: 'Week 1' }).waitFor()
  await expectValue(summaryField(page), 'Typed just before closing the tab')

  finish(browser)
})

test('text typed 100 ms before the browser closes is there when it starts again', async () => {
  browser = await launchBrowser()
  await gotoApp(browser.page, '/')
  const journalId = await createJournal(browser.page, 'Browser Closer')
  await openWeek(browser.page, journalId, 1)

  await summaryField(browser.page).pressSequentially('Typed just before quitting')
  await new Promise((resolve) => setTimeout(resolve, 100))
  const first = browser
  browser = undefined
  browser = await reopenBrowser(first)
  finish(first) // what the first browser did, up to its closing

  await openWeek(browser.page, journalId, 1)
  await expectValue(summaryField(browser.page), 'Typed just before quitting')
  await waitSaved(browser.page)

  finish(browser)
})

test('two tabs on one week: edits show up in the other tab, and a stale save becomes a conflict', async () => {
  browser = await launchBrowser()
  const a = browser.page
  await gotoApp(a, '/')
  const journalId = await createJournal(a, 'Two Tabs')
  await openWeek(a, journalId, 1)
  const b = await browser.context.newPage()
  await openWeek(b, journalId, 1)

  // An edit in A reaches B without a reload.
  await summaryField(a).fill('Written in tab A')
  await waitSaved(a)
  await expectValue(summaryField(b), 'Written in tab A')
  expect(await saveStatus(b).getAttribute('data-save-status')).toBe('saved')

  // Hold B's debounced save (the 400 ms autosave timer) so that B keeps an unsaved edit
  // while A saves; then let B's save run against the revision it started from.
  await b.evaluate(() => {
    const w = window as unknown as { __releaseSave: () => void }
    const original = window.setTimeout
    let held: (() => void) | null = null
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      if (ms === 400 && typeof handler === 'function') {
        held = handler as () => void
        return 0
      }
      return original(handler, ms, ...args)
    }) as typeof window.setTimeout
    w.__releaseSave = () => {
      window.setTimeout = original
      const run = held
      held = null
      run?.()
    }
  })
  await summaryField(b).fill('Tab B: my unsaved version')
  await expect.poll(() => saveStatus(b).getAttribute('data-save-status'), WAIT).toBe('pending')

  await summaryField(a).fill('Tab A: saved first')
  await waitSaved(a)
  // B has edits of its own, so it keeps them on screen rather than adopting A's version.
  await expectValue(summaryField(b), 'Tab B: my unsaved version')

  await b.evaluate(() => (window as unknown as { __releaseSave: () => void }).__releaseSave())
  const banner = b.getByRole('alert').filter({ hasText: 'changed in another tab' })
  await banner.waitFor()
  await expect.poll(() => saveStatus(b).getAttribute('data-save-status'), WAIT).toBe('conflict')
  expect(await saveStatus(b).textContent()).toBe('Not saved — changed in another tab')
  await expectValue(summaryField(b), 'Tab B: my unsaved version')
  await expectValue(summaryField(a), 'Tab A: saved first')
  expect(await a.getByRole('alert').count()).toBe(0)

  // Both versions can be seen side by side.
  await banner.getByRole('button', { name: 'Compare the two' }).click()
  await banner.getByText('Tab B: my unsaved version').waitFor()
  await banner.getByText('Tab A: saved first').waitFor()
  await screenshot(b, 'worklog-conflict')
  expect(await axeViolations(b, 'week, conflict banner')).toEqual([])

  // The conflict is stored: reloading B brings the banner and B's text back.
  await b.reload()
  await b.getByRole('heading', { level: 1, name: 'Week 1' }).waitFor()
  await banner.waitFor()
  await expectValue(summaryField(b), 'Tab B: my unsaved version')

  await banner.getByRole('button', { name: 'Keep my version' }).click()
  await banner.waitFor({ state: 'detached' })
  await waitSaved(b)
  // A has no edits of its own: it shows the version B kept.
  await expectValue(summaryField(a), 'Tab B: my unsaved version')

  await b.reload()
  await b.getByRole('heading', { level: 1, name: 'Week 1' }).waitFor()
  await expectValue(summaryField(b), 'Tab B: my unsaved version')
  expect(await b.getByRole('alert').count()).toBe(0)
  await a.reload()
  await a.getByRole('heading', { level: 1, name: 'Week 1' }).waitFor()
  await expectValue(summaryField(a), 'Tab B: my unsaved version')

  finish(browser)
})

test('axe-core finds no violations on the home page, the overview and a week with the task editor open', async () => {
  browser = await launchBrowser()
  const page = browser.page
  const violations: string[] = []

  await gotoApp(page, '/')
  await page.getByRole('heading', { name: 'Start a journal' }).waitFor()
  await page.getByText('No journal yet.').waitFor()
  violations.push(...(await axeViolations(page, 'home, empty')))

  const journalId = await createJournal(page, 'Axe Intern')
  violations.push(...(await axeViolations(page, 'overview, new journal')))

  await openWeek(page, journalId, 1)
  await page.getByRole('button', { name: 'Add task on Tuesday' }).click()
  await page.getByLabel('Task title', { exact: true }).fill('Check the pages with axe')
  await page.getByRole('button', { name: 'Add objective' }).click()
  await page.getByLabel('Objective 1', { exact: true }).fill('Learn the review flow')
  await page.getByRole('button', { name: 'Add achievement group' }).click()
  await page.getByLabel('Title of group 1', { exact: true }).fill('Accessibility')
  await page.getByRole('button', { name: 'Add item' }).click()
  await page.getByLabel('Achievement item', { exact: true }).fill('Labelled every field')
  await page.getByRole('button', { name: 'Add task on Tuesday' }).click()
  await page.getByLabel('Task title', { exact: true }).fill('Second task, editor open')
  await waitSaved(page)
  await page.getByRole('region', { name: /^Edit task:/ }).waitFor()
  violations.push(...(await axeViolations(page, 'week, task editor open')))

  // The undo offer after a deletion, and the carry-over dialog.
  await page.getByRole('button', { name: 'Delete task' }).click()
  await page.getByRole('button', { name: 'Undo' }).waitFor()
  violations.push(...(await axeViolations(page, 'week, undo offer')))
  await page.getByRole('button', { name: 'Start week 2 from this one' }).click()
  const dialog = page.getByRole('dialog', { name: 'Carry over into week 2' })
  await dialog.waitFor()
  violations.push(...(await axeViolations(page, 'week, carry-over dialog')))
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await dialog.waitFor({ state: 'hidden' })

  await gotoApp(page, `/j/${encodeURIComponent(journalId)}`)
  await page.getByRole('heading', { level: 1, name: 'Worklog of Axe Intern' }).waitFor()
  await page.getByText('Check the pages with axe').waitFor()
  violations.push(...(await axeViolations(page, 'overview, with tasks')))

  await gotoApp(page, '/')
  await page.getByText('Axe Intern').first().waitFor()
  violations.push(...(await axeViolations(page, 'home, one journal')))

  // The same screens in the dark theme ("As the system" follows prefers-color-scheme).
  await page.emulateMedia({ colorScheme: 'dark' })
  violations.push(...(await axeViolations(page, 'home, one journal, dark')))
  await gotoApp(page, `/j/${encodeURIComponent(journalId)}`)
  await page.getByText('Check the pages with axe').waitFor()
  violations.push(...(await axeViolations(page, 'overview, with tasks, dark')))
  await openWeek(page, journalId, 1)
  await page
    .getByRole('group', { name: /^Tuesday/ })
    .getByRole('button', { name: /^Check the pages with axe/ })
    .click()
  await page.getByRole('region', { name: /^Edit task:/ }).waitFor()
  violations.push(...(await axeViolations(page, 'week, task editor open, dark')))

  expect(violations).toEqual([])
  finish(browser)
})
