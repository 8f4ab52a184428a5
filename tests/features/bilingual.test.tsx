import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router-dom'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppRoutes } from '../../src/app/App'
import { newJournal, newTask, newWeek } from '../../src/domain/factories'
import type { Journal, Week } from '../../src/domain/types'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'
import { createQueryClient } from '../../src/queries/client'
import { getWeek, putJournal, saveWeek } from '../../src/storage/repository'
import { freshDatabase } from '../storage/helpers'

let journal: Journal

beforeEach(async () => {
  await freshDatabase()
  localStorage.clear()
  journal = await putJournal(
    newJournal({
      owner: 'An',
      mentor: '',
      firstMonday: '2025-10-20',
      plannedWeeks: 12,
      section: 1,
      languages: ['en', 'vi'],
    }),
  )
})

afterEach(() => cleanup())

/** Week 1 with one task and one achievement item, written in both languages under the same ids. */
async function storeBilingualWeek(): Promise<Week> {
  const week = newWeek(journal, 1)
  const task = newTask(week.monday, 1, 'VPC peering')
  const item = { id: 'item-1', text: 'Made a subnet', achieved: false, children: [] }
  week.content.en!.tasks = [task]
  week.content.en!.achievements.groups = [{ id: 'g', title: 'Networking', items: [item] }]
  week.content.vi!.tasks = [{ ...task, title: 'Kết nối VPC' }]
  week.content.vi!.achievements.groups = [
    { id: 'g', title: 'Mạng', items: [{ ...item, text: 'Tạo subnet' }] },
  ]
  return saveWeek(week, 0)
}

async function openWeek() {
  render(
    <I18nProvider lang="en" messages={en}>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[`/j/${journal.id}/w/1`]}>
          <AppRoutes />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  )
  await screen.findByRole('heading', { level: 1, name: 'Week 1' }, { timeout: 10_000 })
  return userEvent.setup()
}

const day = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}`) })

async function storedWeek(check: (week: Week) => void): Promise<Week> {
  let week: Week | undefined
  await waitFor(
    async () => {
      week = await getWeek(journal.id, 1)
      check(week!)
    },
    { timeout: 5000 },
  )
  return week!
}

describe('a bilingual week', { timeout: 30_000 }, () => {
  it('moves a task in English and the Vietnamese version shows it on that day with its own text', async () => {
    await storeBilingualWeek()
    const user = await openWeek()
    await user.click(within(day('Monday')).getByRole('button', { name: /^(VPC peering)/ }))
    await user.selectOptions(screen.getByLabelText('Day'), 'Thursday')
    await user.click(screen.getByRole('tab', { name: 'Vietnamese' }))
    expect(within(day('Thursday')).getByRole('button', { name: /^(Kết nối VPC)/ })).toBeVisible()
    expect(within(day('Monday')).queryByRole('button', { name: /^(Kết nối VPC)/ })).toBeNull()
    const week = await storedWeek((w) => expect(w.content.vi!.tasks[0].day).toBe(4))
    expect(week.content.vi!.tasks[0]).toMatchObject({ title: 'Kết nối VPC', startDate: '2025-10-23' })
  })

  it('a task added in Vietnamese shows in English marked not translated yet', async () => {
    await storeBilingualWeek()
    const user = await openWeek()
    await user.click(screen.getByRole('tab', { name: 'Vietnamese' }))
    await user.click(screen.getByRole('button', { name: 'Add task on Tuesday' }))
    await user.type(screen.getByLabelText('Task title'), 'Đọc tài liệu')
    expect(within(day('Tuesday')).queryByText('Not translated yet')).toBeNull()
    await user.click(screen.getByRole('tab', { name: 'English' }))
    const card = within(day('Tuesday')).getByRole('button', { name: /^(Đọc tài liệu)/ })
    expect(within(card).getByText('Not translated yet')).toBeVisible()
    const week = await storedWeek((w) => expect(w.content.en!.tasks[1]?.title).toBe('Đọc tài liệu'))
    expect(week.content.en!.tasks[1]).toMatchObject({ title: 'Đọc tài liệu', untranslated: true, day: 2 })
  })

  it('ticking an item in one language ticks it in the other', async () => {
    await storeBilingualWeek()
    const user = await openWeek()
    await user.click(screen.getByRole('checkbox', { name: /Made a subnet/ }))
    await user.click(screen.getByRole('tab', { name: 'Vietnamese' }))
    expect(screen.getByRole('checkbox', { name: /Tạo subnet/ })).toBeChecked()
    await storedWeek((w) => expect(w.content.vi!.achievements.groups[0].items[0].achieved).toBe(true))
  })

  it("the toast's Undo after a delete brings the task back in both languages, each with its own text", async () => {
    await storeBilingualWeek()
    const user = await openWeek()
    await user.click(within(day('Monday')).getByRole('button', { name: /^(VPC peering)/ }))
    await user.click(screen.getByRole('button', { name: 'Delete task' }))
    await storedWeek((w) => expect(w.content.vi!.tasks).toHaveLength(0))
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    const week = await storedWeek((w) => expect(w.content.vi!.tasks).toHaveLength(1))
    expect(week.content.en!.tasks[0]).toMatchObject({ title: 'VPC peering' })
    expect(week.content.vi!.tasks[0]).toMatchObject({ title: 'Kết nối VPC' })
    expect(week.content.vi!.tasks[0].untranslated).toBeFalsy()
  })
})
