// Editing a week like an outliner, with focus asserted after every action: objectives and achievement
// items take Enter, Tab / Shift+Tab, Backspace on empty, Alt+↑/↓ and a pasted list; moving, nesting and
// deleting keep focus on what was acted on; Escape goes back to the opener; Ctrl+Z / Ctrl+Shift+Z undo
// and redo structure and deletions. axe runs on the filled week, light and dark, English and Vietnamese.

import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { WAIT, axeViolations, createJournal, finish, openWeek, waitSaved } from './flows'
import { gotoApp, launchBrowser, screenshot, type LaunchedBrowser } from './harness'

let browser: LaunchedBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** What has focus: its accessible label (aria-label or label text), value and focus key. */
function active(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null
    if (!el || el === document.body) return 'body'
    const label = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? ''
    return `${label.trim()}${'value' in el && el.tagName !== 'BUTTON' ? ` = ${el.value}` : ''}`
  })
}

async function expectActive(page: Page, want: string, why: string) {
  await expect.poll(() => active(page), { ...WAIT, message: why }).toBe(want)
}

/** Pastes text into the focused field the way a browser does: a paste event carrying text/plain. */
async function paste(page: Page, text: string) {
  await page.evaluate((t) => {
    const data = new DataTransfer()
    data.setData('text/plain', t)
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, text)
}

/** The achievement items of group 1 as an indented outline, one line each. */
function outline(page: Page) {
  return page.getByRole('group', { name: /^Group 1/ }).evaluate((group) => {
    const lines: string[] = []
    const walk = (list: Element | null, depth: number) => {
      for (const li of list?.querySelectorAll(':scope > li') ?? []) {
        lines.push(`${'  '.repeat(depth)}${li.querySelector('textarea')!.value}`)
        walk(li.querySelector(':scope > ul'), depth + 1)
      }
    }
    walk(group.querySelector('ul'), 0)
    return lines
  })
}

const objectives = (page: Page) =>
  page
    .locator('section[aria-labelledby="objectives-heading"] textarea')
    .evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value))

