// Moving tasks between days and within a day: by keyboard on the task's handle (Space picks up, arrows
// move, Space drops, Escape cancels) and by pointer (page.mouse drags the handle), at 1280 and 390 px.
// Each step is announced in a live region, in English and in Vietnamese; a drop is one step of the
// edit history (Ctrl+Z / Ctrl+Shift+Z); focus stays on the moved task's handle; axe finds nothing.

import type { Locator, Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { WAIT, axeViolations, createJournal, finish, openWeek, waitSaved } from './flows'
import { gotoApp, launchBrowser, screenshot, type LaunchedBrowser } from './harness'

let browser: LaunchedBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** The calendar as `day: title, title` lines, Monday to Friday, as on screen. */
function calendar(page: Page): Promise<string[]> {
  return page.locator('[data-drop-day]').evaluateAll((days) =>
    days.map((day) => {
      const titles = [...day.querySelectorAll('[data-task-chip]')].map((chip) =>
        (chip.textContent ?? '').split(',')[0]!.trim(),
      )
      return `${(day as HTMLElement).dataset.dropDay}: ${titles.join(', ')}`
    }),
  )
}

const announcement = (page: Page) => page.getByTestId('drag-announcement').textContent()
const activeLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName)

async function addTask(page: Page, day: string, title: string) {
  await page.getByRole('button', { name: `Add task on ${day}` }).click()
  await page.getByLabel('Task title', { exact: true }).fill(title)
}

/** Drags with the mouse from the middle of `from` to a point of `to` (fraction of its height), in steps. */
async function drag(page: Page, from: Locator, to: Locator, y = 0.5) {
  const a = (await from.boundingBox())!
  const b = (await to.boundingBox())!
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(a.x + a.width / 2 + 8, a.y + a.height / 2 + 8, { steps: 2 })
  await page.mouse.move(b.x + b.width / 2, b.y + b.height * y, { steps: 8 })
  await page.mouse.up()
}

const handle = (page: Page, title: string) => page.getByRole('button', { name: `Move “${title}”` })
const chip = (page: Page, title: string) => page.locator('[data-task-chip]', { hasText: title })
const day = (page: Page, n: number) => page.locator(`[data-drop-day="${n}"]`)

test('tasks move by keyboard and by pointer, announced, undoable, focus kept', async () => {
  browser = await launchBrowser()
  const { page } = browser
  await gotoApp(page, '/')
  const id = await createJournal(page, 'Dana Dragger')
  await openWeek(page, id, 1)
  await addTask(page, 'Monday', 'Alpha')
  await addTask(page, 'Monday', 'Bravo')
  await addTask(page, 'Monday', 'Charlie')
  await addTask(page, 'Tuesday', 'Delta')
  await page.keyboard.press('Escape')
  await waitSaved(page)
  const start = ['1: Alpha, Bravo, Charlie', '2: Delta', '3: ', '4: ', '5: ']
  expect(await calendar(page)).toEqual(start)

  // Keyboard: Space picks up, ↓ moves down the day, → to Tuesday at the same position, Space drops.
  await handle(page, 'Alpha').focus()
  await page.keyboard.press('Space')
  await expect
    .poll(() => announcement(page), WAIT)
    .toBe('Picked up “Alpha”: Monday, position 1 of 3. Arrow keys move it, Space drops it, Escape cancels.')
  expect(await axeViolations(page, 'a task picked up')).toEqual([])
  await page.keyboard.press('ArrowDown')
  await expect.poll(() => calendar(page), WAIT).toEqual(['1: Bravo, Alpha, Charlie', ...start.slice(1)])
  await expect.poll(() => announcement(page), WAIT).toBe('“Alpha”: Monday, position 2 of 3.')
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => announcement(page), WAIT).toBe('“Alpha”: Tuesday, position 2 of 2.')
  expect(await activeLabel(page)).toBe('Move “Alpha”')
  await page.keyboard.press('Space')
  await expect.poll(() => announcement(page), WAIT).toBe('“Alpha” dropped on Tuesday, position 2 of 2.')
  const moved = ['1: Bravo, Charlie', '2: Delta, Alpha', '3: ', '4: ', '5: ']
  expect(await calendar(page)).toEqual(moved)
  await expect.poll(() => activeLabel(page), WAIT).toBe('Move “Alpha”')
  await waitSaved(page)

  // The drop is one step of the edit history: the task comes back with its Monday date, and goes again.
  await page.keyboard.press('Control+z')
  await expect.poll(() => calendar(page), WAIT).toEqual(start)
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(() => calendar(page), WAIT).toEqual(moved)
  await chip(page, 'Alpha').click()
  await expect.poll(() => page.getByLabel('Day', { exact: true }).inputValue(), WAIT).toBe('2')
  await page.keyboard.press('Escape')

  // Escape puts a picked-up task back where it was.
  await handle(page, 'Charlie').focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => calendar(page), WAIT).not.toEqual(moved)
  await page.keyboard.press('Escape')
  await expect.poll(() => calendar(page), WAIT).toEqual(moved)
  await expect
    .poll(() => announcement(page), WAIT)
    .toBe('Move cancelled: “Charlie” is back on Monday, position 2 of 2.')
  await expect.poll(() => activeLabel(page), WAIT).toBe('Move “Charlie”')

  // Pointer: Charlie onto the empty Wednesday, then Alpha above Delta within Tuesday.
  await drag(page, handle(page, 'Charlie'), day(page, 3))
  await expect
    .poll(() => calendar(page), WAIT)
    .toEqual(['1: Bravo', '2: Delta, Alpha', '3: Charlie', '4: ', '5: '])
  await expect.poll(() => announcement(page), WAIT).toBe('“Charlie” dropped on Wednesday, position 1 of 1.')
  await drag(page, handle(page, 'Alpha'), chip(page, 'Delta'), 0.2)
  await expect
    .poll(() => calendar(page), WAIT)
    .toEqual(['1: Bravo', '2: Alpha, Delta', '3: Charlie', '4: ', '5: '])
  await waitSaved(page)
  await screenshot(page, 'dragdrop-1280')

  // The same in Vietnamese, dark, on a phone: stacked days, ↓ past the end of a day goes to the next.
  await page.getByLabel('Interface language').selectOption('vi')
  await page.waitForFunction(() => document.documentElement.lang === 'vi')
  await page.getByLabel('Giao diện', { exact: true }).selectOption('dark')
  await page.setViewportSize({ width: 390, height: 844 })
  await page.getByRole('button', { name: 'Di chuyển “Bravo”' }).focus()
  await page.keyboard.press('Space')
  await expect
    .poll(() => announcement(page), WAIT)
    .toBe(
      'Đã nhấc “Bravo”: Thứ Hai, vị trí 1 trên 1. Phím mũi tên để di chuyển, phím cách để thả, Escape để hủy.',
    )
  await page.keyboard.press('ArrowDown')
  await expect.poll(() => announcement(page), WAIT).toBe('“Bravo”: Thứ Ba, vị trí 1 trên 3.')
  expect(await axeViolations(page, 'a task picked up, vi dark 390')).toEqual([])
  await page.keyboard.press('Space')
  await expect.poll(() => announcement(page), WAIT).toBe('Đã thả “Bravo” vào Thứ Ba, vị trí 1 trên 3.')
  await expect
    .poll(() => calendar(page), WAIT)
    .toEqual(['1: ', '2: Bravo, Alpha, Delta', '3: Charlie', '4: ', '5: '])
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  // A pointer on the phone: Delta down onto Friday.
  await day(page, 5).scrollIntoViewIfNeeded()
  await drag(page, page.getByRole('button', { name: 'Di chuyển “Delta”' }), day(page, 3), 0.9)
  await expect
    .poll(() => calendar(page), WAIT)
    .toEqual(['1: ', '2: Bravo, Alpha', '3: Charlie, Delta', '4: ', '5: '])
  await waitSaved(page)
  await screenshot(page, 'dragdrop-390')
  expect(await axeViolations(page, 'week after moves, vi dark 390')).toEqual([])
  finish(browser)
}, 180_000)

