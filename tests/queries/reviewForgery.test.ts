import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import { changedAfterApproval } from '../../src/domain/decisions'
import { sha256Hex } from '../../src/domain/contentHash'
import { newJournal, newTask, newWeek } from '../../src/domain/factories'
import { withReview } from '../../src/domain/review'
import type { Journal } from '../../src/domain/types'
import {
  buildFeedback,
  buildReviewPackage,
  importExchangeFile,
  loadReviewQueue,
} from '../../src/queries/review'
import { closeDb } from '../../src/storage/db'
import { mentorSigningKey, pinnedKey } from '../../src/storage/keys'
import {
  getWeek,
  listComments,
  listJournals,
  putComments,
  putJournal,
  saveWeek,
} from '../../src/storage/repository'
import { decideWeek } from '../../src/storage/review'

/** Each person's browser is its own IndexedDB, swapped in and out; files are carried as text. */
const browsers = { an: new IDBFactory(), chi: new IDBFactory(), mentor: new IDBFactory() }
async function as<T>(who: keyof typeof browsers, run: () => Promise<T>): Promise<T> {
  await closeDb()
  globalThis.indexedDB = browsers[who]
  return run()
}

beforeEach(() => {
  browsers.an = new IDBFactory()
  browsers.chi = new IDBFactory()
  browsers.mentor = new IDBFactory()
})

async function anSubmitsWeek1(): Promise<Journal> {
  const journal = await putJournal(
    newJournal({
      owner: 'An',
      mentor: 'Bình',
      firstMonday: '2025-10-20',
      plannedWeeks: 12,
      section: 1,
      languages: ['en'],
    }),
  )
  const week = newWeek(journal, 1)
  week.content.en!.tasks.push(newTask(week.monday, 1, 'Set up the VPC'))
  const saved = await saveWeek(week, 0)
  await saveWeek(withReview(saved, 'submitted', new Date()), saved.revision)
  return journal
}

const packageOf = (journal: Journal) => buildReviewPackage(journal, 'all').then((f) => f.text)
const feedbackOf = async (journalId: string) => {
  const journal = (await listJournals()).items.find((j) => j.id === journalId)!
  return (await buildFeedback(journal)).text
}

/** One honest round: An submits, the mentor asks for changes, An imports the feedback (pinning the key). */
async function firstRound(): Promise<{ journal: Journal; pkg: string }> {
  const journal = await as('an', anSubmitsWeek1)
  const pkg = await as('an', () => packageOf(journal))
  const feedback = await as('mentor', async () => {
    await importExchangeFile(pkg)
    const week = (await getWeek(journal.id, 1))!
    await decideWeek(journal.id, 1, { status: 'changes-requested', note: 'Add the lab link' }, week.revision)
    return feedbackOf(journal.id)
  })
  const result = await as('an', () => importExchangeFile(feedback))
  expect(result).toMatchObject({ kind: 'feedback', report: { pinned: true } })
  return { journal, pkg }
}

