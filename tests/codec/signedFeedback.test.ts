// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { keyFingerprint, readFeedback, writeFeedback } from '../../src/codec/signedFeedback'

async function mentorKey(name = 'Bình') {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ])
  return {
    name,
    publicKey: await crypto.subtle.exportKey('jwk', pair.publicKey),
    privateKey: pair.privateKey,
  }
}

const payload = {
  journalId: 'j1',
  owner: 'An',
  mentor: 'Bình',
  reviews: [
    { weekNumber: 1, status: 'approved' as const, revision: 4, changedAt: '2025-10-25T09:00:00.000Z' },
  ],
  comments: [],
}

describe('signed feedback files', () => {
  it('opens a file signed by the key it carries, with its fingerprint', async () => {
    const key = await mentorKey()
    const opened = await readFeedback(await writeFeedback(payload, key))
    expect(opened).toMatchObject({ ok: true, payload, signer: { name: 'Bình' } })
    expect(opened.ok && opened.signer.fingerprint).toBe(keyFingerprint(key.publicKey as never))
    expect(opened.ok && opened.signer.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/)
  })

  it('refuses a payload changed by one character, or a signature of another payload', async () => {
    const key = await mentorKey()
    const text = await writeFeedback(payload, key)
    const edited = text.replace('\\"approved\\"', '\\"changes-requested\\"')
    expect(edited).not.toBe(text)
    expect(await readFeedback(edited)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/changed after it was signed/),
    })
    const other = JSON.parse(await writeFeedback({ ...payload, owner: 'Chi' }, key)) as { signature: string }
    const swapped = JSON.stringify({ ...(JSON.parse(text) as object), signature: other.signature })
    expect(await readFeedback(swapped)).toMatchObject({ ok: false })
  })

  it('refuses a file signed by a key other than the one it carries', async () => {
    const real = await mentorKey()
    const forger = await mentorKey()
    const forged = JSON.parse(await writeFeedback(payload, forger)) as Record<string, unknown>
    forged.signer = { name: 'Bình', publicKey: real.publicKey }
    expect(await readFeedback(JSON.stringify(forged))).toMatchObject({ ok: false })
  })

  it('refuses an unsigned file, and a damaged signature', async () => {
    const text = await writeFeedback(payload, await mentorKey())
    const envelope = JSON.parse(text) as Record<string, unknown>
    expect(await readFeedback(JSON.stringify({ ...envelope, signature: undefined }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not signed/),
    })
    expect(await readFeedback(JSON.stringify({ ...envelope, signature: '%%%' }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/damaged: its signer, signature or payload/),
    })
  })
})
