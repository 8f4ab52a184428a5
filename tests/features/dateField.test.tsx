import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'
import { vi as viMessages } from '../../src/i18n/vi'
import { DateField } from '../../src/ui/DateField'

afterEach(() => cleanup())

const received: string[] = []

function Form({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial)
  return (
    <>
      <DateField
        label="Start date"
        value={value}
        onChange={(next) => {
          received.push(next)
          setValue(next)
        }}
      />
      <output aria-label="stored">{value}</output>
      <button type="button">elsewhere</button>
    </>
  )
}

function renderForm(initial = '', lang: 'en' | 'vi' = 'en') {
  received.length = 0
  render(
    <I18nProvider lang={lang} messages={lang === 'en' ? en : viMessages}>
      <Form initial={initial} />
    </I18nProvider>,
  )
  return userEvent.setup()
}

describe('a date typed as dd/MM/yyyy', () => {
  it('shows the date as dd/MM/yyyy and takes a typed one', async () => {
    const user = renderForm('2025-10-20')
    const field = screen.getByLabelText('Start date')
    expect(field).toHaveValue('20/10/2025')
    await user.clear(field)
    await user.type(field, '23/10/2025')
    expect(screen.getByLabelText('stored')).toHaveTextContent('2025-10-23')
  })

  it('steps a day with the arrow keys and a week with Shift', async () => {
    const user = renderForm('2025-10-20')
    await user.click(screen.getByLabelText('Start date'))
    await user.keyboard('{ArrowUp}{ArrowUp}{Shift>}{ArrowDown}{/Shift}')
    expect(screen.getByLabelText('Start date')).toHaveValue('15/10/2025')
    expect(screen.getByLabelText('stored')).toHaveTextContent('2025-10-15')
  })

  it('flags text that is not a date once the field is left, and passes no date on', async () => {
    const user = renderForm('2025-10-20')
    const field = screen.getByLabelText('Start date')
    await user.clear(field)
    await user.type(field, '31/02/2025')
    expect(screen.queryByRole('alert')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'elsewhere' }))
    expect(screen.getByRole('alert')).toHaveTextContent('“31/02/2025” is not a date')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(received.filter((v) => /^\d{4}-/.test(v)).at(-1)).not.toBe('2025-02-31')
  })

  it('reads the same way in Vietnamese', async () => {
    const user = renderForm('', 'vi')
    const field = screen.getByRole('textbox')
    expect(field).toHaveAttribute('placeholder', 'nn/tt/nnnn')
    await user.type(field, '1/2/2026')
    expect(screen.getByLabelText('stored')).toHaveTextContent('2026-02-01')
    await user.click(screen.getByRole('button', { name: 'elsewhere' }))
    expect(field).toHaveValue('01/02/2026')
  })
})
