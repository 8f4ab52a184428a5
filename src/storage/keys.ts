import { said, SaidError } from '../domain/messages'
import { keyFingerprint } from '../domain/contentHash'
import { db, type KeyRecord } from './db'

/**
 * The mentor's signing key pair for feedback files, made once per browser (ECDSA P-256). The private key
 * is made non-extractable: it is stored as a CryptoKey, usable to sign here and never readable, so no
 * export, backup or script can carry it to another browser.
 */
export interface SigningKey {
  name: string
  publicKey: JsonWebKey
  privateKey: CryptoKey
}

const OWN_MENTOR_KEY = 'own:mentor'

export async function mentorSigningKey(name: string): Promise<SigningKey> {
  const database = await db()
  const stored = await database.get('keys', OWN_MENTOR_KEY)
  if (stored?.privateKey) return { name, publicKey: stored.publicKey, privateKey: stored.privateKey }
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ])
  const publicKey = await crypto.subtle.exportKey('jwk', pair.publicKey)
  const record: KeyRecord = {
    id: OWN_MENTOR_KEY,
    publicKey,
    privateKey: pair.privateKey,
    name,
    at: new Date().toISOString(),
    fingerprint: keyFingerprint(publicKey),
  }
  try {
    await database.add('keys', record)
  } catch {
    // Another tab made the key pair meanwhile: use that one, so there is only ever one.
    const other = await database.get('keys', OWN_MENTOR_KEY)
    if (other?.privateKey) return { name, publicKey: other.publicKey, privateKey: other.privateKey }
    throw new SaidError(said('msg.signingKeyNotStored'))
  }
  return { name, publicKey, privateKey: pair.privateKey }
}

export function pinId(journalId: string): string {
  return `pin:${journalId}`
}

/** The mentor key pinned for a journal at its first feedback, if any. */
export async function pinnedKey(journalId: string): Promise<KeyRecord | undefined> {
  return (await db()).get('keys', pinId(journalId))
}

/** The fingerprint of this browser's signing key, for the mentor to read out to interns; null before the first feedback. */
export async function ownKeyFingerprint(): Promise<string | null> {
  const stored = await (await db()).get('keys', OWN_MENTOR_KEY)
  return stored ? keyFingerprint(stored.publicKey) : null
}
