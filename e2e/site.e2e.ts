// Real-browser tests of "Open my site folder" and "Save to site". The native folder picker cannot be
// clicked by a test, so the app's test seam (window.__worklogPickDirectory) hands it a folder of the
// Origin Private File System instead: the same FileSystemDirectoryHandle interface as a picked folder.
// The corpus site is copied into that folder, and read back after the save to compare byte for byte.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { diffArrays } from 'diff'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, test } from 'vitest'
import { axeViolations, CORPUS_SITE, finish, waitSaved, WAIT } from './flows'
import { gotoApp, launchBrowser, screenshot, type LaunchedBrowser } from './harness'

const corpusSite = CORPUS_SITE
const WORKLOG = 'content/1-Worklog'

let browser: LaunchedBrowser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** Every file of a folder: path below it → text. */
function readTree(root: string, below = ''): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(path.join(root, below))) {
    const rel = below ? `${below}/${name}` : name
    if (statSync(path.join(root, rel)).isDirectory()) Object.assign(files, readTree(root, rel))
    else files[rel] = readFileSync(path.join(root, rel), 'utf8')
  }
  return files
}

/** Fills OPFS `site/` with the files, and has the app's picker hand out that folder on every page load. */
async function standInSiteFolder(page: Page, files: Record<string, string>): Promise<void> {
  await page.addInitScript(() => {
    ;(
      window as unknown as { __worklogPickDirectory: () => Promise<FileSystemDirectoryHandle> }
    ).__worklogPickDirectory = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('site')
  })
  await gotoApp(page, '/')
  await page.evaluate(async (entries) => {
    const root = await navigator.storage.getDirectory()
    await root.removeEntry('site', { recursive: true }).catch(() => undefined)
    const site = await root.getDirectoryHandle('site', { create: true })
    for (const [rel, text] of entries) {
      const parts = rel.split('/')
      let folder = site
      for (const name of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(name, { create: true })
      const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable()
      await writable.write(text)
      await writable.close()
    }
  }, Object.entries(files))
}

/** Every file of OPFS `site/`, read back: path → text. */
async function readSiteFolder(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const files: Record<string, string> = {}
    const walk = async (folder: FileSystemDirectoryHandle, below: string) => {
      for await (const entry of folder.values()) {
        const rel = below ? `${below}/${entry.name}` : entry.name
        if (entry.kind === 'directory') await walk(entry, rel)
        else files[rel] = await (await entry.getFile()).text()
      }
    }
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('site'), '')
    return files
  })
}

async function writeSiteFile(page: Page, rel: string, text: string): Promise<void> {
  await page.evaluate(
    async ({ rel, text }) => {
      let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('site')
      const parts = rel.split('/')
      for (const name of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(name)
      const writable = await (await folder.getFileHandle(parts.at(-1)!)).createWritable()
      await writable.write(text)
      await writable.close()
    },
    { rel, text },
  )
}

/** Opens the site folder from Import, imports every week into a new journal, and opens its overview. */
async function openAndImport(page: Page, owner: string): Promise<string> {
  await gotoApp(page, '/import')
  await page.getByRole('button', { name: 'Open my site folder' }).click()
  await page.getByText('Found 12 week(s) in 26 file(s) (English, Vietnamese).').waitFor()
  await page.getByLabel("Intern's name", { exact: true }).fill(owner)
  await page.getByRole('button', { name: 'Import 12 week(s)' }).click()
  await page.getByText(`The folder site/${WORKLOG} is remembered for the journal of ${owner}`).waitFor()
  await page.getByRole('link', { name: `Open the journal of ${owner}` }).click()
  await page.getByRole('heading', { level: 1, name: `Worklog of ${owner}` }).waitFor()
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2])
}

async function editTaskTitle(page: Page, journalId: string, week: number, task: RegExp, append: string) {
  await gotoApp(page, `/j/${encodeURIComponent(journalId)}/w/${week}`)
  await page.getByRole('button', { name: task }).first().click()
  const title = page.getByLabel('Task title', { exact: true })
  await title.press('End')
  await title.pressSequentially(append)
  await waitSaved(page)
}

const changeRows = (page: Page) => page.locator('li[data-change]')
async function listedChanges(page: Page): Promise<string[]> {
  return (
    await changeRows(page).evaluateAll((rows) =>
      rows.map((row) => `${row.getAttribute('data-change')} ${row.querySelector('.font-mono')?.textContent}`),
    )
  ).sort()
}

