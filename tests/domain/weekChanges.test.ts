import { describe, expect, it } from 'vitest'
import {
  authorIn,
  contentChanges,
  laterReview,
  mergeComments,
  roleIn,
  withReview,
} from '../../src/domain/review'
import { newJournal, newTask, newWeek } from '../../src/domain/factories'
import type { ReviewComment, Week } from '../../src/domain/types'

const journal = newJournal({
  owner: 'An',
  mentor: 'Bình',
  firstMonday: '2025-10-20',
  plannedWeeks: 12,
  section: 1,
  languages: ['en'],
})

function week(): Week {
  const w = newWeek(journal, 1)
  const content = w.content.en!
  content.title = 'Week 1'
  content.objectives = [{ id: 'o1', text: 'Learn' }]
  content.tasks = [{ ...newTask(w.monday, 1, 'Set up'), id: 't1', detail: 'Node', reference: 'doc' }]
  content.achievements.groups = [
    {
      id: 'g1',
      title: 'Tools',
      items: [
        {
          id: 'i1',
          text: 'Node',
          achieved: true,
          children: [{ id: 'i2', text: 'npm', achieved: false, children: [] }],
        },
      ],
    },
  ]
  return w
}

describe('what changed between two versions of a week', () => {
  it('names every kind of change with its text', () => {
    const before = week()
    const after = structuredClone(before)
    const a = after.content.en!
    a.title = 'Week one'
    a.objectives = []
    a.tasks[0].status = 'done'
    a.achievements.groups[0].items[0].children[0].achieved = true
    a.achievements.groups[0].title = 'Tooling'
    expect(contentChanges(before, after)).toEqual([
      { part: 'title', kind: 'changed', text: 'Week 1 → Week one' },
      { part: 'objective', kind: 'removed', text: 'Learn' },
      {
        part: 'task',
        kind: 'changed',
        text: 'Set up: Node (planned, 2025-10-20–2025-10-20, doc) → Set up: Node (done, 2025-10-20–2025-10-20, doc)',
      },
      { part: 'achievement', kind: 'changed', text: '# Tools → # Tooling' },
      { part: 'achievement', kind: 'changed', text: '☐ npm → ☑ npm' },
    ])
  })

  it('describes a task without detail or reference by its title, status and dates', () => {
    const before = week()
    const after = structuredClone(before)
    after.content.en!.tasks.push({ ...newTask(before.monday, 2, 'Deploy'), id: 't2' })
    expect(contentChanges(before, after)).toEqual([
      { part: 'task', kind: 'added', text: 'Deploy (planned, 2025-10-21–2025-10-21)' },
    ])
  })

  it('reports a language version added or removed, and nothing when neither has one', () => {
    const before = week()
    const after = structuredClone(before)
    after.content.vi = structuredClone(before.content.en)
    expect(contentChanges(before, after)).toEqual([{ part: 'language', kind: 'added', text: 'vi' }])
    expect(contentChanges(after, before)).toEqual([{ part: 'language', kind: 'removed', text: 'vi' }])
    const none = { ...before, content: {} }
    expect(contentChanges(none, none)).toEqual([])
  })
})

describe('who writes in a journal', () => {
  it('is the intern in their own journal and the mentor in a read-only copy', () => {
    expect(roleIn(journal)).toBe('intern')
    expect(authorIn(journal)).toBe('An')
    expect(roleIn({ ...journal, readOnly: true })).toBe('mentor')
    expect(authorIn({ ...journal, readOnly: true })).toBe('Bình')
    expect(authorIn({ ...journal, readOnly: true, mentor: '' })).toBe('Mentor')
  })
})

describe('review states and comments', () => {
  const now = new Date('2025-10-24T10:00:00.000Z')

  it('a submission is the next revision, keeps a trimmed note, and an unsubmit keeps the submission time', () => {
    const base = { ...week(), revision: 4 }
    const submitted = withReview(base, 'submitted', now, '  please look  ')
    expect(submitted.review).toEqual({
      status: 'submitted',
      revision: 5,
      changedAt: now.toISOString(),
      note: 'please look',
      submittedAt: now.toISOString(),
    })
    const later = new Date('2025-10-25T10:00:00.000Z')
    expect(withReview(submitted, 'draft', later, '   ').review).toEqual({
      status: 'draft',
      revision: 5,
      changedAt: later.toISOString(),
      note: undefined,
      submittedAt: now.toISOString(),
    })
  })

  it('keeps the current state on a tie of times', () => {
    const current = { status: 'submitted' as const, changedAt: '2025-10-24T10:00:00.000Z' }
    expect(laterReview(current, { status: 'approved', changedAt: current.changedAt })).toBe(current)
  })

  it('lists merged comments by creation time, and does not undo a state with an older one', () => {
    const c = (id: string, createdAt: string, extra: Partial<ReviewComment> = {}): ReviewComment => ({
      id,
      journalId: 'j',
      weekNumber: 1,
      author: 'Bình',
      role: 'mentor',
      target: { kind: 'week' },
      revision: 1,
      body: id,
      createdAt,
      resolved: false,
      ...extra,
    })
    const mine = [c('b', '2025-10-22T00:00:00Z', { resolved: true, stateChangedAt: '2025-10-23T00:00:00Z' })]
    const incoming = [c('a', '2025-10-21T00:00:00Z'), c('b', '2025-10-22T00:00:00Z', { resolved: false })]
    const { merged } = mergeComments(mine, incoming)
    expect(merged.map((m) => [m.id, m.resolved])).toEqual([
      ['a', false],
      ['b', true],
    ])
  })
})
