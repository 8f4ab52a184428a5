import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ItemMenu } from '../../src/features/week/ItemMenu'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'

afterEach(cleanup)

function menu() {
  const run = { up: vi.fn(), down: vi.fn(), remove: vi.fn() }
  render(
    <I18nProvider lang="en" messages={en}>
      <ItemMenu
        name="VPC"
        focusKey="item:1:menu"
        actions={[
          { part: 'up', label: 'Move “VPC” up', symbol: '↑', run: run.up, disabled: true },
          { part: 'down', label: 'Move “VPC” down', symbol: '↓', run: run.down },
          { part: 'delete', label: 'Delete “VPC”', symbol: '✕', run: run.remove },
        ]}
      />
    </I18nProvider>,
  )
  return run
}

describe('the menu of an achievement item', () => {
  it('is one button until opened, then its first enabled action has focus and the arrows move', async () => {
    const run = menu()
    const user = userEvent.setup()
    expect(screen.getAllByRole('button')).toHaveLength(1)
    expect(screen.queryByRole('menu')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Actions for “VPC”' }))
    expect(screen.getByRole('button', { name: 'Actions for “VPC”' })).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('menuitem', { name: 'Move “VPC” down' })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: 'Delete “VPC”' })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: 'Move “VPC” down' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(run.down).toHaveBeenCalledOnce()
    expect(screen.queryByRole('menu')).toBeNull()
    expect(run.up).not.toHaveBeenCalled()
  })

  it('closes on Escape and gives focus back to its button', async () => {
    const run = menu()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Actions for “VPC”' }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).toBeNull()
    expect(screen.getByRole('button', { name: 'Actions for “VPC”' })).toHaveFocus()
    expect(run.remove).not.toHaveBeenCalled()
  })
})
