import { diffWords } from 'diff'
import { describe, expect, it } from 'vitest'
import { newJournal, newTask, newWeek } from '../../src/domain/factories'
import { fieldChanges, markWords, readingFields } from '../../src/domain/wordDiff'

describe('markWords', () => {
  it('marks the words added and removed in place, keeping the rest', () => {
    const marks = markWords('Set up the VPC in Singapore', 'Set up two VPCs in Singapore', diffWords)
    expect(marks.filter((m) => m.kind === 'removed').map((m) => m.text.trim())).toEqual(['the VPC'])
    expect(marks.filter((m) => m.kind === 'added').map((m) => m.text.trim())).toEqual(['two VPCs'])
    // Reading only what was kept and added gives the new text; kept and removed, the old one.
    expect(
      marks
        .filter((m) => m.kind !== 'removed')
        .map((m) => m.text)
        .join(''),
    ).toBe('Set up two VPCs in Singapore')
    expect(
      marks
        .filter((m) => m.kind !== 'added')
        .map((m) => m.text)
        .join(''),
    ).toBe('Set up the VPC in Singapore')
  })
  it('joins adjacent runs of one kind and drops empty pieces', () => {
    const fake = () => [
      { value: 'a ' },
      { value: 'b ', added: true },
      { value: 'c', added: true },
      { value: '' },
      { value: ' d' },
    ]
    expect(markWords('', '', fake)).toEqual([
      { kind: 'same', text: 'a ' },
      { kind: 'added', text: 'b c' },
      { kind: 'same', text: ' d' },
    ])
  })
  it('a new text is all added', () => {
    expect(markWords('', 'Hello world', diffWords)).toEqual([{ kind: 'added', text: 'Hello world' }])
  })
})

describe('fieldChanges', () => {
  const journal = newJournal({
    owner: 'An',
    mentor: 'Bình',
    firstMonday: '2025-10-20',
    plannedWeeks: 12,
    section: 1,
    languages: ['en'],
  })
  const base = newWeek(journal, 1).content.en!
  base.tasks = [newTask('2025-10-20', 1, 'Set up the VPC')]
  base.summary = 'A quiet week.'

  it('names each place whose text changed, with the reviewed text; a new place has an empty one', () => {
    const after = structuredClone(base)
    after.summary = 'A busy week.'
    after.tasks[0]!.detail = 'Two subnets'
    after.tasks[0]!.status = 'done'
    after.tasks.push(newTask('2025-10-20', 2, 'Peering'))
    const { changed, removed } = fieldChanges(base, after)
    const taskId = base.tasks[0]!.id
    expect(changed.get('summary')).toBe('A quiet week.')
    expect(changed.get(`task:${taskId}:detail`)).toBe('')
    expect(changed.get(`task:${taskId}:facts`)).toContain('planned')
    expect(changed.get(`task:${after.tasks[1]!.id}:title`)).toBe('')
    expect(changed.has('title')).toBe(false)
    expect(changed.has(`task:${taskId}:title`)).toBe(false)
    expect(removed).toEqual([])
  })
  it('lists the text of places that are gone', () => {
    const after = structuredClone(base)
    after.tasks = []
    expect(fieldChanges(base, after).removed).toContain('Set up the VPC')
    expect(readingFields(after).has(`task:${base.tasks[0]!.id}:title`)).toBe(false)
  })
  it('the same content has no change', () => {
    expect(fieldChanges(base, structuredClone(base)).changed.size).toBe(0)
  })
})
