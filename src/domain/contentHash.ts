import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { Week } from './types'

/**
 * The fingerprint of a week's content, which a mentor's decision records: SHA-256 over a canonical JSON
 * of both language versions (keys sorted, absent fields left out), so the same content gives the same
 * hash in the intern's and the mentor's browser whatever order the fields were stored in. Synchronous
 * (a small audited library, not WebCrypto) so that it can be checked inside a storage transaction and
 * while drawing a list.
 */
export function weekContentHash(week: Pick<Week, 'content'>): string {
  return sha256Hex(canonicalJson({ en: week.content.en, vi: week.content.vi }))
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}

/** JSON with object keys in code-point order and `undefined` members dropped, as JSON.stringify drops them. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

/** Four groups of four hex digits of a public key's SHA-256: short enough to read out over the phone. */
export function keyFingerprint(key: { crv?: string; x?: string; y?: string }): string {
  const hex = sha256Hex(`${key.crv ?? ''}:${key.x ?? ''}:${key.y ?? ''}`)
  return (hex.slice(0, 16).match(/.{4}/g) ?? []).join(' ').toUpperCase()
}

/** The same public key (the EC point), whatever else its JWK carries. */
export function sameKey(a: JsonWebKey, b: JsonWebKey): boolean {
  return a.kty === b.kty && a.crv === b.crv && a.x === b.x && a.y === b.y
}
