import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'
import { vi as viMessages } from '../../src/i18n/vi'
import { ImportPanel } from '../../src/features/transfer/ImportPanel'

// The reading itself is tested in tests/queries/analyseOffThread.test.ts; here it has timed out.
vi.mock('../../src/queries/transfer', () => ({
  analyseImport: vi.fn(async () => ({ kind: 'timedOut', seconds: 60 })),
}))

afterEach(() => cleanup())

describe('an import that ran out of time', () => {
  it.each([
    ['en', en, 'Nothing was imported. Reading the files was stopped after 60 seconds'],
    ['vi', viMessages, 'Không có gì được nhập. Đã dừng đọc các tệp sau 60 giây'],
  ] as const)('says so in %s and shows nothing to import', async (lang, messages, text) => {
    render(
      <I18nProvider lang={lang} messages={messages}>
        <ImportPanel />
      </I18nProvider>,
    )
    await userEvent.upload(
      screen.getByLabelText(messages['import.pickFiles']),
      new File(['# Week 1'], '_index.md'),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(text)
    expect(screen.queryByRole('button')).toBeNull()
  })
})
