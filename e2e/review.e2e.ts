// Real-browser tests of the mentor review with no server: an intern and a mentor, each in a browser
// profile of their own, pass a review package and a feedback file back and forth; files that are meant
// for someone else, edited or cut short are refused with a reason and change nothing; axe-core checks
// the review screens.

import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import {
  WAIT,
  axeViolations,
  createJournal,
  expectValue,
  finish,
  openWeek,
  summaryField,
  waitSaved as waitUntilSaved,
} from './flows'
import { gotoApp, launchBrowser, screenshot, type LaunchedBrowser } from './harness'

let browsers: LaunchedBrowser[] = []
let fileDir: string | undefined

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    for (const [i, b] of browsers.entries()) {
      for (const [j, page] of b.context.pages().entries())
        await screenshot(page, `review-failed-${i}-${j}`).catch(() => undefined)
    }
  }
  await Promise.all(browsers.map((b) => b.close()))
  browsers = []
  if (fileDir) rmSync(fileDir, { recursive: true, force: true })
  fileDir = undefined
})

async function start(): Promise<LaunchedBrowser> {
  const b = await launchBrowser()
  browsers.push(b)
  return b
}

/** A folder for the files the test downloads and hands over, like a shared drive between the two. */
function files(): string {
  fileDir ??= mkdtempSync(path.join(os.tmpdir(), 'worklog-e2e-review-'))
  return fileDir
}

/** Starts a journal from the home page, leaving the planned weeks and the section as the form has them. */
async function startJournal(page: Page, owner: string): Promise<string> {
  await gotoApp(page, '/')
  return createJournal(page, owner, { mentor: MENTOR, plan: null })
}

const reviewStatus = (page: Page) => page.locator('[data-review-status]')
const taskEditor = (page: Page) => page.getByRole('region', { name: /^Edit task:/ })

/** Waits until the week says "saved" (pending notes are not looked at here). */
const waitSaved = (page: Page) => waitUntilSaved(page, { notes: false })

async function expectReviewStatus(page: Page, status: string): Promise<void> {
  await expect.poll(() => reviewStatus(page).getAttribute('data-review-status'), WAIT).toBe(status)
}

/** The revision the week is at: kept for the program to compare, never shown to people. */
async function shownRevision(page: Page): Promise<number> {
  const revision = await reviewStatus(page).getAttribute('data-week-revision')
  expect(revision, 'no revision on the review status').not.toBeNull()
  expect(await reviewStatus(page).textContent()).not.toMatch(/revision/i)
  return Number(revision)
}

/** Opens a task of a day in the task editor. */
async function openTask(page: Page, day: string, title: string): Promise<Locator> {
  const card = page
    .getByRole('group', { name: new RegExp(`^${day}`) })
    .getByRole('button', { name: new RegExp(`^${title}`) })
  // A card toggles its editor: click it only when its editor is not the one open.
  if ((await card.getAttribute('aria-pressed')) !== 'true') await card.click()
  const editor = taskEditor(page)
  await expectValue(editor.getByLabel('Task title', { exact: true }), title)
  return editor
}

interface WeekPlan {
  tasks: { day: string; title: string; detail: string }[]
  group: string
  item: string
  summary: string
}

/** The intern writes a week: tasks, one achievement group with a ticked item, the summary. */
async function writeWeek(page: Page, journalId: string, n: number, plan: WeekPlan): Promise<void> {
  await openWeek(page, journalId, n)
  for (const task of plan.tasks) {
    await page.getByRole('button', { name: `Add task on ${task.day}` }).click()
    await expectValue(page.getByLabel('Task title', { exact: true }), '')
    await page.getByLabel('Task title', { exact: true }).fill(task.title)
    await page.getByLabel('Detail', { exact: true }).fill(task.detail)
  }
  await page.getByRole('button', { name: 'Add achievement group' }).click()
  await page.getByLabel('Title of group 1', { exact: true }).fill(plan.group)
  await page.getByRole('button', { name: 'Add item' }).click()
  await page.getByLabel('Achievement item', { exact: true }).fill(plan.item)
  await page.getByRole('checkbox', { name: `Achieved: ${plan.item}` }).check()
  await summaryField(page).fill(plan.summary)
  await waitSaved(page)
}

