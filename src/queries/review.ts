import { SaidError } from '../domain/messages'
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { newId } from '../domain/ids'
import { awaitsDecision } from '../domain/decisions'
import { authorIn, roleIn, toggleResolved } from '../domain/review'
import type { CommentTarget, Journal, ReviewComment, Week } from '../domain/types'
import { listComments, listJournals, listWeeks, putComments } from '../storage/repository'
import { importFeedback, KeyMismatchError } from '../storage/feedback'
import { mentorSigningKey, ownKeyFingerprint } from '../storage/keys'
import { decideWeek, getSnapshot, listSeen, markSeen, snapshotWeeks } from '../storage/review'
import { importReviewPackage, SameInternQuestion } from '../storage/packageImport'
import { boardKeys, commentKeys, summaryKeys, weekKeys } from './keys'

export const reviewKeys = {
  seen: (journalId: string) => ['seen', journalId] as const,
  snapshot: (journalId: string, number: number, revision: number) =>
    ['snapshots', journalId, number, revision] as const,
  queue: ['reviewQueue'] as const,
  weeks: (journalId: string) => ['reviewWeeks', journalId] as const,
}

export const ownKeyQuery = () => queryOptions({ queryKey: ['ownKey'] as const, queryFn: ownKeyFingerprint })

export const seenQuery = (journalId: string) =>
  queryOptions({ queryKey: reviewKeys.seen(journalId), queryFn: () => listSeen(journalId) })

export const snapshotQuery = (journalId: string, number: number, revision: number) =>
  queryOptions({
    queryKey: reviewKeys.snapshot(journalId, number, revision),
    queryFn: async () => (await getSnapshot(journalId, number, revision)) ?? null,
  })

/** Full weeks of a journal, for the review dashboard (a handful of weeks per intern). */
export const reviewWeeksQuery = (journalId: string) =>
  queryOptions({
    queryKey: reviewKeys.weeks(journalId),
    queryFn: async () => (await listWeeks(journalId)).items,
  })

export interface QueueEntry {
  journal: Journal
  week: Week
}

/** Weeks waiting for a decision (submitted, resubmitted, changed after approval), across interns, oldest first. */
export async function loadReviewQueue(): Promise<QueueEntry[]> {
  const journals = (await listJournals()).items.filter((j) => j.readOnly)
  const entries: QueueEntry[] = []
  for (const journal of journals) {
    for (const week of (await listWeeks(journal.id)).items) {
      if (awaitsDecision(week)) entries.push({ journal, week })
    }
  }
  const when = (e: QueueEntry) => e.week.review.submittedAt ?? e.week.review.changedAt ?? e.week.monday
  return entries.sort((a, b) => when(a).localeCompare(when(b)))
}

/**
 * Where "& next" goes after a decision on a week: the next week of the same intern waiting for a
 * decision, else the first waiting week of the same intern, else the first of anyone's; null when none waits.
 */
export async function nextWaitingWeek(
  journalId: string,
  after: number,
): Promise<{ journalId: string; number: number } | null> {
  const queue = await loadReviewQueue()
  const sameIntern = queue.filter((e) => e.journal.id === journalId)
  const entry =
    sameIntern.find((e) => e.week.number > after) ??
    sameIntern.find((e) => e.week.number !== after) ??
    queue.find((e) => e.journal.id !== journalId)
  return entry ? { journalId: entry.journal.id, number: entry.week.number } : null
}

export const reviewQueueQuery = () => queryOptions({ queryKey: reviewKeys.queue, queryFn: loadReviewQueue })

function useInvalidateReview() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries()
}

export function useAddComment(journal: Journal) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: {
      weekNumber: number
      revision: number
      target: CommentTarget
      body: string
      replyTo?: string
    }) => {
      const comment: ReviewComment = {
        id: newId(),
        journalId: journal.id,
        weekNumber: input.weekNumber,
        author: authorIn(journal),
        role: roleIn(journal),
        target: input.target,
        revision: input.revision,
        body: input.body.trim(),
        createdAt: new Date().toISOString(),
        resolved: false,
        replyTo: input.replyTo,
      }
      await putComments([comment])
      return comment
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: boardKeys.all })
      return queryClient.invalidateQueries({ queryKey: commentKeys.list(journal.id) })
    },
  })
}

export function useResolveComment(journalId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (comment: ReviewComment) => putComments([toggleResolved(comment, new Date())]),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: boardKeys.all })
      return queryClient.invalidateQueries({ queryKey: commentKeys.list(journalId) })
    },
  })
}

/** The mentor's decision on a week of a read-only copy, bound to its content; its text is not touched. */
export function useDecide(journal: Journal) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { week: Week; status: 'approved' | 'changes-requested'; note?: string }) =>
      decideWeek(
        journal.id,
        input.week.number,
        { status: input.status, note: input.note },
        input.week.revision,
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(weekKeys.detail(saved.journalId, saved.number), saved)
      void queryClient.invalidateQueries({ queryKey: summaryKeys.all })
      void queryClient.invalidateQueries({ queryKey: reviewKeys.queue })
      void queryClient.invalidateQueries({ queryKey: reviewKeys.weeks(journal.id) })
      void queryClient.invalidateQueries({ queryKey: boardKeys.all })
      void queryClient.invalidateQueries({ queryKey: reviewKeys.seen(journal.id) })
    },
  })
}

