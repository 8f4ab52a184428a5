import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { MemoryRouter } from 'react-router-dom'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppRoutes } from '../../src/app/App'
import { newTask, newWeek } from '../../src/domain/factories'
import { summarizeWeek } from '../../src/domain/progress'
import type { Journal, Week } from '../../src/domain/types'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'
import { createQueryClient } from '../../src/queries/client'
import {
  homeScreen,
  overviewScreen,
  rememberHomeScreen,
  rememberOverviewScreen,
  rememberWeekScreen,
  resetScreenSnapshots,
  weekScreen,
} from '../../src/queries/screenSnapshot'
import { getDraft } from '../../src/storage/drafts'
import { getWeek, saveWeek } from '../../src/storage/repository'
import { freshDatabase, storeJournal } from '../storage/helpers'

let journal: Journal
const overviewKey = (journalId: string) => `worklog:screen:overview:${journalId}`
const weekKey = (journalId: string) => `worklog:screen:week:${journalId}`

beforeEach(async () => {
  await freshDatabase()
  localStorage.clear()
  resetScreenSnapshots()
  journal = await storeJournal()
})

afterEach(() => {
  cleanup()
  resetScreenSnapshots()
})

function weekWithSummary(number: number, summary: string, of: Journal = journal): Week {
  const week = newWeek(of, number)
  week.content.en!.summary = summary
  return week
}

/** Lets the snapshot's deferred write run. */
const written = () => new Promise((r) => setTimeout(r, 300))

describe('screen snapshots', () => {
  it('keeps what a journal screen showed and reads it back after a reload', async () => {
    const week = weekWithSummary(3, 'Kept for the next start')
    rememberOverviewScreen(journal, [summarizeWeek(week)])
    rememberWeekScreen(journal, week)
    await written()
    resetScreenSnapshots() // a new page load
    expect(overviewScreen(journal.id)?.journal.owner).toBe('An')
    expect(overviewScreen(journal.id)?.summaries.map((s) => s.number)).toEqual([3])
    expect(weekScreen(journal.id)?.week.content.en?.summary).toBe('Kept for the next start')
  })

  it('drops a snapshot that is not valid JSON, or does not match the schema', () => {
    localStorage.setItem(overviewKey(journal.id), '{not json')
    expect(overviewScreen(journal.id)).toBeNull()
    expect(localStorage.getItem(overviewKey(journal.id))).toBeNull()

    resetScreenSnapshots()
    const week = weekWithSummary(1, 'x')
    localStorage.setItem(
      weekKey(journal.id),
      JSON.stringify({ v: 1, journal: { ...journal, plannedWeeks: -3 }, week }),
    )
    expect(weekScreen(journal.id)).toBeNull()
    expect(localStorage.getItem(weekKey(journal.id))).toBeNull()

    resetScreenSnapshots()
    localStorage.setItem('worklog:screen:home', JSON.stringify({ v: 2, journals: [], summaries: [] }))
    expect(homeScreen()).toBeNull()
  })

  it('never shows one journal what another journal showed', () => {
    const other = { ...journal, id: 'someone-else', owner: 'Bảo' }
    const theirWeek = weekWithSummary(1, 'Not yours', other)
    // Under this journal's key, a snapshot holding another journal's week, summaries or journal is refused.
    localStorage.setItem(weekKey(journal.id), JSON.stringify({ v: 1, journal, week: theirWeek }))
    expect(weekScreen(journal.id)).toBeNull()
    localStorage.setItem(
      overviewKey(journal.id),
      JSON.stringify({ v: 1, journal, summaries: [summarizeWeek(theirWeek)] }),
    )
    expect(overviewScreen(journal.id)).toBeNull()
    resetScreenSnapshots()
    localStorage.setItem(overviewKey(journal.id), JSON.stringify({ v: 1, journal: other, summaries: [] }))
    expect(overviewScreen(journal.id)).toBeNull()
    expect(overviewScreen('someone-else')).toBeNull()
  })

  it('keeps the home page without the task titles it does not show', async () => {
    const week = weekWithSummary(1, 'x')
    week.content.en!.tasks = [{ ...newTask(week.monday, 1, 'A private title'), status: 'done' }]
    rememberHomeScreen([journal], [summarizeWeek(week)])
    await written()
    resetScreenSnapshots()
    const home = homeScreen()
    expect(home?.journals.map((j) => j.id)).toEqual([journal.id])
    expect(home?.summaries[0]?.tasksDone).toBe(1)
    expect(home?.summaries[0]?.tasks[0]?.title).toBe('')
  })
})

describe('the week page painted from its snapshot', () => {
  function openWeek(number: number) {
    render(
      <I18nProvider lang="en" messages={en}>
        <QueryClientProvider client={createQueryClient()}>
          <MemoryRouter initialEntries={[`/j/${journal.id}/w/${number}`]}>
            <AppRoutes />
          </MemoryRouter>
        </QueryClientProvider>
      </I18nProvider>,
    )
  }

  it('shows the kept week inert at once, then the stored week, and writes nothing from the snapshot', async () => {
    const stored = await saveWeek(weekWithSummary(2, 'As stored'), 0)
    localStorage.setItem(
      weekKey(journal.id),
      JSON.stringify({ v: 1, journal, week: { ...weekWithSummary(2, 'As last shown'), revision: 1 } }),
    )
    openWeek(2)
    // Before IndexedDB has answered: the snapshot, inert (nothing in it can be focused or clicked).
    const kept = await screen.findByDisplayValue('As last shown', undefined, { timeout: 10_000 })
    expect(kept.closest('[data-snapshot]')).toHaveAttribute('inert')
    // Then the live week replaces it, editable.
    const live = await screen.findByDisplayValue('As stored', undefined, { timeout: 10_000 })
    expect(live.closest('[inert]')).toBeNull()
    expect(document.querySelector('[data-snapshot]')).toBeNull()
    expect(screen.queryByDisplayValue('As last shown')).toBeNull()
    // The snapshot was never saved, nor noted as an edit.
    await written()
    expect(await getWeek(journal.id, 2)).toEqual(stored)
    expect(await getDraft(stored.id)).toBeUndefined()
    expect(localStorage.getItem(`worklog:pending:${stored.id}`)).toBeNull()
    // The live week is what is kept for the next start.
    resetScreenSnapshots()
    await waitFor(() => expect(weekScreen(journal.id)?.week.content.en?.summary).toBe('As stored'))
  })

  it('uses no snapshot of another week', async () => {
    await saveWeek(weekWithSummary(2, 'Week two stored'), 0)
    localStorage.setItem(
      weekKey(journal.id),
      JSON.stringify({ v: 1, journal, week: weekWithSummary(5, 'Week five') }),
    )
    openWeek(2)
    expect(screen.queryByDisplayValue('Week five')).toBeNull()
    expect(screen.getByText('Loading…')).toBeInTheDocument()
    await screen.findByDisplayValue('Week two stored', undefined, { timeout: 10_000 })
  })
})