test('Ctrl+Z and Ctrl+Shift+Z put focus back on the field the step changed', async () => {
  browser = await launchBrowser()
  const { page } = browser
  await gotoApp(page, '/')
  const id = await createJournal(page, 'Umar Undo')
  await openWeek(page, id, 1)
  const summary = page.getByLabel('Weekly summary', { exact: true })
  const title = page.getByLabel('Page title', { exact: true })
  const isActive = (field: Locator) => field.evaluate((el) => el === document.activeElement)
  await summary.click()
  await page.keyboard.type('Learned VPC')
  await page.getByRole('button', { name: 'Add objective' }).click()
  await page.keyboard.type('Peering')
  await title.click()

  await page.keyboard.press('Control+z')
  await expect.poll(() => page.getByLabel('Objective 1', { exact: true }).inputValue(), WAIT).toBe('')
  await page.keyboard.press('Control+z')
  await expect.poll(() => page.getByLabel('Objective 1', { exact: true }).count(), WAIT).toBe(0)
  await page.keyboard.press('Control+z')
  await expect.poll(() => summary.inputValue(), WAIT).toBe('')
  await expect.poll(() => isActive(summary), { ...WAIT, message: 'undo focuses the summary' }).toBe(true)

  await title.click()
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(() => summary.inputValue(), WAIT).toBe('Learned VPC')
  await expect.poll(() => isActive(summary), { ...WAIT, message: 'redo focuses the summary' }).toBe(true)
  await page.keyboard.press('Control+Shift+z')
  await page.keyboard.press('Control+Shift+z')
  const objective = page.getByLabel('Objective 1', { exact: true })
  await expect.poll(() => objective.inputValue(), WAIT).toBe('Peering')
  await expect.poll(() => isActive(objective), { ...WAIT, message: 'redo focuses the objective' }).toBe(true)
  await waitSaved(page)
  finish(browser)
}, 120_000)

test('on a phone, a finger drags a task by its handle to another day', async () => {
  browser = await launchBrowser({ viewport: { width: 390, height: 844 } })
  const { page } = browser
  await gotoApp(page, '/')
  const id = await createJournal(page, 'Tina Touch')
  await openWeek(page, id, 1)
  await addTask(page, 'Monday', 'Echo')
  await page.keyboard.press('Escape')
  await waitSaved(page)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 })
  await day(page, 2).scrollIntoViewIfNeeded()
  const from = (await handle(page, 'Echo').boundingBox())!
  const to = (await day(page, 2).boundingBox())!
  const point = (x: number, y: number) => [{ x: Math.round(x), y: Math.round(y), id: 1 }]
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(start.x, start.y) })
  for (let i = 1; i <= 8; i++) {
    const x = start.x + ((to.x + to.width / 2 - start.x) * i) / 8
    const y = start.y + ((to.y + to.height / 2 - start.y) * i) / 8
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(x, y) })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await expect.poll(() => calendar(page), WAIT).toEqual(['1: ', '2: Echo', '3: ', '4: ', '5: '])
  await expect.poll(() => announcement(page), WAIT).toBe('“Echo” dropped on Tuesday, position 1 of 1.')
  await waitSaved(page)
  finish(browser)
}, 120_000)