/** What the week page shows of the intern's text: summary, achievement item, each task's title and detail. */
async function visibleText(page: Page, plan: WeekPlan): Promise<Record<string, string>> {
  const text: Record<string, string> = {
    pageTitle: await page.getByLabel('Page title', { exact: true }).inputValue(),
    summary: await summaryField(page).inputValue(),
    group: await page.getByLabel('Title of group 1', { exact: true }).inputValue(),
    item: await page.getByLabel('Achievement item', { exact: true }).inputValue(),
    itemAchieved: String(await page.getByRole('checkbox', { name: `Achieved: ${plan.item}` }).isChecked()),
  }
  for (const task of plan.tasks) {
    const editor = await openTask(page, task.day, task.title)
    text[`task ${task.title}`] = await editor.getByLabel('Detail', { exact: true }).inputValue()
  }
  return text
}

interface SavedFile {
  name: string
  file: string
  text: string
}

/** Clicks an export button on /review and keeps the file it downloads, under its own name in a folder of its own. */
async function exportFile(page: Page, button: string, folder: string): Promise<SavedFile> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  const file = path.join(files(), folder, download.suggestedFilename())
  await download.saveAs(file)
  return { name: download.suggestedFilename(), file, text: readFileSync(file, 'utf8') }
}

/** Writes a changed copy of a downloaded file, as a damaged or edited file would reach the other side. */
function variant(source: SavedFile, name: string, change: (text: string) => string): string {
  const file = path.join(files(), 'changed', name)
  mkdirSync(path.dirname(file), { recursive: true })
  const changed = change(source.text)
  expect(changed).not.toBe(source.text)
  writeFileSync(file, changed)
  return file
}

const fileInput = (page: Page) => page.getByLabel('File to open (.json)', { exact: true })

async function openOnReviewPage(page: Page, file: string): Promise<void> {
  if (new URL(page.url()).pathname !== '/review') await gotoApp(page, '/review')
  await page.getByRole('heading', { level: 2, name: 'Review exchange' }).waitFor()
  await fileInput(page).setInputFiles(file)
}

/** The import report (role=status) of the file just opened on /review. */
async function importReport(page: Page, text: string | RegExp): Promise<Locator> {
  const report = page.getByRole('status').filter({ hasText: text })
  await report.waitFor()
  expect(await page.getByRole('alert').count()).toBe(0)
  return report
}

/** The refusal (role=alert) of the file just opened on /review. */
async function refusal(page: Page, fileName: string, reason: string | RegExp): Promise<string> {
  const alert = page.getByRole('alert')
  await alert.waitFor()
  const text = (await alert.textContent()) ?? ''
  expect(text).toContain(`“${fileName}” was not imported.`)
  expect(text).toMatch(reason)
  expect(text).toContain('Nothing was imported.')
  return text
}

interface PackageWeek {
  number: number
  revision: number
  content: unknown
  review: { status: string }
}

function packageWeeks(saved: SavedFile): PackageWeek[] {
  const parsed = JSON.parse(saved.text) as { format: string; payload: { weeks: PackageWeek[] } }
  expect(parsed.format).toBe('worklog-tracker-review-package')
  return [...parsed.payload.weeks].sort((a, b) => a.number - b.number)
}

const contentOf = (weeks: PackageWeek[]) => Object.fromEntries(weeks.map((w) => [w.number, w.content]))

/** The queue "Waiting for review" on /review, as the text of its entries. */
async function queueEntries(page: Page): Promise<string[]> {
  const queue = page.getByRole('region', { name: 'Waiting for review' })
  await queue.waitFor()
  return (await queue.getByRole('listitem').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim())
}

const OWNER = 'Linh Tran'
const MENTOR = 'Minh Mentor'
const WEEK1: WeekPlan = {
  tasks: [
    { day: 'Monday', title: 'Set up the lab VPC', detail: 'Two subnets, one route table' },
    { day: 'Tuesday', title: 'Read the IAM guide', detail: 'Policies and roles, chapter 3' },
  ],
  group: 'Cloud basics',
  item: 'Built a VPC from scratch',
  summary: 'A week of networking and permissions.',
}
const WEEK2: WeekPlan = {
  tasks: [{ day: 'Wednesday', title: 'Host a static site on S3', detail: 'Bucket policy, website endpoint' }],
  group: 'Storage',
  item: 'Published the team page',
  summary: 'Static hosting works end to end.',
}
const TASK_COMMENT = 'Which CIDR ranges did you pick for the two subnets?'
const CHANGES_NOTE = 'Please write down the CIDR ranges and why you chose them.'
const APPROVE_NOTE = 'Well done.'