describe('feedback files that cannot be forged', () => {
  it('refuses the feedback of another intern who opened the package and clicked Approve', async () => {
    const { journal, pkg } = await firstRound()
    // Chi opens An's package as if a mentor, approves, and exports feedback in the mentor's name.
    const forged = await as('chi', async () => {
      await importExchangeFile(pkg)
      await decideWeek(journal.id, 1, { status: 'approved' }, (await getWeek(journal.id, 1))!.revision)
      return feedbackOf(journal.id)
    })
    expect(forged).toContain('"name": "Bình"')
    await as('an', async () => {
      const before = await getWeek(journal.id, 1)
      const refused = await importExchangeFile(forged)
      expect(refused).toMatchObject({ kind: 'new-key?' })
      expect(refused.kind === 'new-key?' && refused.error.message).toMatch(
        /signed by another key than the one of Bình \(fingerprint [0-9A-F ]{19}\)/,
      )
      expect(await getWeek(journal.id, 1)).toEqual(before)
      expect(before!.review.status).toBe('changes-requested')
      // Trusting it needs its exact fingerprint, which the real mentor would not read out.
      await expect(importExchangeFile(forged, undefined, '0000 0000 0000 0000')).resolves.toMatchObject({
        kind: 'new-key?',
      })
      expect(await getWeek(journal.id, 1)).toEqual(before)
    })
  })

  it('trusts a new mentor key only when the intern confirms its fingerprint', async () => {
    const { journal } = await firstRound()
    // The mentor's browser profile is lost: a new key signs the next feedback.
    const pkg = await as('an', () => packageOf(journal))
    browsers.mentor = new IDBFactory()
    const renewed = await as('mentor', async () => {
      await importExchangeFile(pkg)
      await putComments([
        {
          id: 'after-reset',
          journalId: journal.id,
          weekNumber: 1,
          author: 'Bình',
          role: 'mentor',
          target: { kind: 'week' },
          revision: 1,
          body: 'New laptop, same mentor.',
          createdAt: new Date().toISOString(),
          resolved: false,
        },
      ])
      return feedbackOf(journal.id)
    })
    await as('an', async () => {
      const refused = await importExchangeFile(renewed)
      if (refused.kind !== 'new-key?') throw new Error(`expected a refusal, got ${refused.kind}`)
      const { offered } = refused.error
      const pinnedBefore = (await pinnedKey(journal.id))!.fingerprint
      expect(offered.fingerprint).not.toBe(pinnedBefore)
      expect(await importExchangeFile(renewed, undefined, offered.fingerprint)).toMatchObject({
        kind: 'feedback',
        report: { pinned: true, commentsAdded: 1 },
      })
      expect((await pinnedKey(journal.id))!.fingerprint).toBe(offered.fingerprint)
    })
  })

  it('refuses a feedback file whose decision was edited, and an unsigned one', async () => {
    const { journal } = await firstRound()
    const genuine = await as('mentor', () => feedbackOf(journal.id))
    const edited = genuine.replace('changes-requested', 'approved')
    expect(edited).not.toBe(genuine)
    await as('an', async () => {
      await expect(importExchangeFile(edited)).rejects.toThrow(/changed after it was signed/)
      const envelope = JSON.parse(genuine) as Record<string, unknown>
      const unsigned = JSON.stringify({
        ...envelope,
        schemaVersion: 1,
        signature: undefined,
        signer: undefined,
      })
      await expect(importExchangeFile(unsigned)).rejects.toThrow(/not signed/)
      expect((await getWeek(journal.id, 1))!.review.status).toBe('changes-requested')
      // The genuine file still goes in, signed by the pinned key.
      expect(await importExchangeFile(genuine)).toMatchObject({ kind: 'feedback', report: { pinned: false } })
    })
  })

  it("keeps the mentor's private key in IndexedDB as a non-extractable CryptoKey, made once", async () => {
    await as('mentor', async () => {
      const first = await mentorSigningKey('Bình')
      const again = await mentorSigningKey('Bình')
      expect(again.publicKey).toEqual(first.publicKey)
      expect(again.privateKey).toBeInstanceOf(CryptoKey)
      expect(again.privateKey.extractable).toBe(false)
      await expect(crypto.subtle.exportKey('jwk', again.privateKey)).rejects.toThrow()
    })
  })
})

describe("a package never changes the mentor's decisions", () => {
  it('ignores an approval written into a package with its checksum recomputed', async () => {
    const { journal, pkg } = await firstRound()
    const envelope = JSON.parse(pkg) as { checksum: string; payload: { weeks: { review: object }[] } }
    envelope.payload.weeks[0].review = {
      status: 'approved',
      changedAt: new Date(Date.now() + 60_000).toISOString(),
    }
    envelope.checksum = sha256Hex(JSON.stringify(envelope.payload))
    await as('mentor', async () => {
      const result = await importExchangeFile(JSON.stringify(envelope))
      expect(result).toMatchObject({ kind: 'package', report: { decisionsIgnored: [1] } })
      expect((await getWeek(journal.id, 1))!.review).toMatchObject({
        status: 'changes-requested',
        note: 'Add the lab link',
      })
    })
  })

  it("ignores comments in the mentor's name that the mentor did not write", async () => {
    const journal = await as('an', anSubmitsWeek1)
    const pkg = await as('an', async () => {
      await putComments([
        {
          id: 'fake',
          journalId: journal.id,
          weekNumber: 1,
          author: 'Bình',
          role: 'mentor',
          target: { kind: 'week' },
          revision: 1,
          body: 'Approved, well done',
          createdAt: new Date().toISOString(),
          resolved: false,
        },
      ])
      return packageOf(journal)
    })
    await as('mentor', async () => {
      expect(await importExchangeFile(pkg)).toMatchObject({
        report: { commentsIgnored: 1, commentsAdded: 0 },
      })
      expect((await listComments(journal.id)).items).toEqual([])
    })
  })
})

