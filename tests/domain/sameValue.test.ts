import { describe, expect, it } from 'vitest'
import { sameValue } from '../../src/domain/sameValue'

describe('sameValue', () => {
  it('ignores key order and undefined keys, and sees every real difference', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true)
    expect(sameValue({ a: 1, note: undefined }, { a: 1 })).toBe(true)
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false)
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
    expect(sameValue({ a: 1 }, { a: 1, b: null })).toBe(false)
    expect(sameValue([], {})).toBe(false)
  })
})
