// Flows and checks shared by the real-browser tests: creating a journal, opening a week, waiting
// for a save, reading a field, running axe-core. Launching Chromium and the preview server's
// address live in harness.ts.

import AxeBuilder from '@axe-core/playwright'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { assertNoExternalRequests, assertNoPageErrors, gotoApp, type LaunchedBrowser } from './harness'

/** A file or folder of the shared corpus beside the repository (the tests read it, never copy it). */
export function corpusPath(...parts: string[]): string {
  return path.resolve(import.meta.dirname, '../../shared/corpus', ...parts)
}

/** The corpus site most browser tests import: 12 weeks in English and Vietnamese. */
export const CORPUS_SITE = corpusPath('36JungKwan+InternshipReport')

/** Polling waits of vitest (expect.poll) get the same patience as Playwright's own waits. */
export const WAIT = { timeout: 20_000, interval: 50 }

/** Monday of the current week, as an ISO date, in the local time zone (the browser uses the same). */
export function currentMonday(): string {
  const now = new Date()
  const day = now.getDay() === 0 ? 7 : now.getDay()
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (day - 1))
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${monday.getFullYear()}-${pad(monday.getMonth() + 1)}-${pad(monday.getDate())}`
}

/** The labels of the "Start a journal" form, and the overview heading it leads to, in one interface language. */
export interface JournalFormLabels {
  owner: string
  mentor: string
  firstMonday: string
  weeks: string
  section: string
  create: string
  heading: (owner: string) => string
}

export const EN: JournalFormLabels = {
  owner: "Intern's name",
  mentor: "Mentor's name",
  firstMonday: 'First Monday of the internship',
  weeks: 'Planned number of weeks',
  section: 'Hugo section number',
  create: 'Create journal',
  heading: (owner: string) => `Worklog of ${owner}`,
}

export const VI: JournalFormLabels = {
  owner: 'Tên thực tập sinh',
  mentor: 'Tên người hướng dẫn',
  firstMonday: 'Thứ Hai đầu tiên của kỳ thực tập',
  weeks: 'Số tuần dự kiến',
  section: 'Số mục Hugo',
  create: 'Tạo nhật ký',
  heading: (owner: string) => `Nhật ký của ${owner}`,
}

export interface NewJournal {
  /** Default 'Grace Mentor'. */
  mentor?: string
  /** ISO date of the first Monday; default currentMonday(). */
  monday?: string
  /** Planned weeks and Hugo section to type in; default 12 weeks, section 1; null leaves the form's own values. */
  plan?: { weeks: string; section: string } | null
  /** Default EN. */
  labels?: JournalFormLabels
}

/**
 * Fills the "Start a journal" form on the home page (already open) and waits for the overview.
 * Returns the journal id.
 */
export async function createJournal(page: Page, owner: string, journal: NewJournal = {}): Promise<string> {
  const labels = journal.labels ?? EN
  const plan = journal.plan === undefined ? { weeks: '12', section: '1' } : journal.plan
  await page.getByLabel(labels.owner, { exact: true }).fill(owner)
  await page.getByLabel(labels.mentor, { exact: true }).fill(journal.mentor ?? 'Grace Mentor')
  await page.getByLabel(labels.firstMonday, { exact: true }).fill(journal.monday ?? currentMonday())
  if (plan) {
    await page.getByLabel(labels.weeks, { exact: true }).fill(plan.weeks)
    await page.getByLabel(labels.section, { exact: true }).fill(plan.section)
  }
  await page.getByRole('button', { name: labels.create }).click()
  await page.waitForURL(/\/j\/[^/]+$/)
  await page.getByRole('heading', { level: 1, name: labels.heading(owner) }).waitFor()
  const id = new URL(page.url()).pathname.split('/')[2]
  expect(id).toBeTruthy()
  return decodeURIComponent(id!)
}

export const summaryField = (page: Page) => page.getByLabel('Weekly summary', { exact: true })

/** Opens a week by URL and waits until its editor is on screen. */
export async function openWeek(page: Page, journalId: string, n: number): Promise<void> {
  await gotoApp(page, `/j/${encodeURIComponent(journalId)}/w/${n}`)
  await page.getByRole('heading', { level: 1, name: `Week ${n}` }).waitFor()
  await summaryField(page).waitFor()
}

export const saveStatus = (page: Page) => page.locator('[data-save-status]')

/** Edits left to save, as notes in localStorage (written on every edit, cleared when the save commits). */
export const pendingNotes = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('worklog:pending:')).length)

export interface SavedCheck {
  /** Also wait until no edit is waiting in a pending note (default true). */
  notes?: boolean
  /** Then also expect the save status to read this text. */
  text?: string
}

/** Waits until the week says it is saved (data-save-status="saved"), and by default until no pending note is left. */
export async function waitSaved(page: Page, check: SavedCheck = {}): Promise<void> {
  await expect.poll(() => saveStatus(page).getAttribute('data-save-status'), WAIT).toBe('saved')
  if (check.notes ?? true) await expect.poll(() => pendingNotes(page), WAIT).toBe(0)
  if (check.text !== undefined) expect(await saveStatus(page).textContent()).toBe(check.text)
}

/** Waits until a field holds the value. */
export async function expectValue(locator: Locator, value: string): Promise<void> {
  await expect.poll(() => locator.inputValue(), WAIT).toBe(value)
}

/** Runs axe-core on the page and returns its violations in a readable form. */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.passes.length, `axe ran no checks on ${where}`).toBeGreaterThan(10)
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `[${where}] ${violation.id} (${violation.impact ?? 'n/a'}) at ${JSON.stringify(node.target)}: ${violation.help}` +
        (node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''),
    ),
  )
}

/** The end of a test: nothing left 127.0.0.1, and no page threw or logged console.error. */
export function finish(b: LaunchedBrowser): void {
  assertNoExternalRequests(b)
  assertNoPageErrors(b)
}