describe.skipIf(!existsSync(corpusSite))('save straight into the site folder', () => {
  test('open the folder, edit one task, add a week, save: only those lines and that folder change', async () => {
    browser = await launchBrowser()
    const { page } = browser
    const original = readTree(corpusSite)
    await standInSiteFolder(page, original)
    const journalId = await openAndImport(page, 'Jung Kwan')

    await editTaskTitle(page, journalId, 3, /^(?!Move ).*Team Project Meeting/, ' with the mentor')
    await gotoApp(page, `/j/${encodeURIComponent(journalId)}/w/13`)
    await page.getByLabel('Weekly summary', { exact: true }).fill('Week 13 started: wrapping up the project.')
    await waitSaved(page)

    await gotoApp(page, `/j/${encodeURIComponent(journalId)}`)
    await page.getByRole('button', { name: 'Save to site' }).click()
    await page.getByRole('button', { name: /^Write \d+ page/ }).waitFor()
    await screenshot(page, 'site-save-review')
    expect(await axeViolations(page, 'save to site review')).toEqual([])

    // DEPENDS ON THE CODEC (site-fidelity work, issue 8): from here on, the test holds once the codec gives
    // back untouched pages byte for byte and patches only the edited lines. With the codec of c598920 every
    // imported page is re-emitted in the seed's shape, so all 26 pages are listed as changed and this fails.
    expect(await listedChanges(page)).toEqual([
      'change 1.3-Week3/_index.md',
      'change _index.md',
      'change _index.vi.md',
      'create 1.13-Week13/_index.md',
      'create 1.13-Week13/_index.vi.md',
    ])
    await page.getByRole('button', { name: 'Write 5 page(s)' }).click()
    await page.getByText(`Wrote 5 page(s) into site/${WORKLOG}.`).waitFor()

    const after = await readSiteFolder(page)
    const week3 = `${WORKLOG}/1.3-Week3/_index.md`
    const section = `${WORKLOG}/_index.md`
    const sectionVi = `${WORKLOG}/_index.vi.md`
    const week13 = `${WORKLOG}/1.13-Week13/_index.md`
    const week13Vi = `${WORKLOG}/1.13-Week13/_index.vi.md`
    // No file removed, the new week's two added (a new week has every language of the journal), and
    // every other file byte for byte as it was.
    expect(Object.keys(after).sort()).toEqual([...Object.keys(original), week13, week13Vi].sort())
    for (const rel of Object.keys(original))
      if (![week3, section, sectionVi].includes(rel)) expect(after[rel], rel).toBe(original[rel])
    // The week page: exactly one row changed, the edited task's.
    const week3Diff = diffArrays(original[week3].split('\n'), after[week3].split('\n'))
    const removed = week3Diff.filter((part) => part.removed).flatMap((part) => part.value)
    const added = week3Diff.filter((part) => part.added).flatMap((part) => part.value)
    expect(removed).toHaveLength(1)
    expect(added).toHaveLength(1)
    expect(added[0]).toContain('Team Project Meeting')
    expect(added[0]).toContain('with the mentor')
    // The same row, in the page's own style: its day cell and dates as they were.
    expect(added[0]).toMatch(/^\| \*\*Tue\*\* \|.*\| 23\/09\/2025 \| 23\/09\/2025 \|/)
    expect(removed[0]).toContain('Team Project Meeting')
    // The section page: one more line, for week 13 (a blank line may come with it), nothing else.
    const sectionDiff = diffArrays(original[section].split('\n'), after[section].split('\n'))
    expect(sectionDiff.filter((part) => part.removed)).toEqual([])
    const sectionAdded = sectionDiff.filter((part) => part.added).flatMap((part) => part.value)
    expect(sectionAdded.filter((line) => line.trim() !== '')).toEqual([
      expect.stringContaining('1.13-Week13'),
    ])
    expect(after[week13]).toContain('Week 13 started: wrapping up the project.')

    // Saving again finds nothing to write.
    await page.getByRole('button', { name: 'Save to site' }).click()
    await page.getByText(/already holds every page as it is here/).waitFor()
    finish(browser)
  })

  test('a week’s description edited on the overview changes that one line of the section page', async () => {
    browser = await launchBrowser()
    const { page } = browser
    const original = readTree(corpusSite)
    await standInSiteFolder(page, original)
    await openAndImport(page, 'Jung Kwan')

    const edit = page.getByRole('button', {
      name: 'Edit the description of week 5: Databases, S3 Static Hosting & Auto Scaling',
    })
    await edit.focus()
    await page.keyboard.press('Enter')
    const field = page.getByLabel('Description of week 5 on the section page')
    await field.fill('Databases [RDS], S3 hosting and Auto Scaling')
    await field.press('Enter')
    await page
      .getByRole('button', {
        name: 'Edit the description of week 5: Databases [RDS], S3 hosting and Auto Scaling',
      })
      .waitFor()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-week-description')))
      .toBe('5')
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('Worklog')
    await screenshot(page, 'overview-section-page')
    for (const theme of ['light', 'dark'] as const) {
      await page.getByLabel('Theme', { exact: true }).selectOption(theme)
      expect(await axeViolations(page, `overview ${theme}`)).toEqual([])
    }

    await page.getByRole('button', { name: 'Save to site' }).click()
    await page.getByRole('button', { name: /^Write \d+ page/ }).waitFor()
    expect(await listedChanges(page)).toEqual(['change _index.md'])
    await page.getByRole('button', { name: 'Write 1 page(s)' }).click()
    await page.getByText(`Wrote 1 page(s) into site/${WORKLOG}.`).waitFor()

    const section = `${WORKLOG}/_index.md`
    const after = (await readSiteFolder(page))[section]
    const diff = diffArrays(original[section].split('\n'), after.split('\n'))
    expect(diff.filter((part) => part.removed).flatMap((part) => part.value)).toEqual([
      '**Week 5:** [Databases, S3 Static Hosting & Auto Scaling](1.5-week5/)',
    ])
    expect(diff.filter((part) => part.added).flatMap((part) => part.value)).toEqual([
      '**Week 5:** [Databases \\[RDS\\], S3 hosting and Auto Scaling](1.5-week5/)',
    ])
    finish(browser)
  })

  test('a page changed on disk after opening is shown beside the app’s version; keeping the disk’s leaves it alone', async () => {
    browser = await launchBrowser()
    const { page } = browser
    const original = readTree(corpusSite)
    await standInSiteFolder(page, original)
    const journalId = await openAndImport(page, 'Jung Kwan')
    await editTaskTitle(page, journalId, 3, /^(?!Move ).*Team Project Meeting/, ' with the mentor')

    const week3 = `${WORKLOG}/1.3-Week3/_index.md`
    const onDisk = original[week3].replace('Team Project Meeting', 'Team project kick-off')
    await writeSiteFile(page, week3, onDisk)

    await gotoApp(page, `/j/${encodeURIComponent(journalId)}`)
    await page.getByRole('button', { name: 'Save to site' }).click()
    const row = changeRows(page).filter({ hasText: '1.3-Week3/_index.md' })
    await expect.poll(() => row.getAttribute('data-change'), WAIT).toBe('conflict')
    await expect(row.getByLabel('On disk now: 1.3-Week3/_index.md').textContent()).resolves.toBe(onDisk)
    await expect(row.getByLabel('This app’s version: 1.3-Week3/_index.md').textContent()).resolves.toContain(
      'Team Project Meeting',
    )
    await expect(row.getByLabel('Keep the version on disk').isChecked()).resolves.toBe(true)
    await screenshot(page, 'site-save-conflict')
    expect(await axeViolations(page, 'save to site conflict')).toEqual([])

    await page.getByRole('button', { name: /^Write \d+ page/ }).click()
    await page.getByText(/^Wrote \d+ page\(s\) into/).waitFor()
    expect((await readSiteFolder(page))[week3]).toBe(onDisk)

    // The disk's version is now the one read: the next save offers the app's edit as a plain change to it.
    await page.getByRole('button', { name: 'Save to site' }).click()
    const again = changeRows(page).filter({ hasText: '1.3-Week3/_index.md' })
    await expect.poll(() => again.getAttribute('data-change'), WAIT).toBe('change')
    await page.getByRole('button', { name: /^Write \d+ page/ }).click()
    await page.getByText(/^Wrote \d+ page\(s\) into/).waitFor()
    expect((await readSiteFolder(page))[week3]).toContain('with the mentor')
    finish(browser)
  })
})
