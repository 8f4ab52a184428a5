import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hugoPages } from '../../src/codec/hugoZip'
import { emptyContent } from '../../src/domain/factories'
import type { Journal, Week } from '../../src/domain/types'
import { NewJournalForm } from '../../src/features/journal/NewJournalForm'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'
import { createQueryClient } from '../../src/queries/client'
import { listJournals } from '../../src/storage/repository'
import { freshDatabase } from '../storage/helpers'

beforeEach(async () => {
  await freshDatabase()
})
afterEach(cleanup)

async function createWith(style: 'Worklog seed' | 'FCJ template'): Promise<Journal> {
  let created: Journal | undefined
  render(
    <I18nProvider lang="en" messages={en}>
      <QueryClientProvider client={createQueryClient()}>
        <NewJournalForm onCreated={(j) => (created = j)} />
      </QueryClientProvider>
    </I18nProvider>,
  )
  const user = userEvent.setup()
  await user.type(screen.getByLabelText("Intern's name"), 'An Nguyen')
  const select = screen.getByLabelText('Page style')
  await user.selectOptions(select, screen.getByRole('option', { name: new RegExp(`^${style}`) }))
  await user.click(screen.getByRole('button', { name: 'Create journal' }))
  await waitFor(() => expect(created).toBeDefined())
  const stored = (await listJournals()).items.find((j) => j.id === created!.id)
  expect(stored).toBeDefined()
  return stored!
}

function firstWeek(journal: Journal): Week {
  const content = emptyContent(1)
  content.tasks = [
    {
      id: 't',
      day: 2,
      title: 'VPC lab',
      detail: '',
      startDate: '2025-09-09',
      completionDate: '2025-09-09',
      reference: '',
      status: 'done',
    },
  ]
  return {
    id: `${journal.id}:1`,
    journalId: journal.id,
    number: 1,
    monday: '2025-09-08',
    publishDate: '',
    revision: 1,
    review: { status: 'draft' },
    content: { en: content },
    updatedAt: '2025-09-08T00:00:00.000Z',
  }
}

describe('the page style of a new journal', { timeout: 30_000 }, () => {
  it('the FCJ template choice is stored, and the journal’s weeks are written with days 2..6', async () => {
    const journal = await createWith('FCJ template')
    expect(journal.pageStyle?.en?.days).toBe('template')
    const page = hugoPages(journal, [firstWeek(journal)], { langs: ['en'], days: 'seed' })[1].text
    expect(page).toContain('### Week 1 Objectives:')
    expect(page).toMatch(/^\| 3 \| \*\*VPC lab\*\* \| 09\/09\/2025 \| 09\/09\/2025 \|/m)
  })

  it('the seed choice stores no style: weeks are written the seed’s way', async () => {
    const journal = await createWith('Worklog seed')
    expect(journal.pageStyle).toBeUndefined()
    const page = hugoPages(journal, [firstWeek(journal)], { langs: ['en'], days: 'seed' })[1].text
    expect(page).toContain('### **Week 1 Objectives**')
    expect(page).toMatch(/^\| 2 \(Tuesday\) \| \*\*VPC lab\*\* \|/m)
  })
})
