import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router-dom'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { AppRoutes } from '../../src/app/App'
import { newTask, newWeek } from '../../src/domain/factories'
import type { Journal, Task, Week } from '../../src/domain/types'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'
import { createQueryClient } from '../../src/queries/client'
import { pendingEdits } from '../../src/persistence/pendingEdits'
import { getConflict, putConflict } from '../../src/storage/drafts'
import { getWeek, saveWeek } from '../../src/storage/repository'
import { freshDatabase, storeJournal } from '../storage/helpers'

let journal: Journal

beforeAll(() => {
  // jsdom has no modal dialogs: opening one is enough for these tests.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
})

beforeEach(async () => {
  await freshDatabase()
  localStorage.clear()
  journal = await storeJournal()
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

/** Stores week `number` with these tasks before the page opens. */
async function storeWeek(number: number, tasks: (monday: string) => Task[]): Promise<Week> {
  const week = newWeek(journal, number)
  week.content.en!.tasks = tasks(week.monday)
  return saveWeek(week, 0)
}

async function openWeek(number = 1) {
  render(
    <I18nProvider lang="en" messages={en}>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[`/j/${journal.id}/w/${number}`]}>
          <AppRoutes />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  )
  await screen.findByRole('heading', { level: 1, name: `Week ${number}` }, { timeout: 10_000 })
  return { user: userEvent.setup() }
}

/** Waits for the page to say "Saved", then for the stored week to pass `check`, and returns it. */
async function stored(check: (week: Week) => void, number = 1): Promise<Week> {
  await screen.findByText('Saved', undefined, { timeout: 3000 })
  let week: Week | undefined
  await waitFor(
    async () => {
      week = await getWeek(journal.id, number)
      expect(week).toBeDefined()
      check(week!)
    },
    { timeout: 3000 },
  )
  return week!
}

const day = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}`) })
const en_ = (week: Week) => week.content.en!
const titlesOn = (week: Week, weekday: number) =>
  en_(week)
    .tasks.filter((t) => t.day === weekday)
    .map((t) => t.title)

// Typing through user-event and waiting out the autosave takes a few seconds per test.
describe('week editor', { timeout: 30_000 }, () => {
  it('adds tasks on Monday and Wednesday, edits a title, and saves them on their days', async () => {
    const { user } = await openWeek()
    await user.click(screen.getByRole('button', { name: 'Add task on Monday' }))
    await user.type(screen.getByLabelText('Task title'), 'Attend campus learning')
    await user.click(screen.getByRole('button', { name: 'Add task on Wednesday' }))
    await user.type(screen.getByLabelText('Task title'), 'Create 2 VPCs')

    expect(within(day('Monday')).getByRole('button', { name: /^(Attend campus learning)/ })).toBeVisible()
    expect(within(day('Wednesday')).getByRole('button', { name: /^(Create 2 VPCs)/ })).toBeVisible()

    let week = await stored((w) => expect(en_(w).tasks).toHaveLength(2))
    expect(en_(week).tasks).toMatchObject([
      { day: 1, title: 'Attend campus learning', startDate: '2025-10-20', completionDate: '2025-10-20' },
      { day: 3, title: 'Create 2 VPCs', startDate: '2025-10-22', completionDate: '2025-10-22' },
    ])

    await user.click(within(day('Monday')).getByRole('button', { name: /^(Attend campus learning)/ }))
    const title = screen.getByLabelText('Task title')
    await user.clear(title)
    await user.type(title, 'Attend the AWS campus session')
    week = await stored((w) => expect(titlesOn(w, 1)).toEqual(['Attend the AWS campus session']))
    expect(titlesOn(week, 3)).toEqual(['Create 2 VPCs'])
  })

  it('moves a task to another day with the Day select, and its dates follow', async () => {
    await storeWeek(1, (monday) => [newTask(monday, 1, 'VPC peering'), newTask(monday, 3, 'EC2 basics')])
    const { user } = await openWeek()
    await user.click(within(day('Monday')).getByRole('button', { name: /^(VPC peering)/ }))
    await user.selectOptions(screen.getByLabelText('Day'), 'Wednesday')

    expect(within(day('Wednesday')).getByRole('button', { name: /^(VPC peering)/ })).toBeVisible()
    expect(within(day('Monday')).queryByRole('button', { name: /^(VPC peering)/ })).toBeNull()
    const week = await stored((w) => expect(titlesOn(w, 3)).toEqual(['EC2 basics', 'VPC peering']))
    expect(en_(week).tasks.find((t) => t.title === 'VPC peering')).toMatchObject({
      startDate: '2025-10-22',
      completionDate: '2025-10-22',
    })
    // The open editor shows the moved dates, not the ones the task had when it was opened.
    expect(screen.getByLabelText('Start date')).toHaveValue('22/10/2025')
    expect(screen.getByLabelText('Completion date')).toHaveValue('22/10/2025')
  })

  it('a date edited after a move keeps the moved start date', async () => {
    await storeWeek(1, (monday) => [newTask(monday, 1, 'VPC peering')])
    const { user } = await openWeek()
    await user.click(within(day('Monday')).getByRole('button', { name: /^(VPC peering)/ }))
    await user.selectOptions(screen.getByLabelText('Day'), 'Tuesday')
    fireEvent.change(screen.getByLabelText('Completion date'), { target: { value: '2025-10-23' } })
    const week = await stored((w) => expect(en_(w).tasks[0].completionDate).toBe('2025-10-23'))
    expect(en_(week).tasks[0]).toMatchObject({ day: 2, startDate: '2025-10-21' })
  })

  it('reorders tasks within a day', async () => {
    await storeWeek(1, (monday) => [
      newTask(monday, 1, 'First'),
      newTask(monday, 2, 'Tuesday task'),
      newTask(monday, 1, 'Second'),
    ])
    const { user } = await openWeek()
    await user.click(within(day('Monday')).getByRole('button', { name: /^(Second)/ }))
    expect(screen.getByRole('button', { name: /Move down/ })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: /Move up/ }))

    const monday = within(day('Monday')).getAllByRole('button', { name: /^(First|Second)/ })
    expect(monday.map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^Second/),
      expect.stringMatching(/^First/),
    ])
    const week = await stored((w) => expect(titlesOn(w, 1)).toEqual(['Second', 'First']))
    expect(titlesOn(week, 2)).toEqual(['Tuesday task'])
  })

  it('deletes a task, and Undo brings it back at its place', async () => {
    await storeWeek(1, (monday) => [
      newTask(monday, 1, 'Keep me'),
      newTask(monday, 1, 'Delete me'),
      newTask(monday, 1, 'Last'),
    ])
    const { user } = await openWeek()
    await user.click(within(day('Monday')).getByRole('button', { name: /^(Delete me)/ }))
    await user.click(screen.getByRole('button', { name: 'Delete task' }))

    expect(within(day('Monday')).queryByRole('button', { name: /^(Delete me)/ })).toBeNull()
    expect(screen.getByText('Task “Delete me” deleted.')).toBeVisible()
    await stored((w) => expect(titlesOn(w, 1)).toEqual(['Keep me', 'Last']))

    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(within(day('Monday')).getByRole('button', { name: /^(Delete me)/ })).toBeVisible()
    await stored((w) => expect(titlesOn(w, 1)).toEqual(['Keep me', 'Delete me', 'Last']))
  })

  it('flags a completion date before the start date and keeps the stored dates valid', async () => {
    await storeWeek(1, (monday) => [newTask(monday, 2, 'Lab')])
    const { user } = await openWeek()
    await user.click(within(day('Tuesday')).getByRole('button', { name: /^(Lab)/ }))
    const completion = screen.getByLabelText('Completion date')
    fireEvent.change(completion, { target: { value: '2025-10-20' } })

    expect(completion).toHaveValue('2025-10-20')
    expect(completion).toBeInvalid()
    expect(screen.getByRole('alert')).toHaveTextContent('The completion date is before the start date')
    // Another field edit saves, and the task keeps its valid pair of dates.
    await user.type(screen.getByLabelText('Detail'), 'subnets')
    let week = await stored((w) => expect(en_(w).tasks[0].detail).toBe('subnets'))
    expect(en_(week).tasks[0]).toMatchObject({ startDate: '2025-10-21', completionDate: '2025-10-21' })

    // Fixing the start date makes the pair valid: both are saved.
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2025-10-17' } })
    expect(screen.queryByText(/The completion date is before the start date/)).toBeNull()
    week = await stored((w) => expect(en_(w).tasks[0].startDate).toBe('2025-10-17'))
    expect(en_(week).tasks[0].completionDate).toBe('2025-10-20')
  })

  it('ticks a nested achievement item', async () => {
    const { user } = await openWeek()
    await user.click(screen.getByRole('button', { name: /Add achievement group/ }))
    await user.type(screen.getByLabelText('Title of group 1'), 'Campus learning activities')
    await user.click(screen.getByRole('button', { name: /Add item/ }))
    await user.type(screen.getByLabelText('Achievement item'), 'Attended the AWS event')
    await user.click(screen.getByRole('button', { name: 'Actions for “Attended the AWS event”' }))
    await user.click(screen.getByRole('menuitem', { name: 'Add a sub-item to “Attended the AWS event”' }))
    const items = screen.getAllByLabelText('Achievement item')
    expect(items).toHaveLength(2)
    await user.type(items[1], 'Built a VPC lab')
    await user.click(screen.getByRole('checkbox', { name: 'Achieved: Built a VPC lab' }))

    expect(screen.getByRole('checkbox', { name: 'Achieved: Built a VPC lab' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Achieved: Attended the AWS event' })).not.toBeChecked()
    const week = await stored((w) =>
      expect(en_(w).achievements.groups[0]?.items[0]?.children[0]?.achieved).toBe(true),
    )
    const group = en_(week).achievements.groups[0]
    expect(group.title).toBe('Campus learning activities')
    expect(group.items).toHaveLength(1)
    expect(group.items[0]).toMatchObject({ text: 'Attended the AWS event', achieved: false })
    expect(group.items[0].children).toMatchObject([{ text: 'Built a VPC lab', achieved: true, children: [] }])
  })

  it('deletes an objective, and Undo brings it back', async () => {
    const { user } = await openWeek()
    await user.click(screen.getByRole('button', { name: /Add objective/ }))
    await user.type(screen.getByLabelText('Objective 1'), 'Learn VPC')
    await user.click(screen.getByRole('button', { name: /Add objective/ }))
    await user.type(screen.getByLabelText('Objective 2'), 'Learn EC2')
    await stored((w) => expect(en_(w).objectives.map((o) => o.text)).toEqual(['Learn VPC', 'Learn EC2']))

    await user.click(screen.getByRole('button', { name: 'Delete objective 1' }))
    expect(screen.getByLabelText('Objective 1')).toHaveValue('Learn EC2')
    await stored((w) => expect(en_(w).objectives.map((o) => o.text)).toEqual(['Learn EC2']))

    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByLabelText('Objective 1')).toHaveValue('Learn VPC')
    await stored((w) => expect(en_(w).objectives.map((o) => o.text)).toEqual(['Learn VPC', 'Learn EC2']))
  })

  it('creates the Vietnamese version as a copy of the English one', async () => {
    const base = await storeWeek(1, (monday) => [newTask(monday, 1, 'VPC peering')])
    await saveWeek(
      { ...base, content: { en: { ...base.content.en!, summary: 'A good week' } } },
      base.revision,
    )
    const { user } = await openWeek()
    await user.click(screen.getByRole('tab', { name: /Vietnamese/ }))
    expect(screen.getByText('This week has no Vietnamese version yet.')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Start as a copy of the English version' }))

    expect(screen.getByRole('tab', { name: 'Vietnamese' })).toHaveAttribute('aria-selected', 'true')
    expect(within(day('Monday')).getByRole('button', { name: /^(VPC peering)/ })).toBeVisible()
    const week = await stored((w) => expect(w.content.vi).toBeDefined())
    const vi = week.content.vi!
    expect(vi.summary).toBe('A good week')
    expect(vi.tasks.map((t) => t.title)).toEqual(['VPC peering'])
    // One structure: the copy keeps the ids and is marked not translated until edited.
    expect(vi.tasks[0]).toMatchObject({ id: en_(week).tasks[0].id, untranslated: true })
    expect(vi.title).toBe('Worklog Tuần 1')

    // Editing the copy leaves the English version alone.
    await user.click(within(day('Monday')).getByRole('button', { name: /^(VPC peering)/ }))
    await user.clear(screen.getByLabelText('Task title'))
    await user.type(screen.getByLabelText('Task title'), 'Kết nối VPC')
    const edited = await stored((w) => expect(w.content.vi!.tasks[0].title).toBe('Kết nối VPC'))
    expect(en_(edited).tasks[0].title).toBe('VPC peering')
    expect(edited.content.vi!.tasks[0].untranslated).toBeUndefined()
  })

  it('carries an unfinished task over into next week', async () => {
    await storeWeek(1, (monday) => [
      { ...newTask(monday, 1, 'Finished thing'), status: 'done' },
      { ...newTask(monday, 3, 'VPC peering'), status: 'in-progress' },
    ])
    const { user } = await openWeek()
    await user.click(screen.getByRole('button', { name: 'Start week 2 from this one' }))
    const dialog = screen.getByRole('dialog', { name: 'Carry over into week 2' })
    expect(within(dialog).getByRole('checkbox', { name: /VPC peering/ })).toBeChecked()
    expect(within(dialog).queryByRole('checkbox', { name: /Finished thing/ })).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: 'Carry over and open week 2' }))

    await screen.findByRole('heading', { level: 1, name: 'Week 2' }, { timeout: 10_000 })
    expect(await within(day('Wednesday')).findByRole('button', { name: /^(VPC peering)/ })).toBeVisible()
    const next = await getWeek(journal.id, 2)
    expect(en_(next!).tasks).toMatchObject([
      {
        day: 3,
        title: 'VPC peering',
        status: 'in-progress',
        // It started in week 1 and keeps that start; it carries on week 1's task.
        startDate: '2025-10-22',
        completionDate: '2025-10-29',
      },
    ])
    const original = en_((await getWeek(journal.id, 1))!).tasks[1]
    expect(en_(next!).tasks[0].carriedFrom).toBe(original.id)
    expect(en_((await getWeek(journal.id, 1))!).tasks).toHaveLength(2)
  })

  it('deletes a nested achievement item, and Undo puts it back under its parent', async () => {
    const week = newWeek(journal, 1)
    week.content.en!.achievements.groups = [
      {
        id: 'g',
        title: 'Cloud labs',
        items: [
          {
            id: 'p',
            text: 'Networking',
            achieved: false,
            children: [
              { id: 'c1', text: 'VPC', achieved: true, children: [] },
              { id: 'c2', text: 'Peering', achieved: false, children: [] },
            ],
          },
        ],
      },
    ]
    await saveWeek(week, 0)
    const { user } = await openWeek()
    await user.click(screen.getByRole('button', { name: 'Actions for “VPC”' }))
    await user.click(screen.getByRole('menuitem', { name: 'Delete “VPC”' }))
    expect(screen.queryByRole('checkbox', { name: 'Achieved: VPC' })).toBeNull()
    await stored((w) =>
      expect(en_(w).achievements.groups[0].items[0].children.map((c) => c.text)).toEqual(['Peering']),
    )

    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByRole('checkbox', { name: 'Achieved: VPC' })).toBeChecked()
    const restored = await stored((w) =>
      expect(en_(w).achievements.groups[0].items[0].children.map((c) => c.text)).toEqual(['VPC', 'Peering']),
    )
    expect(en_(restored).achievements.groups[0].items[0].children[0].achieved).toBe(true)
  })

  it('saves an edit a closed tab left unsaved, when the week opens again', async () => {
    const base = await storeWeek(1, () => [])
    pendingEdits.write({
      base: 1,
      week: { ...base, content: { en: { ...base.content.en!, summary: 'typed before closing' } } },
    })
    await openWeek()
    expect(screen.getByLabelText('Weekly summary')).toHaveValue('typed before closing')
    const week = await stored((w) => expect(en_(w).summary).toBe('typed before closing'))
    expect(week.revision).toBe(2)
    expect(pendingEdits.read(base.id)).toBeNull()
  })

  it('keeps my version of a conflict, and the conflict stays resolved after leaving the week', async () => {
    const base = await storeWeek(1, () => [])
    const withSummary = (summary: string): Week => ({
      ...base,
      content: { en: { ...base.content.en!, summary } },
    })
    const theirs = await saveWeek(withSummary('from the other tab'), 1)
    await putConflict({
      id: base.id,
      journalId: journal.id,
      number: 1,
      mine: withSummary('mine'),
      theirsRevision: theirs.revision,
      createdAt: new Date().toISOString(),
    })
    const { user } = await openWeek()
    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('changed in another tab')
    expect(screen.getByLabelText('Weekly summary')).toHaveValue('mine')
    expect((await getWeek(journal.id, 1))!.content.en!.summary).toBe('from the other tab')

    await user.click(within(banner).getByRole('button', { name: 'Keep my version' }))
    await stored((w) => expect(en_(w).summary).toBe('mine'))
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(await getConflict(base.id)).toBeUndefined()

    await user.type(screen.getByLabelText('Weekly summary'), ', then more')
    await stored((w) => expect(en_(w).summary).toBe('mine, then more'))

    // Leave the week and come back: the resolved conflict must not return with its old version.
    await user.click(screen.getByRole('link', { name: /Next week/ }))
    await screen.findByRole('heading', { level: 1, name: 'Week 2' }, { timeout: 10_000 })
    await user.click(screen.getByRole('link', { name: /Previous week/ }))
    await screen.findByRole('heading', { level: 1, name: 'Week 1' })
    expect(screen.getByLabelText('Weekly summary')).toHaveValue('mine, then more')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('Saved')).toBeVisible()
    const week = (await getWeek(journal.id, 1))!
    expect(en_(week).summary).toBe('mine, then more')
    expect(await getConflict(base.id)).toBeUndefined()
  })

  it('keeps an edit on screen while storage is full, and saves it once space is back', async () => {
    await storeWeek(1, () => [])
    const { user } = await openWeek()
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    await user.type(screen.getByLabelText('Weekly summary'), 'Worth keeping')
    expect(
      await screen.findByText('Not saved — storage is full, retrying', undefined, { timeout: 3000 }),
    ).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('The browser has no space left for this site')
    expect(screen.getByLabelText('Weekly summary')).toHaveValue('Worth keeping')
    expect(en_((await getWeek(journal.id, 1))!).summary).toBe('')

    put.mockRestore()
    const week = await stored((w) => expect(en_(w).summary).toBe('Worth keeping'))
    expect(week.revision).toBe(2)
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
