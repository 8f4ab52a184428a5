import { useQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import { decisionBlock } from '../../domain/decisions'
import type { SeenMark } from '../../domain/readState'
import type { Journal, Week } from '../../domain/types'
import { useI18n, useSay } from '../../i18n/i18n'
import { useReviewT } from '../../i18n/useReviewT'
import { unseenQuery, useMarkReviewed, useMarkVisited } from '../../queries/board'
import { Button } from '../../ui/Button'
import { inputClass } from '../../ui/fields'
import { useDecideThenNext, type WeekPath } from './useDecideThenNext'
import { REVIEW_KEYS, useReviewKeys } from './useReviewKeys'

const readingPath: WeekPath = (journalId, number) => `/review/${journalId}/w/${number}`

/**
 * The mentor's decision on the week read: shown only when the week waits for one (a submitted,
 * resubmitted, or changed-after-approval week), else the reason in words; "& next" opens the next week
 * waiting. Keys: j / k previous and next week, a approve & next, r request changes & next.
 */
export function DecisionBar({ journal, week, lastWeek }: { journal: Journal; week: Week; lastWeek: number }) {
  const { t } = useI18n()
  const { sayError } = useSay()
  const noteId = useId()
  const blocked = decisionBlock(week)
  const {
    note,
    setNote,
    decide,
    decideThenNext,
    open: openWeek,
  } = useDecideThenNext(journal, week, readingPath)
  const open = (n: number) => n >= 1 && n <= lastWeek && openWeek(n)
  const can = !blocked && !decide.isPending
  useReviewKeys({
    previous: () => open(week.number - 1),
    next: () => open(week.number + 1),
    approve: can ? () => decideThenNext('approved') : undefined,
    requestChanges: can ? () => decideThenNext('changes-requested') : undefined,
  })
  return (
    <section
      aria-label={t('review.heading')}
      className="flex flex-col gap-2 rounded-lg border border-slate-300 p-3 dark:border-slate-600"
      data-decision-bar
    >
      {blocked ? (
        <p className="text-sm" data-decision-blocked={blocked}>
          {t(`review.block.${blocked}`)}
        </p>
      ) : (
        <>
          <div className="flex flex-wrap gap-2">
            <Button
              variant="primary"
              aria-keyshortcuts={REVIEW_KEYS.approve}
              disabled={decide.isPending}
              onClick={() => decideThenNext('approved')}
            >
              {t('review.approveNext')}
            </Button>
            <Button
              aria-keyshortcuts={REVIEW_KEYS.requestChanges}
              disabled={decide.isPending}
              onClick={() => decideThenNext('changes-requested')}
            >
              {t('review.requestChangesNext')}
            </Button>
          </div>
          <details className="text-sm">
            <summary>{t('review.decisionNote')}</summary>
            <label htmlFor={noteId} className="sr-only">
              {t('review.decisionNote')}
            </label>
            <textarea
              id={noteId}
              className={`${inputClass} mt-1 min-h-12 w-full`}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </details>
        </>
      )}
      {decide.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {sayError(decide.error)}
        </p>
      )}
      <p className="text-xs text-slate-700 dark:text-slate-300">{t('review.keysHint')}</p>
    </section>
  )
}

/** Where the week stands against the text the mentor last marked reviewed, and the button to mark it so. */
export function ChangeBanner({
  journal,
  week,
  mark,
  changedCount,
  removed,
}: {
  journal: Journal
  week: Week
  mark: SeenMark | undefined
  changedCount: number
  removed: string[]
}) {
  const { formatDate } = useI18n()
  const rt = useReviewT()
  const markReviewed = useMarkReviewed(journal.id)
  const reviewed = mark?.reviewed
  const changes = changedCount + removed.length
  const date = reviewed ? formatDate(reviewed.at.slice(0, 10)) : ''
  return (
    <div
      role="status"
      data-change-banner={!reviewed ? 'never' : changes > 0 ? 'changed' : 'unchanged'}
      className={`flex flex-wrap items-center justify-between gap-2 rounded-lg border p-3 text-sm ${changes > 0 ? 'border-fuchsia-700 bg-fuchsia-50 dark:bg-fuchsia-950' : 'border-slate-300 dark:border-slate-600'}`}
    >
      <div className="flex flex-col gap-1">
        <p>
          {!reviewed
            ? rt('reading.neverReviewed')
            : changes > 0
              ? rt('reading.changedSince', { date, n: changes })
              : rt('reading.unchangedSince', { date })}
        </p>
        {removed.length > 0 && (
          <div>
            <p className="font-semibold">{rt('reading.removedPlaces')}</p>
            <ul className="list-disc pl-5">
              {removed.map((text, i) => (
                <li key={i}>
                  <del className="bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-100">{text}</del>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {(!reviewed || changes > 0) && (
        <Button disabled={markReviewed.isPending} onClick={() => markReviewed.mutate(week)}>
          {rt('reading.markReviewed')}
        </Button>
      )}
    </div>
  )
}

/**
 * How many comments and decisions of the other side are new since this person last opened the week;
 * opening it counts as seeing them, but the count stays on screen for this visit.
 */
export function UnseenNotice({
  journal,
  week,
}: {
  journal: Journal
  week: Pick<Week, 'id' | 'journalId' | 'revision' | 'number'>
}) {
  const rt = useReviewT()
  const unseen = useQuery(unseenQuery(journal.id))
  const visited = useMarkVisited(journal)
  const [shown, setShown] = useState<number | null>(null)
  const done = useRef<string | null>(null)
  const { mutate } = visited
  useEffect(() => {
    if (!unseen.data || done.current === week.id) return
    done.current = week.id
    setShown(unseen.data.byWeek.get(week.number) ?? 0)
    mutate(week)
  }, [unseen.data, week, mutate])
  if (!shown) return null
  return (
    <p
      data-unseen-notice
      className="self-start rounded-full bg-blue-800 px-2 py-0.5 text-sm font-semibold text-white"
    >
      {rt('reading.newForYou', { n: shown })}
    </p>
  )
}
