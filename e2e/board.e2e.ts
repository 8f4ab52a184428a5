// Real-browser test of the mentor's screens: three interns' review packages (built here with the app's
// own package writer) are imported on /review; the cohort board sorts them most behind first; a cell
// opens the week's reading view; "Approve & next" and the keys move on; a newer package marks what
// changed in place until "Mark reviewed"; the printable evaluation; axe at 1280 and 390 px.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { writeReviewPackage } from '../src/codec/reviewExchange'
import { addDaysIso } from '../src/domain/dates'
import { newJournal, newTask, newWeek } from '../src/domain/factories'
import type { Journal, Week, WeekReview } from '../src/domain/types'
import { WAIT, axeViolations, currentMonday, finish } from './flows'
import { gotoApp, launchBrowser, screenshot, type LaunchedBrowser } from './harness'

let browser: LaunchedBrowser | undefined
let dir: string | undefined

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && browser)
    await screenshot(browser.page, 'board-failed').catch(() => undefined)
  await browser?.close()
  browser = undefined
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

// Four weeks ago: weeks 1 to 3 are past their deadline (the Monday after them) on any day of this week.
const FIRST_MONDAY = addDaysIso(currentMonday(), -28)

function journalOf(owner: string): Journal {
  return newJournal({
    owner,
    mentor: 'Minh Mentor',
    firstMonday: FIRST_MONDAY,
    plannedWeeks: 6,
    section: 1,
    languages: ['en'],
  })
}

/** A week as the intern wrote it; submitted on its Friday when `submitted`. */
function writtenWeek(journal: Journal, n: number, submitted: boolean): Week {
  const week = newWeek(journal, n)
  const content = week.content.en!
  content.tasks = [newTask(week.monday, 2, `Week ${n} VPC lab`)]
  content.tasks[0]!.detail = `Built **two subnets** for week ${n}`
  content.tasks[0]!.status = 'done'
  content.summary = `Read the [AWS VPC guide](https://docs.aws.amazon.com/vpc/) and <script>alert(1)</script> stayed text.`
  const at = `${addDaysIso(week.monday, 4)}T09:00:00.000Z`
  const review: WeekReview = submitted
    ? { status: 'submitted', revision: 3, changedAt: at, submittedAt: at }
    : { status: 'draft' }
  return { ...week, revision: 3, review, updatedAt: at }
}

async function packageFile(journal: Journal, weeks: Week[], name: string): Promise<string> {
  dir ??= mkdtempSync(path.join(os.tmpdir(), 'worklog-e2e-board-'))
  const file = path.join(dir, `${name}.json`)
  writeFileSync(file, await writeReviewPackage({ journal, weeks, comments: [] }))
  return file
}

async function importPackage(page: Page, file: string, owner: string): Promise<void> {
  if (new URL(page.url()).pathname !== '/review') await gotoApp(page, '/review')
  await page.getByLabel('File to open (.json)', { exact: true }).setInputFiles(file)
  await page
    .getByRole('status')
    .filter({ hasText: `Imported the worklog of ${owner}` })
    .waitFor()
}

const rowOrder = (page: Page) =>
  page.locator('[data-board-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-board-row')))

const cellState = (page: Page, owner: string, n: number) =>
  page.locator(`[data-board-row="${owner}"] [data-week="${n}"]`).getAttribute('data-cell-state')

