import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router-dom'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppRoutes } from '../../src/app/App'
import type { Journal } from '../../src/domain/types'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'
import { createQueryClient } from '../../src/queries/client'
import { getJournal, putJournal } from '../../src/storage/repository'
import { freshDatabase, storeJournal } from '../storage/helpers'

const EN = '---\ntitle: "Worklog"\n---\n\nTwelve weeks.\n\n**Week 1:** [Setup](1.1-week1/)\n'
const VI = '---\ntitle: "Nhật ký"\n---\n\nMười hai tuần.\n\n**Tuần 1:** [Cài đặt](1.1-week1/)\n'

let journal: Journal
beforeEach(async () => {
  await freshDatabase()
  localStorage.clear()
  const stored = await storeJournal()
  journal = await putJournal({
    ...stored,
    languages: ['en', 'vi'],
    sectionPages: {
      en: { path: 'content/1-Worklog/_index.md', text: EN },
      vi: { path: 'content/1-Worklog/_index.vi.md', text: VI },
    },
  })
})
afterEach(cleanup)

describe('week descriptions in each language of the journal', { timeout: 30_000 }, () => {
  it('the overview shows and edits the description of the language chosen, leaving the other as it was', async () => {
    render(
      <I18nProvider lang="en" messages={en}>
        <QueryClientProvider client={createQueryClient()}>
          <MemoryRouter initialEntries={[`/j/${journal.id}`]}>
            <AppRoutes />
          </MemoryRouter>
        </QueryClientProvider>
      </I18nProvider>,
    )
    const user = userEvent.setup()
    await screen.findByRole('button', { name: 'Edit the description of week 1: Setup' }, { timeout: 10_000 })
    await user.selectOptions(screen.getByLabelText('Week descriptions in'), 'vi')
    const vi = await screen.findByRole('button', { name: 'Edit the description of week 1: Cài đặt' })
    // The section page part below follows: its title is the Vietnamese page's.
    await waitFor(() => expect(screen.getByLabelText(/^Title/)).toHaveValue('Nhật ký'))
    await user.click(vi)
    const field = screen.getByLabelText('Description of week 1 on the section page')
    await user.clear(field)
    await user.type(field, 'Cài đặt AWS{Enter}')
    await waitFor(async () => {
      const stored = await getJournal(journal.id)
      expect(stored?.sectionContent?.vi?.weeks['1']).toBe('Cài đặt AWS')
      expect(stored?.sectionContent?.en).toBeUndefined()
    })
    await user.selectOptions(screen.getByLabelText('Week descriptions in'), 'en')
    expect(await screen.findByRole('button', { name: 'Edit the description of week 1: Setup' })).toBeTruthy()
  })
})
