// The screenshots of the README's guide (docs/screenshots/*.png), taken from a seeded journal at a
// fixed window size: home, the overview, a week and the mentor's review. The journal is made with the
// app's own factories and restored from a backup file, as a user would; every name and text is made up.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, expect, test } from 'vitest'
import { createBackup, serializeBackup } from '../src/codec/backup'
import { addDaysIso } from '../src/domain/dates'
import { newJournal, newTask, newWeek } from '../src/domain/factories'
import type { Task, Week, WeekReview, Weekday } from '../src/domain/types'
import { WAIT, axeViolations, currentMonday, finish } from './flows'
import { gotoApp, launchBrowser, type LaunchedBrowser } from './harness'

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url))
const SIZE = { width: 1200, height: 760 }

let browser: LaunchedBrowser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const WEEKS: {
  tasks: [Weekday, string, Task['status']][]
  objectives: string[]
  items: string[]
  summary: string
  review: WeekReview['status']
}[] = [
  {
    tasks: [
      [1, 'Meet the team and set up the laptop', 'done'],
      [2, 'Read the **AWS** account guide', 'done'],
      [3, 'Create an IAM user with MFA', 'done'],
      [5, 'Weekly meeting with the mentor', 'done'],
    ],
    objectives: ['Get to know the team', 'Set up a safe AWS account'],
    items: ['Created an IAM user with least privilege', 'Turned on MFA and a billing budget'],
    summary: 'A first week of set-up: the account is ready and safe.',
    review: 'approved',
  },
  {
    tasks: [
      [1, 'Lab: a VPC with public and private subnets', 'done'],
      [2, 'Lab: security groups and network ACLs', 'done'],
      [4, 'Deploy a static site on S3', 'in-progress'],
      [5, 'Write up the networking notes', 'done'],
    ],
    objectives: ['Understand VPC networking', 'Host a static website'],
    items: ['Built a VPC with two subnets', 'Told security groups from network ACLs', 'Hosted a page on S3'],
    summary: 'Networking labs done; the S3 site needs a custom domain next week.',
    review: 'submitted',
  },
  {
    tasks: [
      [1, 'Put CloudFront in front of the S3 site', 'done'],
      [2, 'Custom domain with Route 53', 'in-progress'],
      [3, 'Lambda that resizes uploaded images', 'planned'],
      [4, 'CloudWatch alarms for the budget', 'planned'],
    ],
    objectives: ['Serve the site over HTTPS', 'Try serverless'],
    items: ['CloudFront serves the site over HTTPS'],
    summary: '',
    review: 'draft',
  },
]

/** A backup holding one journal of three weeks, its first Monday two weeks before this one. */
function seededBackup(): string {
  const journal = newJournal({
    owner: 'Lan Tran',
    mentor: 'Grace Mentor',
    firstMonday: addDaysIso(currentMonday(), -14),
    plannedWeeks: 12,
    section: 1,
    languages: ['en'],
  })
  const weeks: Week[] = WEEKS.map((plan, i) => {
    const week = newWeek(journal, i + 1)
    const tasks = plan.tasks.map(([day, title, status]) => ({ ...newTask(week.monday, day, title), status }))
    const items = plan.items.map((text, n) => ({
      id: `i${i}-${n}`,
      text,
      achieved: i < 2 || n === 0,
      children: [],
    }))
    return {
      ...week,
      revision: 1,
      review: { status: plan.review, changedAt: new Date().toISOString() },
      content: {
        en: {
          ...week.content.en!,
          tasks,
          objectives: plan.objectives.map((text, n) => ({ id: `o${i}-${n}`, text })),
          achievements: { intro: '', groups: [{ id: `g${i}`, title: 'What I learned', items }] },
          summary: plan.summary,
        },
      },
    }
  })
  return serializeBackup(createBackup({ journals: [journal], weeks, comments: [] }))
}

test('takes the guide’s screenshots from a seeded journal', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'worklog-guide-'))
  const file = path.join(dir, 'lan-tran.worklog-backup.json')
  writeFileSync(file, seededBackup())
  mkdirSync(OUT, { recursive: true })
  browser = await launchBrowser({ viewport: SIZE })
  const { page } = browser
  await gotoApp(page, '/')
  await page.getByLabel('Theme').selectOption('light')

  await gotoApp(page, '/import')
  await page.getByLabel('Markdown pages, zips or a backup').setInputFiles(file)
  await page.getByRole('button', { name: 'Restore 1 journal(s)' }).click()
  await page.getByText('Restored 1 journal(s).').waitFor()

  const shoot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.mouse.move(0, SIZE.height - 1)
    expect(await axeViolations(page, name)).toEqual([])
    await page.screenshot({ path: path.join(OUT, `${name}.png`) })
  }

  await gotoApp(page, '/')
  await page
    .getByRole('link', { name: /Lan Tran/ })
    .first()
    .waitFor()
  await shoot('home')

  await page
    .getByRole('link', { name: /Lan Tran/ })
    .first()
    .click()
  await page.getByRole('heading', { level: 1, name: /Lan Tran/ }).waitFor()
  await page
    .getByText('Serve the site over HTTPS')
    .or(page.getByText(/Put CloudFront/))
    .first()
    .waitFor(WAIT)
  await shoot('overview')

  await page.goto(page.url() + '/w/3')
  await page.getByRole('heading', { level: 1, name: 'Week 3' }).waitFor()
  await page.getByRole('button', { name: /^Custom domain/ }).click()
  await page.getByLabel('Task title', { exact: true }).waitFor()
  await page.getByLabel('Task title', { exact: true }).evaluate((el) => el.blur())
  await page.locator('#tasks-heading').evaluate((el) => el.scrollIntoView())
  expect(await axeViolations(page, 'week')).toEqual([])
  await page.screenshot({ path: path.join(OUT, 'week.png') })

  await page.goto(page.url().replace(/\/w\/3$/, '/review'))
  await page.getByRole('heading', { level: 1, name: /Lan Tran/ }).waitFor()
  await shoot('review')
  finish(browser)
}, 120_000)