test('the cohort board sorts interns most behind first, a cell opens the week, approve & next, changes marked until reviewed', async () => {
  browser = await launchBrowser()
  const { page } = browser
  const anh = journalOf('Anh')
  const binh = journalOf('Binh')
  const chau = journalOf('Chau')
  const anhWeeks = [1, 2, 3, 4].map((n) => writtenWeek(anh, n, true))
  await gotoApp(page, '/review')
  await page.locator('[data-board-empty]').waitFor()
  await importPackage(page, await packageFile(anh, anhWeeks, 'anh'), 'Anh')
  await importPackage(
    page,
    await packageFile(
      binh,
      [
        writtenWeek(binh, 1, true),
        writtenWeek(binh, 2, true),
        writtenWeek(binh, 3, false),
        writtenWeek(binh, 4, true),
      ],
      'binh',
    ),
    'Binh',
  )
  await importPackage(
    page,
    await packageFile(chau, [writtenWeek(chau, 1, true), writtenWeek(chau, 4, true)], 'chau'),
    'Chau',
  )

  // Sorted most behind: Chau (2 weeks missing), Binh (1 overdue draft), Anh (none).
  await gotoApp(page, '/review')
  await page.locator('[data-board-ready="true"]').waitFor()
  expect(await rowOrder(page)).toEqual(['Chau', 'Binh', 'Anh'])
  expect(await cellState(page, 'Chau', 2)).toBe('missing')
  expect(await cellState(page, 'Binh', 3)).toBe('overdue')
  expect(await cellState(page, 'Anh', 1)).toBe('submitted')
  expect(await cellState(page, 'Anh', 6)).toBe('upcoming')
  // A state is said in words, not colour alone.
  await expect
    .poll(() => page.locator('[data-board-row="Chau"] [data-week="2"]').textContent())
    .toContain('Missing')
  expect(await page.locator('[data-board-row="Anh"]').textContent()).not.toMatch(/revision/i)
  await screenshot(page, 'board-1280')
  expect(await axeViolations(page, 'board 1280')).toEqual([])

  // By keyboard: Tab reaches the one cell in the tab order, arrows move to Anh's week 1, Enter opens it.
  await page.getByRole('region', { name: 'Cohort board (scrolls sideways)' }).focus()
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-week'))) break
  }
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
    'Chau, week 1: Submitted',
  )
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
    'Anh, week 1: Submitted',
  )
  await page.keyboard.press('Enter')
  await page.locator('[data-reading-view][data-week-number="1"]').waitFor()
  // Rendered markdown: a safe link is a link, the script is text, the task detail is shown.
  const link = page.locator('[data-week-reading] a[href="https://docs.aws.amazon.com/vpc/"]')
  await link.waitFor()
  expect(await link.getAttribute('rel')).toContain('noopener')
  expect(await page.locator('[data-week-reading]').textContent()).toContain('<script>alert(1)</script>')
  expect(await page.locator('[data-week-reading] strong').first().textContent()).toBe('two subnets')
  expect(await page.locator('[data-week-reading] textarea, [data-week-reading] input').count()).toBe(0)
  expect(await page.locator('[data-change-banner]').getAttribute('data-change-banner')).toBe('never')
  await page.getByRole('button', { name: 'Mark reviewed' }).click()
  await expect
    .poll(() => page.locator('[data-change-banner]').getAttribute('data-change-banner'), WAIT)
    .toBe('unchanged')
  await screenshot(page, 'reading-1280')
  expect(await axeViolations(page, 'reading view 1280')).toEqual([])

  // Approve & next: the next week of the same intern waiting.
  await page.getByRole('button', { name: 'Approve & next' }).click()
  await page.locator('[data-reading-view][data-week-number="2"]').waitFor()
  // k next, j previous; r requests changes on week 3 and moves on to week 4.
  await page.keyboard.press('k')
  await page.locator('[data-reading-view][data-week-number="3"]').waitFor()
  await page.keyboard.press('j')
  await page.locator('[data-reading-view][data-week-number="2"]').waitFor()
  await page.keyboard.press('k')
  await page.locator('[data-reading-view][data-week-number="3"]').waitFor()
  await page.keyboard.press('r')
  await page.locator('[data-reading-view][data-week-number="4"]').waitFor()
  // A week that is not submitted cannot be decided: no buttons, the reason instead.
  await gotoApp(page, `/review/${binh.id}/w/3`)
  await page.locator('[data-decision-blocked="not-submitted"]').waitFor()
  expect(await page.getByRole('button', { name: 'Approve & next' }).count()).toBe(0)
  await page.keyboard.press('a')
  expect(await page.locator('[data-reading-view]').getAttribute('data-week-number')).toBe('3')

  // The intern rewrites week 1 after its approval: a newer package.
  const rewritten = structuredClone(anhWeeks[0]!)
  rewritten.content.en!.summary = 'Read the AWS VPC guide twice and built a transit gateway.'
  await importPackage(page, await packageFile(anh, [{ ...rewritten, revision: 5 }], 'anh-2'), 'Anh')
  await gotoApp(page, '/review')
  await page.locator('[data-board-ready="true"]').waitFor()
  expect(await cellState(page, 'Anh', 1)).toBe('changed-after-approval')
  expect(await cellState(page, 'Anh', 3)).toBe('changes-requested')
  await page.getByRole('link', { name: 'Anh, week 1: Changed after approval' }).click()
  const place = page.locator('[data-changed-place]')
  await place.first().waitFor()
  expect(await place.count()).toBe(1)
  expect(await place.locator('ins').allTextContents()).toEqual(
    expect.arrayContaining([expect.stringContaining('twice')]),
  )
  expect((await place.locator('del').allTextContents()).join(' ')).toContain('<script>')
  await screenshot(page, 'reading-changed-1280')
  // Still marked after leaving and coming back.
  await page.reload()
  await page.locator('[data-changed-place]').first().waitFor()
  await page.getByRole('button', { name: 'Mark reviewed' }).click()
  await expect.poll(() => page.locator('[data-changed-place]').count(), WAIT).toBe(0)

  // The printable evaluation: every week, decisions and dates; printing hides the navigation.
  await gotoApp(page, `/review/${anh.id}/print`)
  await page.locator('[data-evaluation]').waitFor()
  expect(await page.locator('[data-evaluation-week]').count()).toBe(6)
  expect(await page.locator('[data-evaluation-week="3"]').textContent()).toContain('Changes requested')
  await page.emulateMedia({ media: 'print' })
  expect(await page.locator('header').first().isVisible()).toBe(false)
  expect(await page.locator('[data-evaluation] nav').isVisible()).toBe(false)
  await screenshot(page, 'evaluation-print')
  await page.emulateMedia({ media: 'screen' })

  // A phone: the grid scrolls inside its own region, the names stay in view; axe clean.
  await page.setViewportSize({ width: 390, height: 844 })
  await gotoApp(page, '/review')
  await page.locator('[data-board-ready="true"]').waitFor()
  const region = page.getByRole('region', { name: 'Cohort board (scrolls sideways)' })
  const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
  expect(sizes.scroll).toBeGreaterThan(sizes.client)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await region.evaluate((el) => el.scrollBy({ left: 400 }))
  const name = page.locator('[data-board-row="Anh"] th')
  expect((await name.boundingBox())!.x).toBeLessThan(40)
  await screenshot(page, 'board-390')
  expect(await axeViolations(page, 'board 390')).toEqual([])
  await gotoApp(page, `/review/${anh.id}/w/2`)
  await page.locator('[data-reading-view]').waitFor()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await screenshot(page, 'reading-390')
  expect(await axeViolations(page, 'reading view 390')).toEqual([])
  finish(browser)
})
