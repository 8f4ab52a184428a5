import { describe, expect, it } from 'vitest'
import { canonicalJson, keyFingerprint, sameKey, sha256Hex } from '../../src/domain/contentHash'

describe('canonical JSON', () => {
  it('sorts keys by code point at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined }, B: null })).toBe(
      '{"B":null,"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    )
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
  })

  it('writes undefined in an array as null, and plain values as JSON', () => {
    expect(canonicalJson([1, undefined, 'x'])).toBe('[1,null,"x"]')
    expect(canonicalJson(undefined)).toBe('null')
    expect(canonicalJson('a"b')).toBe('"a\\"b"')
    expect(canonicalJson([])).toBe('[]')
    expect(canonicalJson({})).toBe('{}')
  })
})

describe('a public key', () => {
  const key = { kty: 'EC', crv: 'P-256', x: 'abc', y: 'def' }

  it('has a fingerprint of four groups of four upper-case hex digits from its SHA-256', () => {
    const hex = sha256Hex('P-256:abc:def').toUpperCase()
    expect(keyFingerprint(key)).toBe(
      `${hex.slice(0, 4)} ${hex.slice(4, 8)} ${hex.slice(8, 12)} ${hex.slice(12, 16)}`,
    )
    expect(keyFingerprint(key)).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/)
    expect(keyFingerprint({ x: 'abc' })).toBe(
      sha256Hex(':abc:')
        .slice(0, 16)
        .toUpperCase()
        .replace(/(.{4})(?!$)/g, '$1 '),
    )
    expect(keyFingerprint({ ...key, y: 'deg' })).not.toBe(keyFingerprint(key))
  })

  it('is the same key only when type, curve and point all match', () => {
    expect(sameKey(key, { ...key, d: 'private', ext: true } as JsonWebKey)).toBe(true)
    for (const field of ['kty', 'crv', 'x', 'y'] as const)
      expect(sameKey(key, { ...key, [field]: 'other' }), field).toBe(false)
  })
})