export function useMarkSeen(journalId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (week: Week) => markSeen(week),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKeys.seen(journalId) }),
  })
}

export async function snapshotSubmitted(week: Week): Promise<void> {
  await snapshotWeeks([week], 'submitted')
}

/** Builds the intern's review package (lazily loading the file format) and keeps what left as snapshots. */
export async function buildReviewPackage(
  journal: Journal,
  numbers: number[] | 'all',
): Promise<{ fileName: string; text: string }> {
  const { writeReviewPackage, packageFileName } = await import('../codec/reviewExchange')
  const weeks = (await listWeeks(journal.id)).items.filter(
    (w) => numbers === 'all' || numbers.includes(w.number),
  )
  const wanted = new Set(weeks.map((w) => w.number))
  const comments = (await listComments(journal.id)).items.filter((c) => wanted.has(c.weekNumber))
  await snapshotWeeks(weeks, 'exported')
  return {
    fileName: packageFileName(journal.owner, 'package'),
    text: await writeReviewPackage({ journal, weeks, comments }),
  }
}

/**
 * Builds the mentor's feedback file for one intern: comments and decisions only, signed with this
 * browser's key (made at the first feedback), addressed to the intern's own journal id.
 */
export async function buildFeedback(journal: Journal): Promise<{ fileName: string; text: string }> {
  const { writeFeedback, packageFileName } = await import('../codec/reviewExchange')
  const journalId = journal.internJournalId ?? journal.id
  const weeks = (await listWeeks(journal.id)).items
  const comments = (await listComments(journal.id)).items.map((c) => ({ ...c, journalId }))
  const reviews = weeks
    .filter((w) => w.review.status === 'approved' || w.review.status === 'changes-requested')
    .map((w) => ({
      weekNumber: w.number,
      status: w.review.status,
      revision: w.review.revision ?? w.revision,
      changedAt: w.review.changedAt ?? new Date().toISOString(),
      note: w.review.note,
      contentHash: w.review.contentHash,
    }))
  const signer = await mentorSigningKey(journal.mentor || 'Mentor')
  return {
    fileName: packageFileName(journal.owner, 'feedback'),
    text: await writeFeedback(
      { journalId, owner: journal.owner, mentor: signer.name, reviews, comments },
      signer,
    ),
  }
}

/** buildFeedback, then the key's fingerprint is read again (the first feedback makes the key). */
export function useBuildFeedback() {
  const queryClient = useQueryClient()
  return async (journal: Journal) => {
    const file = await buildFeedback(journal)
    void queryClient.invalidateQueries({ queryKey: ownKeyQuery().queryKey })
    return file
  }
}

export type KeyMismatch = KeyMismatchError

export type ExchangeImportResult =
  | { kind: 'package'; report: Awaited<ReturnType<typeof importReviewPackage>> }
  | { kind: 'feedback'; report: Awaited<ReturnType<typeof importFeedback>> }
  | { kind: 'same-intern?'; candidate: Journal; text: string }
  | { kind: 'new-key?'; error: KeyMismatchError; text: string }

/**
 * Opens a review package or a feedback file, whichever it is; refuses anything else with the reason. A
 * package that may be the same intern's journal from another device comes back as a question; the
 * answer is given by calling again with `sameInternAs`.
 */
export async function importExchangeFile(
  text: string,
  sameInternAs?: string | null,
  trustNewKey?: string,
): Promise<ExchangeImportResult> {
  const codec = await import('../codec/reviewExchange')
  if (text.includes(`"${codec.FEEDBACK_FORMAT}"`)) {
    const opened = await codec.readFeedback(text)
    if (!opened.ok) throw new SaidError(opened.said)
    try {
      return {
        kind: 'feedback',
        report: await importFeedback(opened.payload, opened.signer, { trustNewKey }),
      }
    } catch (error) {
      if (error instanceof KeyMismatchError) return { kind: 'new-key?', error, text }
      throw error
    }
  }
  const opened = await codec.readReviewPackage(text)
  if (!opened.ok) throw new SaidError(opened.said)
  try {
    return { kind: 'package', report: await importReviewPackage(opened.payload, { sameInternAs }) }
  } catch (error) {
    if (error instanceof SameInternQuestion) return { kind: 'same-intern?', candidate: error.candidate, text }
    throw error
  }
}

export function useImportExchangeFile() {
  const invalidate = useInvalidateReview()
  return useMutation({
    mutationFn: (input: { text: string; sameInternAs?: string | null; trustNewKey?: string }) =>
      importExchangeFile(input.text, input.sameInternAs, input.trustNewKey),
    onSuccess: () => void invalidate(),
  })
}