test('intern and mentor exchange a package and feedback: comments, decisions, resubmission, what changed', async () => {
  const intern = await start()
  const mentor = await start()
  const ip = intern.page
  const mp = mentor.page

  // ── The intern writes two weeks and submits both.
  const journalId = await startJournal(ip, OWNER)
  await writeWeek(ip, journalId, 1, WEEK1)
  expect(await ip.getByRole('button', { name: 'Submit for review' }).isEnabled()).toBe(true)
  await ip.getByRole('button', { name: 'Submit for review' }).click()
  await expectReviewStatus(ip, 'submitted')
  await waitSaved(ip)
  await screenshot(ip, 'review-intern-week-submitted')
  // The submission is the revision it was saved as: nothing to resubmit until the text changes.
  expect(await reviewStatus(ip).textContent()).toMatch(/^Submitted · on \d{2}\/\d{2}\/\d{4}$/)
  expect(await ip.getByRole('button', { name: /submit for review/i }).count()).toBe(0)
  const week1Before = await visibleText(ip, WEEK1)

  await writeWeek(ip, journalId, 2, WEEK2)
  await ip.getByRole('button', { name: 'Submit for review' }).click()
  await expectReviewStatus(ip, 'submitted')
  await waitSaved(ip)
  const week2Before = await visibleText(ip, WEEK2)

  await gotoApp(ip, '/review')
  const package1 = await exportFile(ip, `Export review package of ${OWNER}`, 'package-1')
  expect(package1.name).toBe('linh-tran.worklog.json')
  await ip.getByRole('status').filter({ hasText: 'Saved as linh-tran.worklog.json.' }).waitFor()
  const sent1 = packageWeeks(package1)
  expect(sent1.map((w) => [w.number, w.review.status])).toEqual([
    [1, 'submitted'],
    [2, 'submitted'],
  ])

  // ── The mentor opens the package: both weeks wait for review.
  await openOnReviewPage(mp, package1.file)
  await importReport(mp, `Imported the worklog of ${OWNER}: 2 new week(s), 0 updated, 0 new comment(s).`)
  await expect
    .poll(() => queueEntries(mp), WAIT)
    .toEqual([
      expect.stringMatching(new RegExp(`^${OWNER} — week 1 submitted `)),
      expect.stringMatching(new RegExp(`^${OWNER} — week 2 submitted `)),
    ])
  await screenshot(mp, 'review-mentor-exchange-queue')
  const violations: string[] = []
  violations.push(...(await axeViolations(mp, '/review, mentor with a queue')))

  // Week 1, from the queue: read-only, a comment on a task, changes requested.
  await mp.getByRole('link', { name: `${OWNER} — week 1` }).click()
  await mp.getByRole('heading', { level: 1, name: 'Week 1' }).waitFor()
  await mp.getByText('This journal was imported for review: its content cannot be edited.').waitFor()
  await expectReviewStatus(mp, 'submitted')
  const mentorSaw = await shownRevision(mp)
  expect(mentorSaw).toBe(sent1[0]!.revision)
  expect(await mp.getByRole('button', { name: 'Submit for review' }).count()).toBe(0)
  expect(await mp.getByRole('button', { name: /^Add task on/ }).count()).toBe(0)
  expect(await summaryField(mp).getAttribute('readonly')).not.toBeNull()
  expect(await visibleText(mp, WEEK1)).toEqual(week1Before)

  const editor = await openTask(mp, 'Monday', 'Set up the lab VPC')
  await editor.getByRole('button', { name: 'Comment on task “Set up the lab VPC”' }).click()
  await editor.getByLabel('Comment on task “Set up the lab VPC”', { exact: true }).fill(TASK_COMMENT)
  await editor.getByRole('button', { name: 'Add comment' }).click()
  await editor.getByText(TASK_COMMENT).waitFor()
  await editor.getByText(`${MENTOR} (mentor)`).waitFor()
  await expectValue(editor.getByLabel('Comment on task “Set up the lab VPC”', { exact: true }), '')

  await mp.getByLabel('Note with your decision (optional)', { exact: true }).fill(CHANGES_NOTE)
  await mp.getByRole('button', { name: 'Request changes', exact: true }).click()
  await expectReviewStatus(mp, 'changes-requested')
  await mp.getByText(`Mentor’s note: ${CHANGES_NOTE}`).waitFor()
  await expectValue(mp.getByLabel('Note with your decision (optional)', { exact: true }), '') // sent, so cleared
  expect(await shownRevision(mp)).toBe(mentorSaw) // a decision does not touch the intern's revision
  await screenshot(mp, 'review-mentor-week-thread-open')
  violations.push(...(await axeViolations(mp, 'mentor week page, task thread open')))

  // Week 2: approved.
  await openWeek(mp, journalId, 2)
  await expectReviewStatus(mp, 'submitted')
  await mp.getByLabel('Note with your decision (optional)', { exact: true }).fill(APPROVE_NOTE)
  await mp.getByRole('button', { name: 'Approve', exact: true }).click()
  await expectReviewStatus(mp, 'approved')

  // The dashboard sums it up.
  await gotoApp(mp, `/j/${encodeURIComponent(journalId)}/review`)
  await mp.getByRole('heading', { level: 1, name: `Review of ${OWNER}` }).waitFor()
  const rowOf = (n: number) =>
    mp.getByRole('row').filter({ has: mp.getByRole('link', { name: `Week ${n}`, exact: true }) })
  await rowOf(1).getByText('Changes requested').waitFor()
  await rowOf(2).getByText('Approved').waitFor()
  const cells = async (n: number) => (await rowOf(n).getByRole('cell').allTextContents()).map((s) => s.trim())
  expect(await cells(1)).toEqual(['Changes requested', '0 / 2', '1 / 1', 'yes', '1'])
  expect(await cells(2)).toEqual(['Approved', '0 / 1', '1 / 1', 'yes', '0'])
  await screenshot(mp, 'review-mentor-dashboard')
  violations.push(...(await axeViolations(mp, 'review dashboard')))

  await gotoApp(mp, '/review')
  await mp.getByText('No submitted week is waiting.').waitFor()
  const feedback1 = await exportFile(mp, `Export feedback for ${OWNER}`, 'feedback-1')
  expect(feedback1.name).toBe('linh-tran.feedback.json')
  expect(feedback1.text).not.toContain(WEEK1.summary) // feedback carries no week text

  // ── The intern imports the feedback: states and the comment arrive, the text stays as it was.
  await openOnReviewPage(ip, feedback1.file)
  const report = await importReport(
    ip,
    `Feedback for ${OWNER} merged: 1 new comment(s), 2 review state(s) updated.`,
  )
  expect((await report.getByRole('listitem').allTextContents()).map((s) => s.replace(/\s+/g, ' '))).toEqual([
    'Week 1: Changes requested',
    'Week 2: Approved',
  ])

  await openWeek(ip, journalId, 1)
  await expectReviewStatus(ip, 'changes-requested')
  await ip.getByText(`Mentor’s note: ${CHANGES_NOTE}`).waitFor()
  // The open thread is listed above the week, and the task's card carries its count.
  const openThreads = ip.getByRole('region', { name: 'Open threads (1)' })
  await openThreads.waitFor()
  expect((await openThreads.textContent())?.replace(/\s+/g, ' ')).toContain(
    `task “Set up the lab VPC” — ${MENTOR} (mentor`,
  )
  await openThreads.getByText(TASK_COMMENT).waitFor()
  await ip
    .getByRole('group', { name: /^Monday/ })
    .getByRole('button', { name: /^Set up the lab VPC.*1 comment\(s\), 1 open/ })
    .waitFor()
  expect(await ip.getByRole('button', { name: 'Resubmit for review' }).isEnabled()).toBe(true)
  expect(await visibleText(ip, WEEK1)).toEqual(week1Before)
  const internEditor = await openTask(ip, 'Monday', 'Set up the lab VPC')
  await internEditor.getByRole('button', { name: '1 comment(s)' }).click()
  await internEditor.getByText(TASK_COMMENT).waitFor()
  await internEditor.getByText(`${MENTOR} (mentor)`).waitFor()
  // Applying the feedback saved the week (a new revision) without changing its text: not "stale".
  await internEditor.getByText(/written on \d{2}\/\d{2}\/\d{4}/).waitFor()
  expect(await internEditor.getByText(/the week has changed since/).count()).toBe(0)
  await screenshot(ip, 'review-intern-week-after-feedback')

  await openWeek(ip, journalId, 2)
  await expectReviewStatus(ip, 'approved')
  await ip.getByText(`Mentor’s note: ${APPROVE_NOTE}`).waitFor()
  await screenshot(ip, 'review-intern-week-approved')
  // Applying the feedback saved the week, but its text is the one approved: nothing to resubmit.
  expect(await reviewStatus(ip).textContent()).toMatch(/^Approved · on \d{2}\/\d{2}\/\d{4}$/)
  expect(await ip.getByText('Changed after approval').count()).toBe(0)
  expect(await ip.getByRole('button', { name: /submit for review/i }).count()).toBe(0)
  expect(await visibleText(ip, WEEK2)).toEqual(week2Before)

  await gotoApp(ip, `/j/${encodeURIComponent(journalId)}`)
  const overviewRow = (n: number) =>
    ip.getByRole('row').filter({ has: ip.getByRole('link', { name: `Week ${n}`, exact: true }) })
  await overviewRow(1).getByText('Changes requested').waitFor()
  await overviewRow(2).getByText('Approved').waitFor()

  // The same weeks, exported again, hold the very same content.
  await gotoApp(ip, '/review')
  const package2 = await exportFile(ip, `Export review package of ${OWNER}`, 'package-2')
  expect(contentOf(packageWeeks(package2))).toEqual(contentOf(sent1))

  // ── The intern answers the request and resubmits week 1.
  const addition = ' Subnets: 10.0.1.0/24 (public) and 10.0.2.0/24 (private).'
  await openWeek(ip, journalId, 1)
  await summaryField(ip).fill(WEEK1.summary + addition)
  await waitSaved(ip)
  await ip.getByRole('button', { name: 'Resubmit for review' }).click()
  await expectReviewStatus(ip, 'submitted')
  await waitSaved(ip)
  const internNow = await shownRevision(ip)

  await gotoApp(ip, '/review')
  const package3 = await exportFile(ip, `Export review package of ${OWNER}`, 'package-3')
  const sent3 = packageWeeks(package3)
  expect(sent3[0]!.revision).toBe(internNow)
  expect(sent3.map((w) => w.review.status)).toEqual(['submitted', 'approved'])

  // ── The mentor opens it: week 1 is back in the queue and says what changed since they looked.
  await openOnReviewPage(mp, package3.file)
  const report3 = await importReport(
    mp,
    `Imported the worklog of ${OWNER}: 0 new week(s), 1 updated, 0 new comment(s).`,
  )
  await report3.getByText(/^Week 1: a new version \(saved on .+\)$/).waitFor()
  expect(await report3.textContent()).not.toMatch(/revision/i)
  await expect
    .poll(() => queueEntries(mp), WAIT)
    .toEqual([expect.stringMatching(new RegExp(`^${OWNER} — week 1 submitted `))])

  await mp.getByRole('link', { name: `${OWNER} — week 1` }).click()
  await mp.getByRole('heading', { level: 1, name: 'Week 1' }).waitFor()
  const changed = mp.getByRole('status').filter({ hasText: 'Changed since you last looked' })
  await changed.waitFor()
  expect(await changed.getByRole('paragraph').first().textContent()).toBe('Changed since you last looked')
  const changes = changed.getByRole('listitem')
  await changes.first().waitFor()
  expect((await changes.allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim())).toEqual([
    `Changed summary: ${WEEK1.summary + addition}`,
  ])
  await expectValue(summaryField(mp), WEEK1.summary + addition)
  await expectReviewStatus(mp, 'submitted')
  // The mentor's comment is still there, marked as written on the older revision.
  const mentorEditor = await openTask(mp, 'Monday', 'Set up the lab VPC')
  await mentorEditor.getByRole('button', { name: '1 comment(s)' }).click()
  await mentorEditor.getByText(TASK_COMMENT).waitFor()
  await mentorEditor.getByText(/written on \d{2}\/\d{2}\/\d{4} — the week has changed since$/).waitFor()
  expect(await mentorEditor.textContent()).not.toMatch(/revision/i)
  await screenshot(mp, 'review-mentor-week-changed-since')

  // Looked at once, the notice does not come back.
  await mp.reload()
  await mp.getByRole('heading', { level: 1, name: 'Week 1' }).waitFor()
  await expectReviewStatus(mp, 'submitted')
  expect(await mp.getByText('Changed since you last looked').count()).toBe(0)

  expect(violations).toEqual([])
  finish(intern)
  finish(mentor)
})

