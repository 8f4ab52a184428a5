// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { newJournal, newWeek } from '../../src/domain/factories'
import {
  packageFileName,
  readFeedback,
  readReviewPackage,
  writeFeedback,
  writeReviewPackage,
} from '../../src/codec/reviewExchange'

const journal = newJournal({
  owner: 'Nguyễn Văn Đạt',
  mentor: 'Bình',
  firstMonday: '2025-10-20',
  plannedWeeks: 12,
  section: 1,
  languages: ['en'],
})
const payload = { journal, weeks: [newWeek(journal, 1)], comments: [] }

describe('review package and feedback files', () => {
  it('round-trips a package', async () => {
    const text = await writeReviewPackage(payload)
    const opened = await readReviewPackage(text)
    expect(opened).toMatchObject({ ok: true, payload })
  })

  it('refuses a tampered package', async () => {
    const text = (await writeReviewPackage(payload)).replace('WEEK 1 WORKLOG', 'WEEK 1 WORKLOG (edited)')
    expect(await readReviewPackage(text)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/changed after it was exported/),
    })
  })

  it('refuses a truncated package', async () => {
    const text = await writeReviewPackage(payload)
    expect(await readReviewPackage(text.slice(0, text.length / 2))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/cut short/),
    })
  })

  it('refuses a package from a newer version of the app', async () => {
    const text = (await writeReviewPackage(payload)).replace('"schemaVersion": 1', '"schemaVersion": 2')
    expect(await readReviewPackage(text)).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /newer version of Worklog Tracker \(review package version 2; this version reads up to 1\)/,
      ),
    })
  })

  it('refuses a feedback file offered as a package, and a foreign file', async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'sign',
      'verify',
    ])
    const signer = {
      name: 'Bình',
      publicKey: await crypto.subtle.exportKey('jwk', pair.publicKey),
      privateKey: pair.privateKey,
    }
    const feedback = await writeFeedback(
      { journalId: journal.id, owner: journal.owner, mentor: 'Bình', reviews: [], comments: [] },
      signer,
    )
    expect(await readReviewPackage(feedback)).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /not a Worklog Tracker review package \(its format is “worklog-tracker-review-feedback”\)/,
      ),
    })
    expect(await readFeedback('{"hello": "world"}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a Worklog Tracker feedback file/),
    })
    expect((await readFeedback(feedback)).ok).toBe(true)
  })

  it('names files after the intern, without accents', () => {
    expect(packageFileName(journal.owner, 'package')).toBe('nguyen-van-dat.worklog.json')
    expect(packageFileName('', 'feedback')).toBe('worklog.feedback.json')
  })
})
