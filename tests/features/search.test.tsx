import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router-dom'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { AppRoutes } from '../../src/app/App'
import { copyContent, newTask, newWeek } from '../../src/domain/factories'
import type { Journal } from '../../src/domain/types'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'
import { createQueryClient } from '../../src/queries/client'
import { putJournal, saveWeek } from '../../src/storage/repository'
import { freshDatabase, storeJournal } from '../storage/helpers'

let journal: Journal

beforeAll(() => {
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
  journal = await putJournal({ ...(await storeJournal()), languages: ['en', 'vi'] })
  for (const number of [1, 2, 3]) {
    const week = newWeek(journal, number)
    week.content.en!.tasks = [newTask(week.monday, 2, `Week ${number} **networking** lab`)]
    week.content.vi = copyContent(week.content.en!)
    week.content.vi.summary = number === 2 ? 'Tuần này học về định tuyến.' : ''
    if (number === 3) week.content.en!.tasks[0]!.detail = 'Configure the route tables'
    await saveWeek(week, 0)
  }
})

afterEach(cleanup)

/** The options of the results list (the settings menu's selects have options too). */
const results = () => within(screen.getByRole('listbox', { name: 'Results' })).getAllByRole('option')

function openApp(path: string) {
  render(
    <I18nProvider lang="en" messages={en}>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  )
  return userEvent.setup()
}

describe('search across weeks', { timeout: 30_000 }, () => {
  it('/ opens it, a query without accents finds Vietnamese text, Enter opens the week at the match', async () => {
    const user = openApp(`/j/${journal.id}`)
    const searchButton = await screen.findByRole('button', { name: /search/i })
    searchButton.focus()
    await user.keyboard('/')
    const box = await screen.findByRole('combobox', { name: 'Search the weeks' }, { timeout: 10_000 })
    await waitFor(() => expect(box).toHaveFocus())
    await user.type(box, 'dinh tuyen')
    await waitFor(() => expect(results()).toHaveLength(1))
    const options = results()
    expect(options[0]!.textContent).toContain('Week 2 · Vietnamese · summary')
    expect(within(options[0]!).getByText('định tuyến').tagName).toBe('MARK')
    await user.keyboard('{Enter}')
    await screen.findByRole('heading', { level: 1, name: 'Week 2' }, { timeout: 10_000 })
    await waitFor(() => expect(screen.getByLabelText('Weekly summary')).toHaveFocus())
    expect((document.activeElement as HTMLTextAreaElement).value).toBe('Tuần này học về định tuyến.')
  })

  it('arrows move through the results and a task match opens that task with the field focused', async () => {
    const user = openApp(`/j/${journal.id}`)
    await user.click(await screen.findByRole('button', { name: /search/i }))
    const box = await screen.findByRole('combobox', { name: 'Search the weeks' }, { timeout: 10_000 })
    await user.type(box, 'ROUTE')
    await waitFor(() => expect(results()).toHaveLength(1))
    expect(results()[0]!.textContent).toContain('Week 3 · English · task detail')
    await user.clear(box)
    await user.type(box, 'networking')
    await waitFor(() => expect(results()).toHaveLength(6))
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}{ArrowUp}{ArrowUp}')
    const options = results()
    expect(options[5]).toHaveAttribute('aria-selected', 'true')
    expect(box.getAttribute('aria-activedescendant')).toBe(options[5]!.id)
    expect(options[5]!.textContent).toContain('Week 3 · Vietnamese · task title')
    await user.keyboard('{Enter}')
    await screen.findByRole('heading', { level: 1, name: 'Week 3' }, { timeout: 10_000 })
    await waitFor(() => expect(screen.getByLabelText('Task title')).toHaveFocus())
    expect(screen.getByRole('tab', { name: 'Vietnamese' })).toHaveAttribute('aria-selected', 'true')
  })

  it('Escape closes it and gives focus back; / typed in a field stays text', async () => {
    const user = openApp(`/j/${journal.id}/w/1`)
    const title = await screen.findByLabelText('Page title', {}, { timeout: 10_000 })
    await user.click(title)
    await user.keyboard('/')
    expect(screen.queryByRole('combobox', { name: 'Search the weeks' })).toBeNull()
    expect((title as HTMLInputElement).value.endsWith('/')).toBe(true)
    const button = screen.getByRole('button', { name: /search/i })
    button.focus()
    await user.keyboard('/')
    await screen.findByRole('combobox', { name: 'Search the weeks' }, { timeout: 10_000 })
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Search the weeks' })).toBeNull())
    await waitFor(() => expect(button).toHaveFocus())
  })
})
