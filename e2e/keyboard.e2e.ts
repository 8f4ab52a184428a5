// The main flow with the keyboard only: Tab / Shift+Tab to move, Enter / Space to press, typing into
// the focused field. No mouse and no locator actions: locators only check what is on screen, and
// every control is reached by Tab from where focus was, so each one on the way is reachable too.

import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { WAIT, currentMonday, finish, saveStatus, waitSaved } from './flows'
import { gotoApp, launchBrowser, screenshot, type LaunchedBrowser } from './harness'

let browser: LaunchedBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** What has focus: its tag, role, accessible name (approximated from aria-label, labels or text) and value. */
interface Focused {
  tag: string
  role: string
  type: string
  name: string
  value: string
  checked: boolean | null
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body)
      return { tag: 'body', role: '', type: '', name: '', value: '', checked: null }
    const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim()
    let name = el.getAttribute('aria-label') ?? ''
    if (!name && el.getAttribute('aria-labelledby')) {
      name = el
        .getAttribute('aria-labelledby')!
        .split(/\s+/)
        .map((id) => text(document.getElementById(id)))
        .join(' ')
    }
    const labels = (el as HTMLInputElement).labels
    if (!name && labels && labels.length > 0) {
      // A label around a <select> also holds the options' text: keep only the label's own text.
      const label = labels[0]!
      name =
        [...label.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim() || text(label)
    }
    if (!name) name = text(el)
    const input = el as HTMLInputElement
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role') ?? '',
      type: input.type ?? '',
      name,
      value: 'value' in input && typeof input.value === 'string' ? input.value : '',
      checked: input.type === 'checkbox' ? input.checked : null,
    }
  })
}

const describe = (f: Focused) => `<${f.tag}${f.type ? ` type=${f.type}` : ''}> "${f.name}"`

type Matcher = string | RegExp | ((f: Focused) => boolean)

function matches(f: Focused, want: Matcher): boolean {
  // Buttons such as "+ Add item" start with a symbol that is part of their name.
  if (typeof want === 'string') return f.name.replace(/^[+←→↑↓✕]\s*/, '') === want
  if (want instanceof RegExp) return want.test(f.name)
  return want(f)
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, at most `max` times. Fails with the
 * path focus took, so an unreachable control or a trap shows where focus went instead.
 */
async function tabTo(
  page: Page,
  want: Matcher,
  max: number,
  opts: { back?: boolean } = {},
): Promise<Focused> {
  const key = opts.back ? 'Shift+Tab' : 'Tab'
  const path: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key)
    const f = await focused(page)
    path.push(describe(f))
    if (matches(f, want)) return f
  }
  throw new Error(
    `tabTo: ${String(want)} not focused after ${max} ${key} presses. Focus went through:\n  ${path.join('\n  ')}`,
  )
}

/** Waits until the focused element matches; fails naming what has focus instead. */
async function expectFocus(page: Page, want: Matcher, why: string): Promise<Focused> {
  const deadline = Date.now() + WAIT.timeout
  for (;;) {
    const f = await focused(page)
    if (matches(f, want)) return f
    if (Date.now() > deadline)
      throw new Error(`${why}: expected focus on ${String(want)}, but it is on ${describe(f)}`)
    await page.waitForTimeout(WAIT.interval)
  }
}

/** The focused element draws a visible focus indicator (the app's :focus-visible outline). */
async function expectFocusIndicator(page: Page, where: string): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return null
    const css = getComputedStyle(el)
    return {
      style: css.outlineStyle,
      width: parseFloat(css.outlineWidth),
      visible: el.matches(':focus-visible'),
    }
  })
  expect(style, `${where}: nothing has focus`).not.toBeNull()
  expect(style!.style, `${where}: focus outline style`).not.toBe('none')
  expect(style!.width, `${where}: focus outline width`).toBeGreaterThan(0)
  expect(style!.visible, `${where}: :focus-visible`).toBe(true)
}

