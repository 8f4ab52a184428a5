import { describe, expect, it } from 'vitest'
import { buildBoard, cellState, compareBehind, type BoardInput } from '../../src/domain/board'
import { decide } from '../../src/domain/decisions'
import { newJournal, newWeek } from '../../src/domain/factories'
import type { Journal, ReviewComment, Week, WeekReview } from '../../src/domain/types'

function journal(owner: string, plannedWeeks = 4): Journal {
  return newJournal({
    owner,
    mentor: 'Bình',
    firstMonday: '2025-10-06',
    plannedWeeks,
    section: 1,
    languages: ['en'],
  })
}

function week(j: Journal, number: number, review: WeekReview, revision = 2): Week {
  const w = newWeek(j, number)
  return { ...w, revision, review, updatedAt: review.changedAt ?? '2025-10-10T08:00:00.000Z' }
}

const submitted = (at: string): WeekReview => ({ status: 'submitted', submittedAt: at, changedAt: at })

function comment(j: Journal, n: number, patch: Partial<ReviewComment> = {}): ReviewComment {
  return {
    id: `${j.owner}-${n}-${Math.random()}`,
    journalId: j.id,
    weekNumber: n,
    author: 'Bình',
    role: 'mentor',
    target: { kind: 'week' },
    revision: 1,
    body: 'Why?',
    createdAt: '2025-10-12T09:00:00.000Z',
    resolved: false,
    ...patch,
  }
}

// Week 1 is 6–10 Oct 2025 (deadline Monday 13 Oct); week 2 is due 20 Oct; week 3 27 Oct; week 4 3 Nov.
const TODAY = '2025-10-22'

describe('cellState', () => {
  const j = journal('An')
  it('a week not written is missing once its deadline has passed, upcoming before, unplanned past the plan', () => {
    expect(cellState(undefined, '2025-10-06', TODAY)).toBe('missing')
    expect(cellState(undefined, '2025-10-20', TODAY)).toBe('upcoming')
    expect(cellState(undefined, '2025-10-20', TODAY, undefined, false)).toBe('unplanned')
    expect(cellState(undefined, '2025-10-06', TODAY, undefined, false)).toBe('unplanned')
    // The deadline day itself is still on time.
    expect(cellState(undefined, '2025-10-06', '2025-10-13')).toBe('upcoming')
  })
  it('a draft past its deadline is overdue; before it, a draft', () => {
    expect(cellState(week(j, 1, { status: 'draft' }), '2025-10-06', TODAY)).toBe('overdue')
    expect(cellState(week(j, 3, { status: 'draft' }), '2025-10-20', TODAY)).toBe('draft')
  })
  it('a submission after the mentor decided is a resubmission', () => {
    const w = week(j, 1, submitted('2025-10-15T08:00:00.000Z'))
    expect(cellState(w, w.monday, TODAY)).toBe('submitted')
    expect(cellState(w, w.monday, TODAY, '2025-10-14T08:00:00.000Z')).toBe('resubmitted')
    expect(cellState(w, w.monday, TODAY, '2025-10-16T08:00:00.000Z')).toBe('submitted')
  })
  it('an approved week whose content changed since is changed after approval', () => {
    const w = week(j, 1, submitted('2025-10-10T08:00:00.000Z'))
    const approved = { ...w, review: decide(w, 'approved', new Date('2025-10-11T08:00:00.000Z')) }
    expect(cellState(approved, w.monday, TODAY)).toBe('approved')
    const edited = structuredClone(approved)
    edited.content.en!.summary = 'Rewritten after approval'
    expect(cellState(edited, w.monday, TODAY)).toBe('changed-after-approval')
    const sent = { ...w, review: decide(w, 'changes-requested', new Date('2025-10-11T08:00:00.000Z')) }
    expect(cellState(sent, w.monday, TODAY)).toBe('changes-requested')
  })
})

describe('buildBoard', () => {
  it('rows: a cell per week up to the longest plan, late only for a submission after the deadline', () => {
    const j = journal('An', 3)
    const long = journal('Chi', 5)
    const board = buildBoard(
      [
        {
          journal: j,
          // Week 1 written long after (updatedAt late) but submitted on its deadline: not late.
          weeks: [
            { ...week(j, 1, submitted('2025-10-13T20:00:00.000Z')), updatedAt: '2025-10-21T08:00:00.000Z' },
            week(j, 2, submitted('2025-10-21T08:00:00.000Z')),
          ],
          comments: [comment(j, 1), comment(j, 1, { resolved: true }), comment(j, 2, { replyTo: 'x' })],
          marks: [],
        },
        { journal: long, weeks: [], comments: [], marks: [] },
      ],
      TODAY,
    )
    expect(board.weekCount).toBe(5)
    const an = board.rows.find((r) => r.journal.owner === 'An')!
    expect(an.cells.map((c) => c.state)).toEqual([
      'submitted',
      'submitted',
      'upcoming',
      'unplanned',
      'unplanned',
    ])
    expect(an.cells.map((c) => c.late)).toEqual([false, true, false, false, false])
    expect(an.cells.map((c) => c.stored)).toEqual([true, true, false, false, false])
    expect(an.openThreads).toBe(1)
    expect(an.lastActivity).toBe('2025-10-21T08:00:00.000Z')
    expect(an.behind).toMatchObject({ overdue: 0, waiting: 2, oldestWaiting: '2025-10-13T20:00:00.000Z' })
    const chi = board.rows.find((r) => r.journal.owner === 'Chi')!
    expect(chi.behind.overdue).toBe(2)
    expect(chi.lastActivity).toBeNull()
  })

  it('sorts most behind first: overdue weeks, then weeks waiting for the mentor, then the longest wait, then name', () => {
    const inputs: BoardInput[] = []
    const add = (owner: string, reviews: (WeekReview | null)[]) => {
      const j = journal(owner)
      inputs.push({
        journal: j,
        weeks: reviews.flatMap((r, i) => (r ? [week(j, i + 1, r)] : [])),
        comments: [],
        marks: [],
      })
    }
    const done: WeekReview = { status: 'approved', changedAt: '2025-10-12T08:00:00.000Z' }
    add('Ba', [done, submitted('2025-10-19T08:00:00.000Z')]) // 0 overdue, 1 waiting since the 19th
    add('An', [done, done]) // nothing behind
    add('Dung', [null, null]) // 2 missing
    add('Em', [{ status: 'draft' }, submitted('2025-10-18T08:00:00.000Z')]) // 1 overdue, 1 waiting
    add('Giang', [done, submitted('2025-10-17T08:00:00.000Z')]) // 1 waiting since the 17th
    add('Hoa', [done, done])
    const order = buildBoard(inputs, TODAY).rows.map((r) => r.journal.owner)
    expect(order).toEqual(['Dung', 'Em', 'Giang', 'Ba', 'An', 'Hoa'])
    const rows = buildBoard(inputs, TODAY).rows
    expect(compareBehind(rows[0]!, rows[1]!)).toBeLessThan(0)
  })
})