test('feedback for another journal, an edited package and a cut-short package are refused and change nothing', async () => {
  const intern = await start()
  const mentor = await start()
  const other = await start()
  const ip = intern.page
  const mp = mentor.page

  const journalId = await startJournal(ip, OWNER)
  await writeWeek(ip, journalId, 1, WEEK1)
  await ip.getByRole('button', { name: 'Submit for review' }).click()
  await expectReviewStatus(ip, 'submitted')
  await waitSaved(ip)
  await gotoApp(ip, '/review')
  const package1 = await exportFile(ip, `Export review package of ${OWNER}`, 'package-1')

  await openOnReviewPage(mp, package1.file)
  await importReport(mp, `Imported the worklog of ${OWNER}: 1 new week(s), 0 updated, 0 new comment(s).`)
  await openWeek(mp, journalId, 1)
  const mentorRevision = await shownRevision(mp)
  await mp.getByLabel('Note with your decision (optional)', { exact: true }).fill(CHANGES_NOTE)
  await mp.getByRole('button', { name: 'Request changes', exact: true }).click()
  await expectReviewStatus(mp, 'changes-requested')
  await gotoApp(mp, '/review')
  const feedback = await exportFile(mp, `Export feedback for ${OWNER}`, 'feedback')

  // Another intern, with a journal of their own, is sent Linh's feedback by mistake.
  const op = other.page
  const otherId = await startJournal(op, 'Other Intern')
  await writeWeek(op, otherId, 1, WEEK2)
  const otherRevision = await shownRevision(op)
  await openOnReviewPage(op, feedback.file)
  const wrongJournal = await refusal(
    op,
    'linh-tran.feedback.json',
    `This feedback is for the journal of ${OWNER}, which is not in this browser.`,
  )
  await screenshot(op, 'review-refused-other-journal')
  expect(await op.getByRole('status').filter({ hasText: 'Feedback for' }).count()).toBe(0)
  await openWeek(op, otherId, 1)
  await expectReviewStatus(op, 'draft')
  expect(await shownRevision(op)).toBe(otherRevision)
  expect(await summaryField(op).inputValue()).toBe(WEEK2.summary)
  expect(wrongJournal).not.toContain('undefined')

  // The mentor cannot import their own feedback into the copy they review.
  await openOnReviewPage(mp, feedback.file)
  await refusal(
    mp,
    'linh-tran.feedback.json',
    'which you hold as a reviewer: only the intern imports feedback.',
  )

  // The intern edits and resubmits; the package is edited on the way, or arrives cut short.
  await openWeek(ip, journalId, 1)
  await summaryField(ip).fill('A week of networking, permissions and subnets.')
  await waitSaved(ip)
  await gotoApp(ip, '/review')
  const package2 = await exportFile(ip, `Export review package of ${OWNER}`, 'package-2')
  expect(package2.text).toContain('A week of networking, permissions and subnets.')

  // One byte changed inside the week text ("subnets" → "subnetz").
  const tampered = variant(package2, 'linh-tran.worklog.json', (text) =>
    text.replace('permissions and subnets.', 'permissions and subnetz.'),
  )
  await openOnReviewPage(mp, tampered)
  await refusal(
    mp,
    'linh-tran.worklog.json',
    'The review package was changed after it was exported (its checksum does not match its content)',
  )
  await screenshot(mp, 'review-refused-tampered')

  // A byte changed in the JSON structure.
  const broken = variant(package2, 'broken.worklog.json', (text) => text.replace('"payload":', '"payload";'))
  await openOnReviewPage(mp, broken)
  await refusal(
    mp,
    'broken.worklog.json',
    /The review package is damaged: it is not valid JSON at line \d+, column \d+\./,
  )

  // The first two thirds of the file.
  const truncated = variant(package2, 'cut.worklog.json', (text) =>
    text.slice(0, Math.floor((text.length * 2) / 3)),
  )
  await openOnReviewPage(mp, truncated)
  await refusal(mp, 'cut.worklog.json', 'The review package is cut short: it ends in the middle of the data')

  // Nothing of it reached the mentor's copy.
  await mp.getByText('No submitted week is waiting.').waitFor()
  await openWeek(mp, journalId, 1)
  await expectReviewStatus(mp, 'changes-requested')
  expect(await shownRevision(mp)).toBe(mentorRevision)
  expect(await summaryField(mp).inputValue()).toBe(WEEK1.summary)
  expect(await mp.getByText('Changed since you last looked').count()).toBe(0)

  // The intact file still opens, and the refusal gives way to the report.
  await openOnReviewPage(mp, package2.file)
  await importReport(mp, `Imported the worklog of ${OWNER}: 0 new week(s), 1 updated, 0 new comment(s).`)

  finish(intern)
  finish(mentor)
  finish(other)
})