const TASK = 'Configure the lab firewall'
const GROUP = 'Networking'
const ITEM = 'Wrote a security group by hand'

test('the main flow works with the keyboard alone, with a visible focus indicator', async () => {
  browser = await launchBrowser({ locale: 'en-US' })
  const page = browser.page
  const mondayIso = currentMonday()
  const [year, month, day] = mondayIso.split('-')

  await gotoApp(page, '/')
  await page.getByRole('heading', { name: 'Start a journal' }).waitFor()

  // The first Tab lands on the skip link, which is shown when focused; Enter jumps into <main>.
  await page.keyboard.press('Tab')
  const first = await focused(page)
  expect(describe(first)).toBe('<a> "Skip to content"')
  await expectFocusIndicator(page, 'skip link')
  const skipBox = await page.getByRole('link', { name: 'Skip to content' }).boundingBox()
  expect(skipBox?.width ?? 0, 'the focused skip link is shown').toBeGreaterThan(10)
  await page.keyboard.press('Enter')
  await expect.poll(() => page.url(), WAIT).toMatch(/#main$/)

  // From inside <main>, Tab reaches the form without passing through the header again.
  await tabTo(page, "Intern's name", 5)
  await expectFocusIndicator(page, "Intern's name")
  await page.keyboard.type('Kim Keyboard')
  await tabTo(page, "Mentor's name", 1)
  await page.keyboard.type('Lee Mentor')

  // The date is typed day/month/year whatever the browser's locale (here en-US, whose own date field
  // would ask month/day/year): select what the field holds and type over it.
  const date = await tabTo(page, 'First Monday of the internship', 1)
  expect(date.type).toBe('text')
  await expectFocusIndicator(page, 'date field')
  await page.keyboard.press('Control+a')
  await page.keyboard.type(`${day}/${month}/${year}`)
  expect((await focused(page)).value).toBe(`${day}/${month}/${year}`)
  expect(mondayIso).toBe(`${year}-${month}-${day}`)

  await tabTo(page, 'Planned number of weeks', 1)
  await tabTo(page, 'Hugo section number', 1)
  await tabTo(page, 'Language of the worklog', 1)
  await tabTo(page, 'Page style', 1)
  const create = await tabTo(page, 'Create journal', 1)
  expect(create.tag).toBe('button')
  await expectFocusIndicator(page, 'Create journal')
  await screenshot(page, 'keyboard-home-filled')
  await page.keyboard.press('Enter')

  await page.waitForURL(/\/j\/[^/]+$/)
  await page.getByRole('heading', { level: 1, name: 'Worklog of Kim Keyboard' }).waitFor()
  const journalPath = new URL(page.url()).pathname

  // The overview: Tab to "Open this week (week N)" and follow it with Enter.
  const open = await tabTo(page, /^Open this week \(week \d+\)$/, 25)
  const weekNumber = Number(/\d+/.exec(open.name)![0])
  await expectFocusIndicator(page, 'Open this week')
  await page.keyboard.press('Enter')
  await page.waitForURL(new RegExp(`${journalPath}/w/${weekNumber}$`))
  await page.getByRole('heading', { level: 1, name: `Week ${weekNumber}` }).waitFor()
  await page.getByLabel('Weekly summary', { exact: true }).waitFor()

  // A task on Monday: the button opens the editor with focus in its title.
  await tabTo(page, 'Add task on Monday', 40)
  await expectFocusIndicator(page, 'Add task on Monday')
  await page.keyboard.press('Enter')
  await expectFocus(page, 'Task title', 'after "Add task on Monday"')
  await expectFocusIndicator(page, 'Task title')
  await page.keyboard.type(TASK)
  await expect
    .poll(
      () =>
        page
          .getByRole('group', { name: /^Monday/ })
          .getByRole('button', { name: new RegExp(`^${TASK}`) })
          .count(),
      WAIT,
    )
    .toBe(1)

  // An achievement group: its title gets focus, then "Add item" puts focus in the new item.
  await tabTo(page, 'Add achievement group', 40)
  await expectFocusIndicator(page, 'Add achievement group')
  await page.keyboard.press('Enter')
  await expectFocus(page, 'Title of group 1', 'after "Add achievement group"')
  await page.keyboard.type(GROUP)
  await tabTo(page, 'Add item', 5)
  await expectFocusIndicator(page, 'Add item')
  await page.keyboard.press('Enter')
  await expectFocus(page, 'Achievement item', 'after "Add item"')
  await page.keyboard.type(ITEM)

  // The item's checkbox comes before its text: Shift+Tab to it, Space ticks it.
  const box = await tabTo(page, `Achieved: ${ITEM}`, 1, { back: true })
  expect(box.checked).toBe(false)
  await expectFocusIndicator(page, 'achievement checkbox')
  await page.keyboard.press('Space')
  await expect.poll(async () => (await focused(page)).checked, WAIT).toBe(true)
  await waitSaved(page)
  await screenshot(page, 'keyboard-week-filled')

  // The markdown preview: back up to its toggle, open it, then Tab forward to the download button.
  const toggle = await tabTo(page, 'Markdown preview', 60, { back: true })
  expect(toggle.tag).toBe('button')
  await expectFocusIndicator(page, 'Markdown preview')
  await page.keyboard.press('Enter')
  const preview = page.getByLabel('Markdown of the week', { exact: true })
  await expect
    .poll(async () => (await preview.count()) > 0 && (await preview.textContent())?.includes(TASK), WAIT)
    .toBe(true)
  expect(await page.getByRole('button', { name: 'Download _index.md' }).isEnabled()).toBe(true)
  await expectFocus(page, 'Markdown preview', 'the toggle keeps focus when the preview opens')
  await tabTo(page, 'Download _index.md', 80)
  await expectFocusIndicator(page, 'Download _index.md')
  const downloading = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  const download = await downloading
  expect(download.suggestedFilename()).toBe('_index.md')
  const markdown = await readFile((await download.path())!, 'utf8')
  expect(markdown).toContain(TASK)
  expect(markdown).toContain(GROUP)
  // A week made in the app is written in the seed's style: every achievement a plain bullet.
  expect(markdown).toContain(`\n* ${ITEM}\n`)
  // The preview itself can be reached and scrolled with the keyboard.
  await tabTo(page, 'Markdown of the week', 5)
  await expectFocusIndicator(page, 'markdown preview text')

  // After a reload, everything is still there.
  await page.reload()
  await page.getByRole('heading', { level: 1, name: `Week ${weekNumber}` }).waitFor()
  await page.getByLabel('Weekly summary', { exact: true }).waitFor()
  expect(await saveStatus(page).getAttribute('data-save-status')).toBe('saved')
  expect(
    await page
      .getByRole('group', { name: /^Monday/ })
      .getByRole('button', { name: new RegExp(`^${TASK}`) })
      .count(),
  ).toBe(1)
  expect(await page.getByLabel('Title of group 1', { exact: true }).inputValue()).toBe(GROUP)
  expect(await page.getByLabel('Achievement item', { exact: true }).inputValue()).toBe(ITEM)
  expect(await page.getByRole('checkbox', { name: `Achieved: ${ITEM}` }).isChecked()).toBe(true)

  // Open the task again and the preview again, by keyboard.
  const taskButton = await tabTo(page, new RegExp(`^${TASK}`), 40)
  expect(taskButton.tag).toBe('button')
  await page.keyboard.press('Enter')
  await expectFocus(page, 'Task title', 'opening a task')
  expect((await focused(page)).value).toBe(TASK)
  await tabTo(page, 'Markdown preview', 40, { back: true })
  await page.keyboard.press('Space')
  await expect
    .poll(async () => ((await preview.count()) > 0 ? await preview.textContent() : '') ?? '', WAIT)
    .toContain(`\n* ${ITEM}\n`)
  expect(await preview.textContent()).toContain(TASK)
  await screenshot(page, 'keyboard-week-reloaded')

  finish(browser)
})
