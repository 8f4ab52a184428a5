import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router-dom'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppRoutes } from '../../src/app/App'
import type { AchievementItem, Journal, Week } from '../../src/domain/types'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'
import { createQueryClient } from '../../src/queries/client'
import { getWeek } from '../../src/storage/repository'
import { freshDatabase, storeJournal } from '../storage/helpers'

let journal: Journal

beforeEach(async () => {
  await freshDatabase()
  localStorage.clear()
  journal = await storeJournal()
})

afterEach(() => cleanup())

async function openWeek() {
  render(
    <I18nProvider lang="en" messages={en}>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[`/j/${journal.id}/w/1`]}>
          <AppRoutes />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  )
  await screen.findByRole('heading', { level: 1, name: 'Week 1' }, { timeout: 10_000 })
  return userEvent.setup()
}

async function stored(check: (week: Week) => void): Promise<Week> {
  let week: Week | undefined
  await waitFor(
    async () => {
      week = await getWeek(journal.id, 1)
      expect(week).toBeDefined()
      check(week!)
    },
    { timeout: 4000 },
  )
  return week!
}

const outline = (items: AchievementItem[]): unknown[] =>
  items.map((i) => (i.children.length ? [i.text, outline(i.children)] : i.text))
const groupOf = (week: Week) => week.content.en!.achievements.groups[0]

describe('outliner editing of a week', { timeout: 20_000 }, () => {
  it('pastes a three-line list into an objective as three objectives', async () => {
    const user = await openWeek()
    await user.click(screen.getByRole('button', { name: /Add objective/ }))
    await user.paste('* Learn VPC\n* Learn IAM\n* Learn S3')
    expect(screen.getAllByLabelText(/^Objective \d$/).map((el) => (el as HTMLTextAreaElement).value)).toEqual(
      ['Learn VPC', 'Learn IAM', 'Learn S3'],
    )
    expect(screen.getByLabelText('Objective 3')).toHaveFocus()
    await stored((w) =>
      expect(w.content.en!.objectives.map((o) => o.text)).toEqual(['Learn VPC', 'Learn IAM', 'Learn S3']),
    )
  })

  it('makes items with Enter, nests with Tab, outdents with Shift+Tab and deletes an empty one with Backspace', async () => {
    const user = await openWeek()
    await user.click(screen.getByRole('button', { name: /Add achievement group/ }))
    await user.type(screen.getByLabelText('Title of group 1'), 'Networking{Enter}')
    expect(screen.getByLabelText('Achievement item')).toHaveFocus()
    await user.keyboard('Create VPCs{Enter}Peering{Tab}{Enter}Routes')
    await stored((w) => expect(outline(groupOf(w).items)).toEqual([['Create VPCs', ['Peering', 'Routes']]]))
    await user.keyboard('{Shift>}{Tab}{/Shift}')
    await stored((w) => expect(outline(groupOf(w).items)).toEqual([['Create VPCs', ['Peering']], 'Routes']))
    await user.keyboard('{Enter}{Backspace}')
    const items = screen.getAllByLabelText('Achievement item')
    expect(items).toHaveLength(3)
    expect(items[2]).toHaveFocus()
    expect(items[2]).toHaveValue('Routes')
  })

  it('pastes a nested list into an item as nested items, markers stripped', async () => {
    const user = await openWeek()
    await user.click(screen.getByRole('button', { name: /Add achievement group/ }))
    await user.click(screen.getByRole('button', { name: /Add item/ }))
    await user.paste('* Receive feedback on:\n  * Architecture\n  * Cost\n* Adjust direction')
    await stored((w) =>
      expect(outline(groupOf(w).items)).toEqual([
        ['Receive feedback on:', ['Architecture', 'Cost']],
        'Adjust direction',
      ]),
    )
  })

  it('undoes a deletion and a nesting with Ctrl+Z and redoes them with Ctrl+Shift+Z', async () => {
    const user = await openWeek()
    await user.click(screen.getByRole('button', { name: /Add achievement group/ }))
    await user.click(screen.getByRole('button', { name: /Add item/ }))
    await user.keyboard('One{Enter}Two{Tab}')
    await user.click(screen.getByRole('button', { name: 'Actions for “Two”' }))
    await user.click(screen.getByRole('menuitem', { name: 'Delete “Two”' }))
    await stored((w) => expect(outline(groupOf(w).items)).toEqual(['One']))
    await user.keyboard('{Control>}z{/Control}')
    await stored((w) => expect(outline(groupOf(w).items)).toEqual([['One', ['Two']]]))
    await user.keyboard('{Control>}z{/Control}')
    await stored((w) => expect(outline(groupOf(w).items)).toEqual(['One', 'Two']))
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    await stored((w) => expect(outline(groupOf(w).items)).toEqual([['One', ['Two']]]))
    // Typing in one field is one step: one undo takes back the whole word.
    await user.click(screen.getByLabelText('Weekly summary'))
    await user.keyboard('Good week')
    await user.keyboard('{Control>}z{/Control}')
    expect(screen.getByLabelText('Weekly summary')).toHaveValue('')
    expect(outline(groupOf(await getWeek(journal.id, 1).then((w) => w!)).items)).toEqual([['One', ['Two']]])
  })

  it('ticks every item of a group, nested ones included, and unticks the whole week', async () => {
    const user = await openWeek()
    await user.click(screen.getByRole('button', { name: /Add achievement group/ }))
    await user.click(screen.getByRole('button', { name: /Add item/ }))
    await user.keyboard('A{Enter}B{Tab}')
    await user.click(screen.getByRole('button', { name: 'Tick every item of group 1' }))
    await stored((w) => {
      const [a] = groupOf(w).items
      expect([a.achieved, a.children[0].achieved]).toEqual([true, true])
    })
    await user.click(screen.getByRole('button', { name: 'Untick all items of the week' }))
    await stored((w) => expect(groupOf(w).items[0].achieved).toBe(false))
    expect(screen.getByRole('button', { name: 'Tick all items of the week' })).toBeEnabled()
  })
})