test('forged decisions are refused, and an edit after approval shows on both sides', async () => {
  const intern = await start()
  const mentor = await start()
  const other = await start()
  const ip = intern.page
  const mp = mentor.page
  const op = other.page

  // Linh submits week 1; week 2 is started but not submitted.
  const journalId = await startJournal(ip, OWNER)
  await writeWeek(ip, journalId, 1, WEEK1)
  await ip.getByRole('button', { name: 'Submit for review' }).click()
  await expectReviewStatus(ip, 'submitted')
  await waitSaved(ip)
  await openWeek(ip, journalId, 2)
  await summaryField(ip).fill('Not finished yet.')
  await waitSaved(ip)
  await gotoApp(ip, '/review')
  const package1 = await exportFile(ip, `Export review package of ${OWNER}`, 'package-1')

  // The mentor asks for changes on week 1; week 2 cannot be decided, and says why.
  await openOnReviewPage(mp, package1.file)
  await importReport(mp, `Imported the worklog of ${OWNER}: 2 new week(s), 0 updated, 0 new comment(s).`)
  await openWeek(mp, journalId, 2)
  await expectReviewStatus(mp, 'draft')
  expect(await mp.getByRole('button', { name: 'Approve', exact: true }).isDisabled()).toBe(true)
  expect(await mp.getByRole('button', { name: 'Request changes', exact: true }).isDisabled()).toBe(true)
  await mp
    .getByText('The intern has not submitted this week: it can be decided once it is submitted.')
    .waitFor()
  await openWeek(mp, journalId, 1)
  await mp.getByLabel('Note with your decision (optional)', { exact: true }).fill(CHANGES_NOTE)
  await mp.getByRole('button', { name: 'Request changes', exact: true }).click()
  await expectReviewStatus(mp, 'changes-requested')
  expect(await mp.getByRole('button', { name: 'Approve', exact: true }).isDisabled()).toBe(true)
  await gotoApp(mp, '/review')
  const feedback1 = await exportFile(mp, `Export feedback for ${OWNER}`, 'feedback-1')

  // Another intern opens Linh's package, clicks Approve and exports feedback in the mentor's name.
  await openOnReviewPage(op, package1.file)
  await importReport(op, `Imported the worklog of ${OWNER}`)
  await openWeek(op, journalId, 1)
  await op.getByRole('button', { name: 'Approve', exact: true }).click()
  await expectReviewStatus(op, 'approved')
  await gotoApp(op, '/review')
  const forged = await exportFile(op, `Export feedback for ${OWNER}`, 'forged')
  expect(forged.text).toContain(`"name": "${MENTOR}"`)

  // Linh imports the real feedback first: the mentor's key is pinned.
  await openOnReviewPage(ip, feedback1.file)
  const pinned = await importReport(ip, `Feedback for ${OWNER} merged`)
  // The fingerprint pinned is the one the mentor's page shows, to be read out by voice if ever needed.
  const ownKey = (await mp.locator('[data-own-key]').textContent()) ?? ''
  const fingerprint = /fingerprint ([0-9A-F]{4}(?: [0-9A-F]{4}){3})/.exec(ownKey)?.[1]
  expect(fingerprint, ownKey).toBeDefined()
  await pinned
    .getByText(`Your mentor’s key (Minh Mentor, fingerprint ${fingerprint}) is now pinned`, { exact: false })
    .waitFor()

  // The forged feedback is refused, and so is the real one with its decision edited.
  await openOnReviewPage(ip, forged.file)
  await refusal(
    ip,
    'linh-tran.feedback.json',
    `signed by another key than the one of ${MENTOR} (fingerprint ${fingerprint})`,
  )
  // Trusting another key is offered only behind a question about the mentor's fingerprint.
  await ip.getByText('Has your mentor lost their browser data and made a new key?').waitFor()
  await screenshot(ip, 'review-refused-forged-feedback')
  const edited = variant(feedback1, 'edited.feedback.json', (text) =>
    text.replace('\\"changes-requested\\"', '\\"approved\\"'),
  )
  await openOnReviewPage(ip, edited)
  await refusal(ip, 'edited.feedback.json', 'changed after it was signed')
  const unsigned = variant(feedback1, 'unsigned.feedback.json', (text) =>
    text.replace('"schemaVersion": 2', '"schemaVersion": 1').replace('"signature":', '"unsigned":'),
  )
  await openOnReviewPage(ip, unsigned)
  await refusal(ip, 'unsigned.feedback.json', 'not signed')
  await openWeek(ip, journalId, 1)
  await expectReviewStatus(ip, 'changes-requested')

  // Linh writes "approved" into a package and recomputes its checksum: the mentor's record holds.
  await gotoApp(ip, '/review')
  const package2 = await exportFile(ip, `Export review package of ${OWNER}`, 'package-2')
  const forgedPackage = variant(package2, 'forged.worklog.json', (text) => {
    const envelope = JSON.parse(text) as { checksum: string; payload: { weeks: PackageWeek[] } }
    for (const week of envelope.payload.weeks) {
      week.review = { status: 'approved', changedAt: new Date(Date.now() + 60_000).toISOString() } as never
    }
    envelope.checksum = createHash('sha256').update(JSON.stringify(envelope.payload)).digest('hex')
    return JSON.stringify(envelope, null, 2)
  })
  await openOnReviewPage(mp, forgedPackage)
  const ignored = await importReport(mp, `Imported the worklog of ${OWNER}`)
  await ignored.getByText(/^Weeks 1, 2: the package carried an approval or a request for changes/).waitFor()
  await openWeek(mp, journalId, 1)
  await expectReviewStatus(mp, 'changes-requested')
  await openWeek(mp, journalId, 2)
  await expectReviewStatus(mp, 'draft')

  // An honest round: Linh resubmits, the mentor approves, Linh imports the approval.
  await openWeek(ip, journalId, 1)
  await summaryField(ip).fill(`${WEEK1.summary} Subnets 10.0.1.0/24 and 10.0.2.0/24.`)
  await waitSaved(ip)
  await ip.getByRole('button', { name: 'Resubmit for review' }).click()
  await expectReviewStatus(ip, 'submitted')
  await waitSaved(ip)
  await gotoApp(ip, '/review')
  const package3 = await exportFile(ip, `Export review package of ${OWNER}`, 'package-3')
  await openOnReviewPage(mp, package3.file)
  await importReport(mp, `Imported the worklog of ${OWNER}`)
  await openWeek(mp, journalId, 1)
  await mp.getByRole('button', { name: 'Approve', exact: true }).click()
  await expectReviewStatus(mp, 'approved')
  expect(await mp.getByRole('button', { name: 'Approve', exact: true }).isDisabled()).toBe(true)
  await gotoApp(mp, '/review')
  const feedback2 = await exportFile(mp, `Export feedback for ${OWNER}`, 'feedback-2')
  await openOnReviewPage(ip, feedback2.file)
  await importReport(ip, `Feedback for ${OWNER} merged`)

  // Linh edits the approved week: "changed after approval" on her side…
  await openWeek(ip, journalId, 1)
  await expectReviewStatus(ip, 'approved')
  expect(await ip.getByText('Changed after approval').count()).toBe(0)
  await summaryField(ip).fill('Rewritten after the approval.')
  await waitSaved(ip)
  await ip.getByText('Changed after approval').waitFor()
  expect(await ip.getByRole('button', { name: 'Resubmit for review' }).isEnabled()).toBe(true)
  await screenshot(ip, 'review-intern-changed-after-approval')
  await gotoApp(ip, '/review')
  const package4 = await exportFile(ip, `Export review package of ${OWNER}`, 'package-4')

  // …and on the mentor's: the week is back in the queue, and can be decided again.
  await openOnReviewPage(mp, package4.file)
  await importReport(mp, `Imported the worklog of ${OWNER}`)
  await expect
    .poll(() => queueEntries(mp), WAIT)
    .toEqual([expect.stringMatching(new RegExp(`^${OWNER} — week 1 Changed after approval`))])
  await openWeek(mp, journalId, 1)
  await mp.getByText('Changed after approval').waitFor()
  expect(await mp.getByRole('button', { name: 'Approve', exact: true }).isEnabled()).toBe(true)
  await screenshot(mp, 'review-mentor-changed-after-approval')
  expect(await axeViolations(mp, 'mentor week page, changed after approval')).toEqual([])

  // By keys: k and j move between weeks, a approves and goes on to the next waiting week (none: the queue).
  await mp.keyboard.press('k')
  await mp.getByRole('heading', { level: 1, name: 'Week 2' }).waitFor()
  await mp.keyboard.press('a') // week 2 is not submitted: nothing happens
  await mp.keyboard.press('j')
  await mp.getByRole('heading', { level: 1, name: 'Week 1' }).waitFor()
  await mp.getByText('Changed after approval').waitFor()
  await mp.keyboard.press('a')
  await mp.getByRole('heading', { level: 2, name: 'Review exchange' }).waitFor()
  await mp.getByText('No submitted week is waiting.').waitFor()
  await openWeek(mp, journalId, 1)
  await expectReviewStatus(mp, 'approved')
  expect(await mp.getByText('Changed after approval').count()).toBe(0)
  await openWeek(mp, journalId, 2)
  await expectReviewStatus(mp, 'draft')

  finish(intern)
  finish(mentor)
  finish(other)
})
