import { useQuery } from '@tanstack/react-query'
import { useEffect, useId, useState } from 'react'
import { decisionBlock } from '../../domain/decisions'
import type { Journal, Week } from '../../domain/types'
import { useI18n, useSay } from '../../i18n/i18n'
import { seenQuery, useMarkSeen } from '../../queries/review'
import { Button } from '../../ui/Button'
import { inputClass } from '../../ui/fields'
import { ChangesSince } from './CommentThread'
import { useDecideThenNext, type WeekPath } from './useDecideThenNext'
import { REVIEW_KEYS, useReviewKeys } from './useReviewKeys'

const weekPath: WeekPath = (journalId, number) => `/j/${journalId}/w/${number}`

/**
 * The mentor's side of a week's review: what changed since they last looked, the decision (possible only
 * on a week that waits for one, and saying why not otherwise), and "& next" to go on to the next week
 * waiting, with keys j / k (previous / next week), a (approve & next), r (request changes & next).
 */
export function MentorDecision({ journal, week }: { journal: Journal; week: Week }) {
  const { t } = useI18n()
  const { sayError } = useSay()
  const noteId = useId()
  const reasonId = useId()
  const blocked = decisionBlock(week)
  const { note, setNote, decide, decideThenNext, open: openWeek } = useDecideThenNext(journal, week, weekPath)
  const open = (n: number) => n >= 1 && openWeek(n)
  useReviewKeys({
    previous: () => open(week.number - 1),
    next: () => open(week.number + 1),
    approve: blocked || decide.isPending ? undefined : () => decideThenNext('approved'),
    requestChanges: blocked || decide.isPending ? undefined : () => decideThenNext('changes-requested'),
  })
  const seen = useQuery(seenQuery(journal.id))
  const markSeen = useMarkSeen(journal.id)
  // The revision last looked at, decided once per visit; opening the week counts as looking at it.
  const [shownSince, setShownSince] = useState<number | null | undefined>(undefined)
  const { mutate: mark } = markSeen
  useEffect(() => {
    if (seen.isPending || shownSince !== undefined) return
    const lastSeen = seen.data?.find((m) => m.id === week.id)?.revision
    setShownSince(lastSeen !== undefined && lastSeen < week.revision ? lastSeen : null)
    if (lastSeen !== week.revision) mark(week)
  }, [seen.isPending, seen.data, shownSince, week, mark])

  return (
    <div className="flex flex-col gap-2">
      {typeof shownSince === 'number' && (
        <div
          role="status"
          className="rounded border border-blue-400 bg-blue-50 p-2 text-sm dark:bg-slate-800"
        >
          <p className="font-semibold">{t('review.changedSince')}</p>
          <ChangesSince week={week} revision={shownSince} />
        </div>
      )}
      <label htmlFor={noteId} className="text-sm font-medium">
        {t('review.decisionNote')}
      </label>
      <textarea
        id={noteId}
        className={`${inputClass} min-h-12`}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {decide.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {sayError(decide.error)}
        </p>
      )}
      {blocked && (
        <p id={reasonId} className="text-sm text-slate-700 dark:text-slate-300">
          {t(`review.block.${blocked}`)}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="primary"
          disabled={decide.isPending || blocked !== null}
          aria-describedby={blocked ? reasonId : undefined}
          aria-keyshortcuts={REVIEW_KEYS.approve}
          onClick={() => decideThenNext('approved')}
        >
          {t('review.approveNext')}
        </Button>
        <Button
          disabled={decide.isPending || blocked !== null}
          aria-describedby={blocked ? reasonId : undefined}
          aria-keyshortcuts={REVIEW_KEYS.requestChanges}
          onClick={() => decideThenNext('changes-requested')}
        >
          {t('review.requestChangesNext')}
        </Button>
        <Button
          variant="ghost"
          disabled={decide.isPending || blocked !== null}
          aria-describedby={blocked ? reasonId : undefined}
          onClick={() => decide.mutate({ week, status: 'approved', note }, { onSuccess: () => setNote('') })}
        >
          {t('review.approve')}
        </Button>
        <Button
          variant="ghost"
          disabled={decide.isPending || blocked !== null}
          aria-describedby={blocked ? reasonId : undefined}
          onClick={() =>
            decide.mutate({ week, status: 'changes-requested', note }, { onSuccess: () => setNote('') })
          }
        >
          {t('review.requestChanges')}
        </Button>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t('review.keysHint')}</p>
    </div>
  )
}
