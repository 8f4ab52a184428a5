// Every route on a phone (360 and 390 px wide): nothing scrolls sideways, every control is a target of
// at least 24×24 px (44 px high for the main action), the week's days stack and the overview is a list of
// week cards; axe finds nothing, light and dark, English and Vietnamese. Screenshots at 390 and 1280.

import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { axeViolations, corpusPath, finish } from './flows'
import { SCREENSHOT_DIR, gotoApp, launchBrowser, screenshot, type LaunchedBrowser } from './harness'

const seedWeek = corpusPath('seed', 'week7-worklog.md')

let browser: LaunchedBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

interface Layout {
  scrollWidth: number
  innerWidth: number
  /** Controls smaller than 24×24 px, described. */
  small: string[]
  /** Main actions (primary buttons) lower than 44 px, described. */
  lowMain: string[]
}

function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const describe = (el: Element, r: DOMRect) =>
      `<${el.tagName.toLowerCase()}> "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`
    const controls = [
      ...document.querySelectorAll('button, input, select, textarea, [role="tab"], header a, main nav a'),
    ]
    const small: string[] = []
    const lowMain: string[] = []
    for (const el of controls) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0) continue // not rendered (hidden file inputs, closed dialogs)
      if ((el as HTMLInputElement).type === 'file' && getComputedStyle(el).opacity === '0') continue
      if (el.closest('.sr-only')) continue
      if (r.width < 24 || r.height < 24) small.push(describe(el, r))
      if (el.matches('[data-main-action]') && r.height < 44) lowMain.push(describe(el, r))
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      small,
      lowMain,
    }
  })
}

/** Sets the interface language and theme from the header, whichever language it shows now. */
async function setPreferences(page: Page, lang: 'en' | 'vi', theme: 'light' | 'dark') {
  await page.getByLabel(/^(Interface language|Ngôn ngữ giao diện)$/).selectOption(lang)
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
  await page.getByLabel(/^(Theme|Giao diện)$/).selectOption(theme)
}

test('every route fits a phone: no sideways scroll, targets of 24 px, stacked days, week cards', async () => {
  browser = await launchBrowser({ viewport: { width: 390, height: 844 } })
  const { page } = browser
  await gotoApp(page, '/import')
  await page.getByLabel('Markdown pages, zips or a backup').setInputFiles(seedWeek)
  await page.getByText(/Found 1 week/).waitFor()
  await page.getByLabel("Intern's name", { exact: true }).fill('Phuong Tran Nguyen Minh')
  await page.getByRole('button', { name: 'Import 1 week(s)' }).click()
  await page.getByRole('link', { name: 'Open the journal of Phuong Tran Nguyen Minh' }).click()
  await page.waitForURL(/\/j\/[^/]+$/)
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!)
  const routes = [
    '/',
    '/import',
    '/export',
    '/review',
    '/join',
    `/j/${id}`,
    `/j/${id}/w/7`,
    `/j/${id}/review`,
    `/review/${id}/w/7`,
    `/review/${id}/print`,
  ]

  const problems: string[] = []
  for (const width of [360, 390]) {
    await page.setViewportSize({ width, height: 844 })
    for (const route of routes) {
      await gotoApp(page, route)
      await page.locator('main h1').first().waitFor()
      if (route === `/j/${id}/w/7`) {
        // Open a task, so that its editor is measured too.
        await page.getByRole('button', { name: /^Attend campus learning/ }).click()
        await page.getByLabel('Task title').waitFor()
      }
      const layout = await measure(page)
      if (layout.scrollWidth > layout.innerWidth)
        problems.push(`${route} at ${width}: content ${layout.scrollWidth} px wide`)
      problems.push(...layout.small.map((s) => `${route} at ${width}: small target ${s}`))
      problems.push(...layout.lowMain.map((s) => `${route} at ${width}: main action ${s}`))
      if (width === 390) {
        const name =
          route === '/' ? 'home' : route.replace(id, 'journal').replace(/\/j\//, '/').replace(/\//g, '-')
        await screenshot(page, `phone-390${name.startsWith('-') ? name : `-${name}`}`)
      }
    }
  }
  expect(problems).toEqual([])

  // The week's days stack: Tuesday is below Monday, not beside it.
  await gotoApp(page, `/j/${id}/w/7`)
  const monday = await page.getByRole('group', { name: /^Monday/ }).boundingBox()
  const tuesday = await page.getByRole('group', { name: /^Tuesday/ }).boundingBox()
  expect(tuesday!.y).toBeGreaterThanOrEqual(monday!.y + monday!.height)
  expect(Math.abs(tuesday!.x - monday!.x)).toBeLessThan(2)
  // The achievements on a phone, one screen of them, to look at.
  await page.getByRole('heading', { name: 'Achievements', exact: true }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone-390-achievements.png') })

  // The overview is a list of week cards, not a table.
  await gotoApp(page, `/j/${id}`)
  await page.getByRole('list', { name: /Weeks of the internship/ }).waitFor()
  expect(await page.locator('main table').count()).toBe(0)
  expect(
    await page
      .getByRole('list', { name: /Weeks of the internship/ })
      .getByRole('listitem')
      .count(),
  ).toBeGreaterThanOrEqual(7)

  // axe: light and dark, English and Vietnamese, on the phone.
  const violations: string[] = []
  for (const [lang, theme] of [
    ['en', 'light'],
    ['en', 'dark'],
    ['vi', 'light'],
    ['vi', 'dark'],
  ] as const) {
    await gotoApp(page, '/')
    await page.locator('main h1').first().waitFor()
    await setPreferences(page, lang, theme)
    for (const route of routes) {
      await gotoApp(page, route)
      await page.locator('main h1').first().waitFor()
      violations.push(...(await axeViolations(page, `${route} ${lang} ${theme} 390`)))
    }
  }
  expect(violations).toEqual([])

  // The same pages on a desktop, to look at.
  await page.setViewportSize({ width: 1280, height: 800 })
  for (const route of [`/j/${id}`, `/j/${id}/w/7`]) {
    await gotoApp(page, route)
    await page.locator('main h1').first().waitFor()
    await screenshot(page, `desktop-1280${route.replace(`/j/${id}`, '-journal').replace(/\//g, '-')}`)
  }
  finish(browser)
}, 240_000)
