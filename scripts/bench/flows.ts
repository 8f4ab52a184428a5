// The measured flows of `npm run bench` inside one page: a week switch, typing, an import.

import type { Page } from 'playwright-core'
import { BASE, markedAt, watchText } from './browser'

/**
 * Click "Next week →" and time it until the next week's visible part (its heading and its task grid) has
 * been painted, and until all of it (down to the summary) has.
 */
export async function nextWeek(page: Page, to: number): Promise<{ visible: number; full: number }> {
  return page.evaluate(
    (n) =>
      new Promise<{ visible: number; full: number }>((resolve, reject) => {
        const w = window as unknown as { __afterPaint: (fn: (t: number) => void) => void }
        const link = document.querySelector<HTMLAnchorElement>('a[rel=next]')
        if (!link) return reject(new Error('no next-week link'))
        const visible = () =>
          document.querySelector('main h1')?.textContent === `Week ${n}` &&
          [...document.querySelectorAll('main [role=group] li button')].some((b) =>
            (b.textContent ?? '').includes(`(${n}.`),
          )
        const full = () =>
          visible() &&
          (
            document.querySelector<HTMLTextAreaElement>('section[aria-labelledby=summary-heading] textarea')
              ?.value ?? ''
          ).startsWith(`Week ${n}:`)
        const t0 = performance.now()
        let visibleAt: number | undefined
        link.click()
        const loop = () => {
          if (visibleAt === undefined && visible()) {
            visibleAt = -1
            w.__afterPaint((t) => (visibleAt = t - t0))
          }
          if (full())
            w.__afterPaint((t) => resolve({ visible: visibleAt! > 0 ? visibleAt! : t - t0, full: t - t0 }))
          else if (performance.now() - t0 > 10_000) reject(new Error(`week ${n} did not show`))
          else requestAnimationFrame(loop)
        }
        requestAnimationFrame(loop)
      }),
    to,
  )
}

/** Typing in a task's title: key press to the next paint, the slow events and the long tasks meanwhile. */
export async function typing(page: Page, url: string) {
  await page.goto(url)
  // A task's own button (its title), not the drag handle beside it.
  await page
    .locator('main:not(:has([data-snapshot])) [role=group] li button', { hasText: /\(\d+\.\d+\)/ })
    .first()
    .click()
  const title = page.getByLabel('Task title', { exact: true })
  await title.focus()
  await page.keyboard.press('End')
  await page.evaluate(() => {
    const w = window as unknown as {
      __keys: number[]
      __longTasks: number[]
      __events: number[]
      __afterPaint: (fn: (t: number) => void) => void
    }
    w.__keys = []
    w.__longTasks = []
    w.__events = []
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.__longTasks.push(e.duration)),
    ).observe({
      type: 'longtask',
    })
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        if (e.name === 'keydown' || e.name === 'keypress' || e.name === 'keyup' || e.name === 'input')
          w.__events.push(e.duration)
      }),
    ).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
    document.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp
        w.__afterPaint((t) => w.__keys.push(t - start))
      },
      true,
    )
  })
  const typed = ' measured while typing in the title, key after key'
  for (const ch of typed) {
    await page.keyboard.press(ch === ' ' ? 'Space' : ch)
    await page.waitForTimeout(60)
  }
  await page.waitForTimeout(1500) // the debounced save runs inside the observed window too
  const result = await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __longTasks: number[]; __events: number[] }
    return { keys: w.__keys, longTasks: w.__longTasks, events: w.__events }
  })
  const value = await title.inputValue()
  if (!value.endsWith(typed)) throw new Error(`typing did not reach the field: ${value}`)
  return result
}

/**
 * Imports a site folder through the app: picked (the file input's change) → preview drawn, then
 * "Import" clicked → the confirmation drawn (the weeks stored). The name typed between is not timed.
 */
export async function importThroughApp(page: Page, folder: string, weeks: number, owner: string) {
  await page.goto(`${BASE}/import`)
  const input = page.getByLabel('A whole folder')
  await input.waitFor({ state: 'attached' })
  await page.evaluate(() => {
    const w = window as unknown as { __pickedAt?: number }
    w.__pickedAt = undefined
    document.addEventListener('change', () => (w.__pickedAt ??= performance.now()), true)
  })
  await watchText(page, `Found ${weeks} week(s)`, '__previewAt')
  await input.setInputFiles(folder)
  const preview = await markedAt(page, '__previewAt')
  const picked = await page.evaluate(() => (window as unknown as { __pickedAt: number }).__pickedAt)
  await page.getByLabel("Intern's name", { exact: true }).fill(owner)
  await watchText(page, `Imported ${weeks} week(s)`, '__storedAt')
  const clickedAt = await page.evaluate((label) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === label)
    if (!button) throw new Error(`no button "${label}"`)
    const t0 = performance.now()
    button.click()
    return t0
  }, `Import ${weeks} week(s)`)
  const stored = await markedAt(page, '__storedAt')
  return { previewMs: preview - picked, storeMs: stored - clickedAt }
}
