import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router-dom'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppRoutes } from '../../src/app/App'
import { addDaysIso, mondayOf, todayIso } from '../../src/domain/dates'
import { newJournal, newTask, newWeek } from '../../src/domain/factories'
import type { Journal, ReviewComment, Week } from '../../src/domain/types'
import { en } from '../../src/i18n/en'
import { vi } from '../../src/i18n/vi'
import { I18nProvider } from '../../src/i18n/i18n'
import { createQueryClient } from '../../src/queries/client'
import { getWeek, putComments, putJournal, saveWeek } from '../../src/storage/repository'
import { loadUnseen } from '../../src/queries/unseenLoad'
import { listSeen } from '../../src/storage/review'
import { freshDatabase } from '../storage/helpers'

// Four weeks ago: weeks 1 to 3 are past their deadline whatever today is.
const FIRST_MONDAY = addDaysIso(mondayOf(todayIso()), -28)

/** Lazy screens and the markdown parser load on first use: slower on a busy machine. */
const SLOW = { timeout: 10_000 }

afterEach(cleanup)
beforeEach(freshDatabase)

function openApp(path: string, lang: 'en' | 'vi' = 'en') {
  render(
    <I18nProvider lang={lang} messages={lang === 'vi' ? vi : en}>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  )
  return userEvent.setup()
}

/** A mentor's copy of an intern's journal with the weeks given, stored as an import leaves them. */
async function internCopy(owner: string, weeks: ((j: Journal) => Week)[]): Promise<Journal> {
  const journal = await putJournal(
    newJournal({
      owner,
      mentor: 'Minh',
      firstMonday: FIRST_MONDAY,
      plannedWeeks: 5,
      section: 1,
      languages: ['en'],
    }),
  )
  for (const make of weeks) await saveWeek(make(journal), 0)
  return putJournal({ ...journal, readOnly: true })
}

/** Changes a week of the copy as a newer package would (the copy is opened for the write only). */
async function rewrite(journal: Journal, number: number, change: (w: Week) => void) {
  await putJournal({ ...journal, readOnly: false })
  const week = (await getWeek(journal.id, number))!
  const next = structuredClone(week)
  change(next)
  await saveWeek(next, week.revision)
  await putJournal({ ...journal, readOnly: true })
}

function submitted(n: number, submittedOn?: string) {
  return (journal: Journal): Week => {
    const week = newWeek(journal, n)
    week.content.en!.tasks = [newTask(week.monday, 1, `Lab ${n}`)]
    week.content.en!.tasks[0]!.detail = 'Two **subnets**'
    week.content.en!.summary = 'See [the guide](https://docs.aws.amazon.com/vpc/) and <b>bold</b> stays text.'
    const at = `${submittedOn ?? addDaysIso(week.monday, 4)}T09:00:00.000Z`
    return { ...week, review: { status: 'submitted', changedAt: at, submittedAt: at } }
  }
}

function comment(journal: Journal, week: number, patch: Partial<ReviewComment>): ReviewComment {
  return {
    id: `c-${Math.random()}`,
    journalId: journal.id,
    weekNumber: week,
    author: 'Minh',
    role: 'mentor',
    target: { kind: 'week' },
    revision: 1,
    body: 'Which CIDR?',
    createdAt: new Date().toISOString(),
    resolved: false,
    ...patch,
  }
}

describe('the cohort board', { timeout: 30_000 }, () => {
  it('with no intern, says how to get some', async () => {
    openApp('/review')
    expect(await screen.findByText('You review no intern yet', {}, SLOW)).toBeInTheDocument()
    expect(screen.getByText(/Import an intern’s review package/)).toBeInTheDocument()
    expect(document.querySelector('[data-board-ready="true"]')).not.toBeNull()
  })

  it('rows most behind first, each cell a link to its week saying its state in words, late submissions marked', async () => {
    const ahead = await internCopy('Anh', [submitted(1), submitted(2), submitted(3)])
    const behind = await internCopy('Binh', [submitted(1, addDaysIso(FIRST_MONDAY, 10))])
    await putComments([comment(ahead, 1, {}), comment(ahead, 2, { resolved: true })])
    openApp('/review')
    await waitFor(() => expect(document.querySelector('[data-board-ready="true"]')).not.toBeNull(), SLOW)
    const rows = screen.getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getAllByRole('rowheader')[0]!.textContent)).toEqual([
      expect.stringContaining('Binh'),
      expect.stringContaining('Anh'),
    ])
    const late = screen.getByRole('link', { name: 'Binh, week 1: Submitted, submitted late' })
    expect(late).toHaveAttribute('href', `/review/${behind.id}/w/1`)
    expect(screen.getByRole('link', { name: 'Binh, week 2: Missing' })).toHaveTextContent('Missing')
    expect(screen.getByRole('link', { name: 'Anh, week 3: Submitted' })).toBeInTheDocument()
    // One cell is in the tab order; arrows move between weeks and interns.
    const cellLinks = [...document.querySelectorAll<HTMLElement>('a[data-week]')]
    expect(cellLinks.filter((a) => a.tabIndex === 0)).toHaveLength(1)
    const user = userEvent.setup()
    const firstCell = screen.getByRole('link', { name: 'Binh, week 1: Submitted, submitted late' })
    firstCell.focus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('link', { name: 'Binh, week 2: Missing' })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('link', { name: 'Anh, week 2: Submitted' })).toHaveFocus()
    expect(screen.getByRole('link', { name: 'Anh, week 2: Submitted' }).tabIndex).toBe(0)
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('link', { name: 'Anh, week 2: Submitted' })).toHaveFocus()
    const anhRow = rows[1]!
    expect(anhRow.querySelector('[data-open-threads-count]')).toHaveTextContent('1')
    expect(anhRow.textContent).not.toMatch(/revision/i)
  })
})

