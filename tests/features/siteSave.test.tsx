import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SaveReview } from '../../src/features/site/SaveReview'
import { SaveToSite } from '../../src/features/site/SaveToSite'
import { planSiteSave } from '../../src/domain/siteSave'
import type { Journal } from '../../src/domain/types'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'
import { createQueryClient } from '../../src/queries/client'
import { freshDatabase, storeJournal } from '../storage/helpers'

let journal: Journal
beforeEach(async () => {
  await freshDatabase()
  journal = await storeJournal()
})
afterEach(cleanup)

const inApp = (ui: React.ReactNode) =>
  render(
    <I18nProvider lang="en" messages={en}>
      <QueryClientProvider client={createQueryClient()}>{ui}</QueryClientProvider>
    </I18nProvider>,
  )

describe('Save to site', () => {
  it('explains, where the browser cannot write into folders, that the zip holds the same pages', async () => {
    inApp(<SaveToSite journal={journal} />)
    expect(await screen.findByText(/This browser cannot write into a folder/)).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Save to site' })).toBeNull()
  })

  it('lists pages to create and change with their diffs, and a conflict with both versions, disk kept by default', async () => {
    const plan = planSiteSave(
      [
        { path: '_index.md', text: 'section\nweek 1\nweek 2\n' },
        { path: '1.1-Week1/_index.md', text: 'mine\n' },
        { path: '1.2-Week2/_index.md', text: 'new week\n' },
      ],
      { '_index.md': 'section\nweek 1\n', '1.1-Week1/_index.md': 'as read\n' },
      new Map([
        ['_index.md', 'section\nweek 1\n'],
        ['1.1-Week1/_index.md', 'changed by hand\n'],
      ]),
    )
    const onWrite = vi.fn()
    inApp(<SaveReview label="site" plan={plan} busy={false} onWrite={onWrite} onCancel={() => undefined} />)
    expect(
      screen.getByText(
        '1 page(s) to create, 1 to change, 1 changed on disk since they were read; 0 unchanged.',
      ),
    ).toBeVisible()
    const sectionDiff = await screen.findByRole('group', { name: 'Changes in _index.md' })
    expect(sectionDiff.querySelectorAll('[data-diff="added"]')).toHaveLength(1)
    expect(sectionDiff.querySelector('[data-diff="added"]')).toHaveTextContent('+week 2')
    expect(sectionDiff.querySelectorAll('[data-diff="removed"]')).toHaveLength(0)
    expect(screen.getByLabelText('On disk now: 1.1-Week1/_index.md')).toHaveTextContent('changed by hand')
    expect(screen.getByLabelText('This app’s version: 1.1-Week1/_index.md')).toHaveTextContent('mine')
    expect(screen.getByLabelText('Keep the version on disk')).toBeChecked()

    const user = userEvent.setup()
    expect(screen.getByRole('button', { name: 'Write 2 page(s)' })).toBeEnabled()
    await user.click(screen.getByLabelText('Write this app’s version'))
    await user.click(screen.getByRole('button', { name: 'Write 3 page(s)' }))
    expect(onWrite).toHaveBeenCalledWith(new Map([['1.1-Week1/_index.md', 'write-app']]))
  })
})
