import { describe, expect, it } from 'vitest'
import { pagesToWrite, planSiteSave } from '../../src/domain/siteSave'

const app = [
  { path: '_index.md', text: 'section\n' },
  { path: '1.1-Week1/_index.md', text: 'week 1 edited\n' },
  { path: '1.2-Week2/_index.md', text: 'week 2\n' },
]

describe('planSiteSave', () => {
  it('creates what is new, changes what was read and is still on disk as read, and skips what is equal', () => {
    const read = { '_index.md': 'section\n', '1.1-Week1/_index.md': 'week 1\n' }
    const disk = new Map([
      ['_index.md', 'section\n'],
      ['1.1-Week1/_index.md', 'week 1\n'],
      ['1.2-Week2/_index.md', null],
    ])
    const plan = planSiteSave(app, read, disk)
    expect(plan.unchanged).toEqual([{ path: '_index.md', text: 'section\n' }])
    expect(plan.changes).toEqual([
      { kind: 'change', path: '1.1-Week1/_index.md', app: 'week 1 edited\n', disk: 'week 1\n' },
      { kind: 'create', path: '1.2-Week2/_index.md', app: 'week 2\n' },
    ])
    expect(pagesToWrite(plan, new Map()).map((c) => c.path)).toEqual([
      '1.1-Week1/_index.md',
      '1.2-Week2/_index.md',
    ])
  })

  it('makes a conflict of a page changed on disk, a page never read, and a page deleted since it was read', () => {
    const read = { '_index.md': 'section as read\n', '1.2-Week2/_index.md': 'week 2 as read\n' }
    const disk = new Map<string, string | null>([
      ['_index.md', 'section changed by hand\n'],
      ['1.1-Week1/_index.md', 'week 1 made outside the app\n'],
      ['1.2-Week2/_index.md', null],
    ])
    const plan = planSiteSave(app, read, disk)
    expect(plan.changes).toEqual([
      {
        kind: 'conflict',
        path: '_index.md',
        app: 'section\n',
        disk: 'section changed by hand\n',
        read: 'section as read\n',
      },
      {
        kind: 'conflict',
        path: '1.1-Week1/_index.md',
        app: 'week 1 edited\n',
        disk: 'week 1 made outside the app\n',
        read: null,
      },
      {
        kind: 'conflict',
        path: '1.2-Week2/_index.md',
        app: 'week 2\n',
        disk: null,
        read: 'week 2 as read\n',
      },
    ])
    // A conflict is written only when the user gives it to the app.
    expect(pagesToWrite(plan, new Map())).toEqual([])
    expect(
      pagesToWrite(
        plan,
        new Map([
          ['_index.md', 'write-app'],
          ['1.1-Week1/_index.md', 'keep-disk'],
        ]),
      ).map((c) => c.path),
    ).toEqual(['_index.md'])
  })
})