describe('the cohort board in Vietnamese', { timeout: 30_000 }, () => {
  it('says each state in Vietnamese words', async () => {
    await internCopy('Binh', [submitted(1, addDaysIso(FIRST_MONDAY, 10))])
    openApp('/review', 'vi')
    await screen.findByRole('heading', { level: 2, name: 'Bảng theo dõi nhóm' }, SLOW)
    expect(
      await screen.findByRole('link', { name: 'Binh, tuần 1: Đã nộp, nộp muộn' }, SLOW),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Binh, tuần 2: Chưa có' })).toHaveTextContent('Chưa có')
  })
})

describe('the reading view', { timeout: 30_000 }, () => {
  it('renders the text, badges on tasks, open threads on top, no form; changes marked until Mark reviewed', async () => {
    const journal = await internCopy('Anh', [submitted(1), submitted(2)])
    const week = (await getWeek(journal.id, 1))!
    const taskId = week.content.en!.tasks[0]!.id
    await putComments([comment(journal, 1, { target: { kind: 'task', taskId }, body: 'Which CIDR?' })])
    const user = openApp(`/review/${journal.id}/w/1`)
    await screen.findByRole('heading', { level: 1, name: 'Anh — week 1' }, SLOW)
    const link = await screen.findByRole('link', { name: 'the guide' }, SLOW)
    expect(link).toHaveAttribute('href', 'https://docs.aws.amazon.com/vpc/')
    const reading = document.querySelector('[data-week-reading]')!
    expect(reading.textContent).toContain('<b>bold</b>')
    expect(reading.querySelector('b')).toBeNull()
    expect(reading.querySelector('strong')).toHaveTextContent('subnets')
    expect(reading.querySelectorAll('textarea, input')).toHaveLength(0)
    expect(within(reading as HTMLElement).getByRole('button', { name: /1 comment/ })).toBeInTheDocument()
    const threads = document.querySelector('[data-open-threads]')!
    expect(threads.textContent).toContain('Which CIDR?')

    await user.click(screen.getByRole('button', { name: 'Mark reviewed' }))
    await waitFor(() =>
      expect(document.querySelector('[data-change-banner]')).toHaveAttribute(
        'data-change-banner',
        'unchanged',
      ),
    )
    cleanup()
    await rewrite(journal, 1, (w) => {
      w.content.en!.summary = 'See the guide twice.'
    })
    const again = openApp(`/review/${journal.id}/w/1`)
    await waitFor(() => expect(document.querySelector('[data-changed-place] ins')).not.toBeNull(), {
      timeout: 10_000,
    })
    const place = document.querySelector('[data-changed-place]')!
    expect(place.querySelector('ins')).toHaveTextContent('twice')
    const removed = [...place.querySelectorAll('del')].map((d) => d.textContent).join(' ')
    expect(removed).toContain('aws.amazon.com/vpc/')
    expect(removed).toContain('<b>bold</b>')
    expect(document.querySelectorAll('[data-changed-place]')).toHaveLength(1)
    await again.click(screen.getByRole('button', { name: 'Mark reviewed' }))
    await waitFor(() => expect(document.querySelector('[data-changed-place]')).toBeNull(), SLOW)
  })

  it('a approves and opens the next week waiting; a week not submitted offers no decision', async () => {
    const journal = await internCopy('Anh', [submitted(1), submitted(2), (j) => newWeek(j, 3)])
    const user = openApp(`/review/${journal.id}/w/1`)
    await screen.findByRole('button', { name: 'Approve & next' }, SLOW)
    await user.keyboard('a')
    await screen.findByRole('heading', { level: 1, name: 'Anh — week 2' }, SLOW)
    expect((await getWeek(journal.id, 1))!.review.status).toBe('approved')
    await user.keyboard('k')
    await screen.findByRole('heading', { level: 1, name: 'Anh — week 3' }, SLOW)
    expect(await screen.findByText(/has not been submitted|not submitted/i)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Approve & next' })).toBeNull()
    await user.keyboard('a')
    expect((await getWeek(journal.id, 3))!.review.status).toBe('draft')
  })
})

describe('new for you', { timeout: 30_000 }, () => {
  it('the intern sees the mentor’s new comment and decision counted on home, overview and week, until the week is opened', async () => {
    const own = await putJournal(
      newJournal({
        owner: 'Chi',
        mentor: 'Minh',
        firstMonday: FIRST_MONDAY,
        plannedWeeks: 5,
        section: 1,
        languages: ['en'],
      }),
    )
    const week = newWeek(own, 2)
    await saveWeek({ ...week, review: { status: 'approved', changedAt: new Date().toISOString() } }, 0)
    await putComments([comment(own, 2, {}), comment(own, 2, { role: 'intern', author: 'Chi' })])
    openApp('/')
    const badge = await screen.findByText('2 new', {}, SLOW)
    expect(badge.closest('[data-unseen-badge]')).toHaveAttribute('data-unseen-badge', '2')
    cleanup()
    openApp(`/j/${own.id}`)
    await waitFor(
      () => expect(document.querySelectorAll('[data-unseen-badge="2"]').length).toBeGreaterThanOrEqual(2),
      SLOW,
    )
    cleanup()
    openApp(`/j/${own.id}/w/2`)
    expect(await screen.findByText('2 new since your last visit', {}, SLOW)).toBeInTheDocument()
    // Opening the week counted as seeing them: nothing is new any more.
    await waitFor(async () => expect((await listSeen(own.id))[0]?.seenAt).toBeDefined(), SLOW)
    expect((await loadUnseen(own.id)).total).toBe(0)
  })
})
