import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { todayIso } from '../../src/domain/dates'
import type { Week, WeekContent } from '../../src/domain/types'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'
import { NotesEditor } from '../../src/features/week/NotesEditor'
import { PublishDateField } from '../../src/features/week/PublishDateField'

afterEach(cleanup)

const inEnglish = (node: React.ReactNode) =>
  render(
    <I18nProvider lang="en" messages={en}>
      {node}
    </I18nProvider>,
  )

describe('the page fields of a week', () => {
  it('sets the publish date, with a shortcut for today, and leaves a bad date alone', async () => {
    const updateWeek = vi.fn<(recipe: (week: Week) => Week) => void>()
    inEnglish(<PublishDateField publishDate="" readOnly={false} updateWeek={updateWeek} />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Today' }))
    expect(updateWeek.mock.calls[0][0]({ publishDate: '' } as Week).publishDate).toBe(todayIso())
    fireEvent.change(screen.getByLabelText('Publish date', { exact: false }), {
      target: { value: '2025-12-22' },
    })
    expect(updateWeek.mock.calls[1][0]({ publishDate: '' } as Week).publishDate).toBe('2025-12-22')
  })

  it('lets an imported note be edited as markdown', () => {
    const updateContent = vi.fn<(lang: 'en' | 'vi', recipe: (c: WeekContent) => WeekContent) => void>()
    const notes = [
      { id: 'n1', after: 'objectives' as const, markdown: '{{% notice %}}\nBackups\n{{% /notice %}}' },
    ]
    inEnglish(<NotesEditor notes={notes} lang="en" readOnly={false} updateContent={updateContent} />)
    fireEvent.change(screen.getByLabelText('Part 1'), { target: { value: 'Snapshots' } })
    const [lang, recipe] = updateContent.mock.calls[0]
    expect(lang).toBe('en')
    expect(recipe({ notes } as WeekContent).notes[0]).toEqual({ ...notes[0], markdown: 'Snapshots' })
  })
})
