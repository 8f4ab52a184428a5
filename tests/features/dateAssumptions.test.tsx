import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router-dom'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importPages } from '../../src/codec/importPages'
import { PagesPreview } from '../../src/features/transfer/PagesPreview'
import type { Journal } from '../../src/domain/types'
import { en } from '../../src/i18n/en'
import { vi as viMessages } from '../../src/i18n/vi'
import { I18nProvider } from '../../src/i18n/i18n'
import { createQueryClient } from '../../src/queries/client'
import { listWeeks } from '../../src/storage/repository'
import { freshDatabase } from '../storage/helpers'

const page = (week: number, rows: string[]) =>
  [
    '---',
    `title: "Week ${week} Worklog"`,
    'date: 2025-09-21',
    `pre: " <b> 1.${week} </b> "`,
    '---',
    '',
    '### Tasks to be carried out this week',
    '',
    '| Day | Task | Start Date | Completion Date |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')

const PAGES = [
  // Week 3: both dates read either way; week 4: dates without a year; week 5: nothing to assume.
  {
    path: 'content/1-Worklog/1.3-Week3/_index.md',
    text: page(3, [
      '|  | **Lab A** | 03/10/2025 | 03/10/2025 |',
      '|  | **Lab B** | 03/10/2025 | 03/10/2025 |',
    ]),
  },
  { path: 'content/1-Worklog/1.4-Week4/_index.md', text: page(4, ['| 2 | **Lab C** | 29/09 | 29/09 |']) },
  {
    path: 'content/1-Worklog/1.5-Week5/_index.md',
    text: page(5, ['| 2 | **Lab D** | 06/10/2025 | 06/10/2025 |']),
  },
]

beforeEach(async () => {
  await freshDatabase()
})
afterEach(cleanup)

function preview(lang: 'en' | 'vi' = 'en') {
  let imported: Journal | undefined
  render(
    <I18nProvider lang={lang} messages={lang === 'en' ? en : viMessages}>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter>
          <PagesPreview
            imported={importPages(PAGES, { now: new Date(0) })}
            unreadable={[]}
            onCancel={() => {}}
            onImported={(j) => (imported = j)}
          />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  )
  return { user: userEvent.setup(), imported: () => imported }
}

describe('the import preview says what it assumed of the dates', { timeout: 30_000 }, () => {
  it('names each unsure week and what it assumed, in English and in Vietnamese', () => {
    preview()
    expect(screen.getByText(/^Week 3: dates read day first \(dd\/MM\/yyyy\)\. Every date/)).toBeTruthy()
    expect(
      screen.getByText('Week 4: dates read day first (dd/MM/yyyy), year 2025 from the front matter.'),
    ).toBeTruthy()
    expect(screen.queryByText(/^Week 5: dates read/)).toBeNull()
    cleanup()
    preview('vi')
    expect(
      screen.getByText('Tuần 4: ngày được đọc ngày trước (dd/MM/yyyy), năm 2025 lấy từ front matter.'),
    ).toBeTruthy()
  })

  it('reads a week again with the order and year the user sets, and stores the corrected tasks', async () => {
    const { user, imported } = preview()
    await user.selectOptions(screen.getByLabelText('Date order in week 3'), 'month-first')
    await user.click(screen.getByRole('button', { name: 'Read week 3 again' }))
    expect(await screen.findByText('Week 3 read again: 2 tasks, Monday 10/03/2025.')).toBeTruthy()

    const year = screen.getByLabelText('Year of dates without one in week 4')
    await user.clear(year)
    await user.type(year, '20x4')
    expect(screen.getByText('Enter a year from 2000 to 2100, like 2025.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Read week 4 again' })).toBeDisabled()
    await user.clear(year)
    await user.type(year, '2024')
    await user.click(screen.getByRole('button', { name: 'Read week 4 again' }))
    expect(await screen.findByText('Week 4 read again: 1 tasks, Monday 23/09/2024.')).toBeTruthy()

    await user.type(screen.getByLabelText("Intern's name"), 'An')
    await user.click(screen.getByRole('button', { name: 'Import 3 week(s)' }))
    await waitFor(() => expect(imported()).toBeDefined())
    const weeks = (await listWeeks(imported()!.id)).items
    const dates = (n: number) => weeks.find((w) => w.number === n)!.content.en!.tasks.map((t) => t.startDate)
    expect(dates(3)).toEqual(['2025-03-10', '2025-03-10'])
    expect(dates(4)).toEqual(['2024-09-29'])
    expect(dates(5)).toEqual(['2025-10-06'])
  })
})