test('objectives and achievements edit like an outliner, focus follows every action, and undo/redo work', async () => {
  browser = await launchBrowser()
  const { page } = browser
  await gotoApp(page, '/')
  const id = await createJournal(page, 'Olivia Outliner')
  await openWeek(page, id, 1)

  // Objectives: a pasted list of three lines makes three objectives; Enter, Backspace, Alt+↑, delete.
  await page.getByRole('button', { name: 'Add objective' }).click()
  await expectActive(page, 'Objective 1 = ', 'a new objective has focus')
  await paste(page, '* Learn VPC\n* Learn IAM\n* Learn S3')
  await expect.poll(() => objectives(page), WAIT).toEqual(['Learn VPC', 'Learn IAM', 'Learn S3'])
  await expectActive(page, 'Objective 3 = Learn S3', 'the last pasted objective has focus')
  await page.keyboard.press('Enter')
  await expectActive(page, 'Objective 4 = ', 'Enter makes the next objective')
  await page.keyboard.press('Backspace')
  await expectActive(
    page,
    'Objective 3 = Learn S3',
    'Backspace on an empty objective goes back to the one above',
  )
  expect(await objectives(page)).toHaveLength(3)
  await page.keyboard.press('Alt+ArrowUp')
  await expect.poll(() => objectives(page), WAIT).toEqual(['Learn VPC', 'Learn S3', 'Learn IAM'])
  await expectActive(page, 'Objective 2 = Learn S3', 'Alt+↑ keeps focus on the moved objective')
  await page.getByRole('button', { name: 'Delete objective 2' }).click()
  await expectActive(page, 'Objective 1 = Learn VPC', 'deleting an objective focuses the one above')

  // Achievements: Enter on a group title makes its first item; Enter, Tab, Shift+Tab, Alt+↑ on items.
  await page.getByRole('button', { name: 'Add achievement group' }).click()
  await expectActive(page, 'Title of group 1 = ', 'a new group has focus on its title')
  await page.keyboard.type('Networking')
  await page.keyboard.press('Enter')
  await expectActive(page, 'Achievement item = ', 'Enter on a group title makes its first item')
  await page.keyboard.type('Create 2 VPCs')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Configure peering')
  await page.keyboard.press('Tab')
  await expect.poll(() => outline(page), WAIT).toEqual(['Create 2 VPCs', '  Configure peering'])
  await expectActive(page, 'Achievement item = Configure peering', 'Tab nests and keeps focus')
  await page.keyboard.press('Shift+Tab')
  await expect.poll(() => outline(page), WAIT).toEqual(['Create 2 VPCs', 'Configure peering'])
  await expectActive(page, 'Achievement item = Configure peering', 'Shift+Tab outdents and keeps focus')
  await page.keyboard.press('Alt+ArrowRight')
  await expect.poll(() => outline(page), WAIT).toEqual(['Create 2 VPCs', '  Configure peering'])
  await expectActive(page, 'Achievement item = Configure peering', 'Alt+→ nests and keeps focus')
  await page.keyboard.type(' and routes')
  expect(await outline(page)).toEqual(['Create 2 VPCs', '  Configure peering and routes'])
  await page.keyboard.press('Alt+ArrowLeft')
  await page.keyboard.press('Alt+ArrowUp')
  await expect.poll(() => outline(page), WAIT).toEqual(['Configure peering and routes', 'Create 2 VPCs'])
  await expectActive(page, 'Achievement item = Configure peering and routes', 'Alt+↑ keeps focus')

  // A pasted nested list: one item per line, nesting by indentation, markers stripped.
  await page.getByLabel('Achievement item', { exact: true }).last().click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await paste(page, '- Check connectivity\n  - ping\n  - SSH\n')
  await expect
    .poll(() => outline(page), WAIT)
    .toEqual(['Configure peering and routes', 'Create 2 VPCs', 'Check connectivity', '  ping', '  SSH'])
  await expectActive(page, 'Achievement item = SSH', 'the last pasted item has focus')
  await page.keyboard.press('Enter')
  await expectActive(page, 'Achievement item = ', 'Enter after a nested item')
  await page.keyboard.press('Backspace')
  await expectActive(page, 'Achievement item = SSH', 'Backspace on an empty item focuses the one above')

  // An item's actions are in its menu (one button per item); after one, its text has focus.
  await page.getByRole('button', { name: 'Actions for “Create 2 VPCs”' }).click()
  await page.getByRole('menuitem', { name: 'Move “Create 2 VPCs” up' }).click()
  await expectActive(page, 'Achievement item = Create 2 VPCs', 'at the top the item text takes focus')
  await page.getByRole('button', { name: 'Actions for “Configure peering and routes”' }).click()
  await page
    .getByRole('menuitem', { name: 'Nest “Configure peering and routes” under the item above' })
    .click()
  await expectActive(
    page,
    'Achievement item = Configure peering and routes',
    'a nested first child cannot nest further: its text takes focus',
  )
  await page.getByRole('button', { name: 'Actions for “ping”' }).click()
  await page.getByRole('menuitem', { name: 'Delete “ping”' }).click()
  await expectActive(
    page,
    'Achievement item = Check connectivity',
    'a deleted item gives focus to the one above',
  )
  await expect
    .poll(() => outline(page), WAIT)
    .toEqual(['Create 2 VPCs', '  Configure peering and routes', 'Check connectivity', '  SSH'])

  // Undo and redo: the deletion, then the nesting, come back; redo does them again.
  await page.keyboard.press('Control+z')
  await expect
    .poll(() => outline(page), WAIT)
    .toEqual(['Create 2 VPCs', '  Configure peering and routes', 'Check connectivity', '  ping', '  SSH'])
  await page.keyboard.press('Control+z')
  await expect
    .poll(() => outline(page), WAIT)
    .toEqual(['Create 2 VPCs', 'Configure peering and routes', 'Check connectivity', '  ping', '  SSH'])
  await page.keyboard.press('Control+Shift+z')
  await page.keyboard.press('Control+Shift+z')
  await expect
    .poll(() => outline(page), WAIT)
    .toEqual(['Create 2 VPCs', '  Configure peering and routes', 'Check connectivity', '  SSH'])
  await page.getByRole('button', { name: 'Take back the last edit (Ctrl+Z)' }).click()
  await expect.poll(() => outline(page), WAIT).toContain('  ping')

  // Tick all in the group, then untick all in the week.
  await page.getByRole('button', { name: 'Tick every item of group 1' }).click()
  await expect.poll(() => page.getByRole('checkbox', { checked: false }).count(), WAIT).toBe(0)
  await page.getByRole('button', { name: 'Untick all items of the week' }).click()
  await expect.poll(() => page.getByRole('checkbox', { checked: true }).count(), WAIT).toBe(0)
  await page.getByRole('button', { name: 'Tick all items of the week' }).click()
  await expect.poll(() => page.getByRole('checkbox', { checked: false }).count(), WAIT).toBe(0)

  // Tasks: moving, changing the day, Escape and deleting keep focus where the user is.
  await page.getByRole('button', { name: 'Add task on Monday' }).click()
  await page.keyboard.type('First task')
  await page.getByRole('button', { name: 'Add task on Monday' }).click()
  await page.keyboard.type('Second task')
  await page.getByRole('button', { name: '↑ Move up' }).click()
  await expectActive(page, '↓ Move down', 'a task moved to the top leaves focus on "Move down"')
  await page.getByLabel('Day', { exact: true }).selectOption('3')
  await expectActive(page, 'Day = 3', 'changing the day keeps focus on the Day select')
  await page.keyboard.press('Escape')
  await expectActive(page, 'Second task, planned', 'Escape goes back to the task in the calendar')
  await page.getByRole('button', { name: /^First task/ }).click()
  await page.getByRole('button', { name: 'Delete task' }).click()
  await expectActive(page, 'Add task on Monday', 'deleting the only task of a day focuses that day')
  await page.getByRole('button', { name: /^Second task/ }).click()
  await page.getByRole('button', { name: 'Close', exact: true }).click()
  await expectActive(page, 'Second task, planned', 'Close goes back to the task in the calendar')

  // Deleting a group focuses the one before it, or "Add achievement group".
  await page.getByRole('button', { name: 'Delete group 1' }).click()
  await expectActive(page, '+ Add achievement group', 'deleting the only group')
  await page.keyboard.press('Control+z')
  await expect.poll(() => outline(page), WAIT).toContain('Check connectivity')
  await waitSaved(page)
  await screenshot(page, 'outliner-week')

  const violations: string[] = []
  for (const [lang, theme] of [
    ['en', 'light'],
    ['en', 'dark'],
    ['vi', 'dark'],
    ['vi', 'light'],
  ] as const) {
    await page.getByLabel(/^(Interface language|Ngôn ngữ giao diện)$/).selectOption(lang)
    await page.waitForFunction((l) => document.documentElement.lang === l, lang)
    await page.getByLabel(/^(Theme|Giao diện)$/).selectOption(theme)
    violations.push(...(await axeViolations(page, `week ${lang} ${theme}`)))
  }
  expect(violations).toEqual([])
  finish(browser)
}, 180_000)
