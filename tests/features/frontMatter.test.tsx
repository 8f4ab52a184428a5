import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router-dom'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppRoutes } from '../../src/app/App'
import { formatDayMonthYear, todayIso } from '../../src/domain/dates'
import type { Journal, Week } from '../../src/domain/types'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'
import { createQueryClient } from '../../src/queries/client'
import { getWeek } from '../../src/storage/repository'
import { freshDatabase, storeJournal } from '../storage/helpers'

let journal: Journal

beforeEach(async () => {
  await freshDatabase()
  localStorage.clear()
  journal = await storeJournal()
})
afterEach(cleanup)

async function openWeek() {
  render(
    <I18nProvider lang="en" messages={en}>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[`/j/${journal.id}/w/2`]}>
          <AppRoutes />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  )
  await screen.findByRole('heading', { level: 1, name: 'Week 2' }, { timeout: 10_000 })
  return userEvent.setup()
}

async function storedWeek(check: (week: Week) => void): Promise<Week> {
  let week: Week | undefined
  await waitFor(
    async () => {
      week = await getWeek(journal.id, 2)
      expect(week).toBeDefined()
      check(week!)
    },
    { timeout: 3000 },
  )
  return week!
}

describe('front matter of a week', { timeout: 30_000 }, () => {
  it('sets the publish date with "Today", and title, weight and pre where the site differs', async () => {
    const user = await openWeek()
    await user.click(screen.getByRole('button', { name: 'Today' }))
    // Shown as the pages show dates, dd/MM/yyyy; stored as an ISO date.
    expect(screen.getByLabelText('Publish date')).toHaveValue(formatDayMonthYear(todayIso()))
    await storedWeek((w) => expect(w.publishDate).toBe(todayIso()))

    await user.click(screen.getByText(/Site settings/))
    await user.type(screen.getByLabelText('Front matter title'), 'Week 2: VPC')
    await user.type(screen.getByLabelText('Weight (order in the menu)'), '13')
    await user.type(screen.getByLabelText('Number before the title (pre)'), ' <b> 1.2. </b> ')
    const week = await storedWeek((w) => expect(w.frontMatter?.pre).toBe(' <b> 1.2. </b> '))
    expect(week.frontMatter).toEqual({ title: 'Week 2: VPC', weight: 13, pre: ' <b> 1.2. </b> ' })
  })

  it('says a weight that is not a whole number is wrong and keeps the stored one', async () => {
    const user = await openWeek()
    await user.click(screen.getByText(/Site settings/))
    const weight = screen.getByLabelText('Weight (order in the menu)')
    await user.type(weight, '7')
    await storedWeek((w) => expect(w.frontMatter).toEqual({ weight: 7 }))
    await user.type(weight, '.5')
    expect(
      await screen.findByText('Write a whole number, or leave it empty for the week number.'),
    ).toBeVisible()
    await user.type(screen.getByLabelText('Front matter title'), 'T')
    const week = await storedWeek((w) => expect(w.frontMatter?.title).toBe('T'))
    expect(week.frontMatter?.weight).toBe(7)
    await user.clear(weight)
    await storedWeek((w) => expect(w.frontMatter).toEqual({ title: 'T' }))
  })
})