describe('decisions bound to content', () => {
  it('shows "changed after approval" on both sides and puts the week back in the queue', async () => {
    const journal = await as('an', anSubmitsWeek1)
    const pkg = await as('an', () => packageOf(journal))
    const feedback = await as('mentor', async () => {
      await importExchangeFile(pkg)
      await decideWeek(journal.id, 1, { status: 'approved' }, (await getWeek(journal.id, 1))!.revision)
      expect(await loadReviewQueue()).toEqual([])
      return feedbackOf(journal.id)
    })
    const edited = await as('an', async () => {
      await importExchangeFile(feedback)
      const week = (await getWeek(journal.id, 1))!
      expect(week.review.status).toBe('approved')
      expect(changedAfterApproval(week)).toBe(false)
      const next = structuredClone(week)
      next.content.en!.summary = 'Rewritten after the approval.'
      const saved = await saveWeek(next, week.revision)
      expect(changedAfterApproval(saved)).toBe(true)
      return packageOf(journal)
    })
    await as('mentor', async () => {
      await importExchangeFile(edited)
      const week = (await getWeek(journal.id, 1))!
      expect(week.review.status).toBe('approved')
      expect(changedAfterApproval(week)).toBe(true)
      expect((await loadReviewQueue()).map((e) => e.week.number)).toEqual([1])
      // It can be decided again, on the new content.
      const again = await decideWeek(journal.id, 1, { status: 'approved' }, week.revision)
      expect(changedAfterApproval(again)).toBe(false)
    })
  })

  it('refuses a decision on a week that was not submitted, or is approved and unchanged', async () => {
    const journal = await as('an', async () => {
      const j = await anSubmitsWeek1()
      await saveWeek(newWeek(j, 2), 0)
      return j
    })
    const pkg = await as('an', () => packageOf(journal))
    await as('mentor', async () => {
      await importExchangeFile(pkg)
      const week2 = (await getWeek(journal.id, 2))!
      await expect(decideWeek(journal.id, 2, { status: 'approved' }, week2.revision)).rejects.toThrow(
        /has not been submitted/,
      )
      expect((await getWeek(journal.id, 2))!.review.status).toBe('draft')
      const week1 = (await getWeek(journal.id, 1))!
      await decideWeek(journal.id, 1, { status: 'approved' }, week1.revision)
      await expect(
        decideWeek(journal.id, 1, { status: 'changes-requested' }, week1.revision),
      ).rejects.toThrow(/already approved/)
    })
  })

  it("carries the mentor's reopen of a thread the intern resolved back to the intern", async () => {
    const { journal } = await firstRound()
    const commentId = 'thread'
    const base = {
      id: commentId,
      journalId: journal.id,
      weekNumber: 1,
      author: 'Bình',
      role: 'mentor' as const,
      target: { kind: 'week' as const },
      revision: 1,
      body: 'Which subnet?',
      createdAt: new Date(Date.now() - 3_600_000).toISOString(),
      resolved: false,
    }
    const fb = await as('mentor', async () => {
      await putComments([base])
      return feedbackOf(journal.id)
    })
    const resolvedPkg = await as('an', async () => {
      await importExchangeFile(fb)
      const [c] = (await listComments(journal.id)).items
      await putComments([
        { ...c, resolved: true, stateChangedAt: new Date(Date.now() - 60_000).toISOString() },
      ])
      return packageOf(journal)
    })
    const reopened = await as('mentor', async () => {
      await importExchangeFile(resolvedPkg)
      const [c] = (await listComments(journal.id)).items
      expect(c.resolved).toBe(true)
      await putComments([{ ...c, resolved: false, stateChangedAt: new Date().toISOString() }])
      return feedbackOf(journal.id)
    })
    await as('an', async () => {
      await importExchangeFile(reopened)
      expect((await listComments(journal.id)).items.find((c) => c.id === commentId)?.resolved).toBe(false)
    })
  })
})

describe('the same intern on a new device', () => {
  it('is asked about, then taken as the same journal, and feedback reaches the new device', async () => {
    const { journal } = await firstRound()
    // An starts again on a new laptop: a new journal (new id), same name and first Monday.
    browsers.an = new IDBFactory()
    const fresh = await as('an', anSubmitsWeek1)
    expect(fresh.id).not.toBe(journal.id)
    const pkg = await as('an', () => packageOf(fresh))
    const feedback = await as('mentor', async () => {
      const question = await importExchangeFile(pkg)
      expect(question).toMatchObject({ kind: 'same-intern?', candidate: { id: journal.id } })
      expect(await importExchangeFile(pkg, journal.id)).toMatchObject({ report: { linked: true } })
      expect((await listJournals()).items.map((j) => j.id)).toEqual([journal.id])
      const week = (await getWeek(journal.id, 1))!
      await decideWeek(journal.id, 1, { status: 'approved' }, week.revision)
      // A later package of the new device needs no question.
      return feedbackOf(journal.id)
    })
    await as('an', async () => {
      expect(await importExchangeFile(feedback)).toMatchObject({ kind: 'feedback' })
      expect((await getWeek(fresh.id, 1))!.review.status).toBe('approved')
      expect(await pinnedKey(fresh.id)).toBeDefined()
    })
    await as('mentor', async () => {
      expect(await importExchangeFile(pkg)).toMatchObject({ kind: 'package', report: { linked: false } })
      expect((await listJournals()).items).toHaveLength(1)
    })
  })

  it('keeps a different intern of the same name apart when the mentor says so', async () => {
    await firstRound()
    browsers.an = new IDBFactory()
    const other = await as('an', anSubmitsWeek1)
    const pkg = await as('an', () => packageOf(other))
    await as('mentor', async () => {
      await importExchangeFile(pkg, null)
      expect((await listJournals()).items).toHaveLength(2)
    })
  })
})
