import { describe, expect, it } from 'vitest'
import { completionBeforeStart, taskLabel } from '../../src/domain/rules'

describe('the task rule', () => {
  it('holds only when both dates are there and the completion is earlier', () => {
    expect(completionBeforeStart({ startDate: '2025-10-21', completionDate: '2025-10-20' })).toBe(true)
    expect(completionBeforeStart({ startDate: '2025-10-20', completionDate: '2025-10-20' })).toBe(false)
    expect(completionBeforeStart({ startDate: '2025-10-20', completionDate: '2025-10-21' })).toBe(false)
    expect(completionBeforeStart({ startDate: '', completionDate: '2025-10-20' })).toBe(false)
    expect(completionBeforeStart({ startDate: '2025-10-20', completionDate: '' })).toBe(false)
  })
})

describe('the label of a task', () => {
  it('is its title, or the first line of its detail without a list marker', () => {
    expect(taskLabel({ title: 'Set up', detail: 'more' })).toBe('Set up')
    expect(taskLabel({ title: '  ', detail: '  - Read the docs\n- Then more' })).toBe('Read the docs')
    expect(taskLabel({ title: '', detail: '*  Deploy' })).toBe('Deploy')
    expect(taskLabel({ title: '', detail: 'Fix - the - bug' })).toBe('Fix - the - bug')
    expect(taskLabel({ title: '', detail: '-no space' })).toBe('-no space')
    expect(taskLabel({ title: '', detail: '' })).toBe('')
  })

  it('is cut to 120 characters with an ellipsis', () => {
    expect(taskLabel({ title: '', detail: 'x'.repeat(120) })).toBe('x'.repeat(120))
    expect(taskLabel({ title: '', detail: 'x'.repeat(121) })).toBe(`${'x'.repeat(119)}…`)
  })
})
