import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SectionPagePart } from '../../src/features/overview/SectionPagePart'
import { WeekDescription } from '../../src/features/overview/WeekDescription'
import type { Journal } from '../../src/domain/types'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'
import { createQueryClient } from '../../src/queries/client'
import { getJournal, putJournal } from '../../src/storage/repository'
import { freshDatabase, storeJournal } from '../storage/helpers'

const PAGE = '---\ntitle: "Worklog"\n---\n\nTwelve weeks.\n\n**Week 1:** [Setup](1.1-week1/)\n'

let journal: Journal
beforeEach(async () => {
  await freshDatabase()
  const stored = await storeJournal()
  journal = await putJournal({
    ...stored,
    sectionPages: { en: { path: 'content/1-Worklog/_index.md', text: PAGE } },
  })
})
afterEach(cleanup)

const inApp = (ui: React.ReactNode) =>
  render(
    <I18nProvider lang="en" messages={en}>
      <QueryClientProvider client={createQueryClient()}>{ui}</QueryClientProvider>
    </I18nProvider>,
  )

describe('the section page part of the overview', () => {
  it('shows the imported title and intro and saves new ones on the journal', async () => {
    inApp(<SectionPagePart journal={journal} lang="en" setLang={() => {}} />)
    const title = await screen.findByLabelText('Title')
    expect(title).toHaveValue('Worklog')
    expect(screen.getByLabelText('Introduction')).toHaveValue('Twelve weeks.')
    await userEvent.clear(title)
    await userEvent.type(title, 'My worklog')
    await userEvent.click(screen.getByRole('button', { name: 'Save section page' }))
    expect(await screen.findByText('Section page saved.')).toBeVisible()
    const stored = await getJournal(journal.id)
    expect(stored?.sectionContent?.en).toEqual({
      title: 'My worklog',
      intro: 'Twelve weeks.',
      weeks: { 1: 'Setup' },
    })
  })

  it('refuses an empty title and stores nothing', async () => {
    inApp(<SectionPagePart journal={journal} lang="en" setLang={() => {}} />)
    await userEvent.clear(await screen.findByLabelText('Title'))
    await userEvent.click(screen.getByRole('button', { name: 'Save section page' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Give the page a title.')
    expect((await getJournal(journal.id))?.sectionContent).toBeUndefined()
  })
})

describe('a week description on the overview', () => {
  it('opens with a click, saves with Enter and gives focus back', async () => {
    const onSave = vi.fn()
    inApp(<WeekDescription number={3} description="Old" onSave={onSave} />)
    await userEvent.click(screen.getByRole('button', { name: 'Edit the description of week 3: Old' }))
    const field = screen.getByLabelText('Description of week 3 on the section page')
    expect(field).toHaveFocus()
    await userEvent.clear(field)
    await userEvent.type(field, '  Lambda   and S3 {Enter}')
    expect(onSave).toHaveBeenCalledWith(3, 'Lambda and S3')
    await waitFor(() => expect(screen.getByRole('button')).toHaveFocus())
  })

  it('cancels with Escape without saving', async () => {
    const onSave = vi.fn()
    inApp(<WeekDescription number={3} description="Old" onSave={onSave} />)
    screen.getByRole('button').focus()
    await userEvent.keyboard('{Enter}')
    await userEvent.type(screen.getByRole('textbox'), ' more{Escape}')
    expect(onSave).not.toHaveBeenCalled()
    expect(screen.queryByRole('textbox')).toBeNull()
    await waitFor(() => expect(screen.getByRole('button')).toHaveFocus())
  })

  it('is only text in a read-only journal', () => {
    inApp(<WeekDescription number={3} description="" />)
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByText('No description yet')).toBeVisible()
  })
})
