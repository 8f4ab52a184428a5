import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router-dom'
import { weekId } from '../../domain/ids'
import type { Lang, Week } from '../../domain/types'
import { CommentThread } from '../../features/review/CommentThread'
import { OpenThreads, TaskCommentBadge } from '../../features/review/OpenThreads'
import { UnseenNotice } from '../../features/review/ReviewActions'
import { WeekReviewPanel } from '../../features/review/WeekReviewPanel'
import { WeekView, type WeekReviewSlots } from '../../features/week/WeekView'
import { useT, useSay } from '../../i18n/i18n'
import { journalQuery } from '../../queries/journals'
import { rememberWeekScreen, weekScreen } from '../../queries/screenSnapshot'
import { commentsQuery, conflictQuery, draftQuery, weekQuery } from '../../queries/weeks'
import { useFocusAtMatch } from '../focusMatch'
import { NotFoundRoute } from './NotFoundRoute'

// The markdown codec loads only when the preview is first opened.
const WeekMarkdownPanel = lazy(() => import('../../features/transfer/WeekMarkdownPanel'))

export function WeekRoute() {
  const { journalId = '', weekNumber = '' } = useParams()
  const number = Number(weekNumber)
  const valid = Number.isInteger(number) && number >= 1 && number <= 5000
  const t = useT()
  const { sayError } = useSay()
  const navigate = useNavigate()
  const [search, setSearch] = useSearchParams()
  // The week as it was last shown paints at once, view-only and inert, until the live reads replace it.
  // The snapshot is read only when the live data is not there yet.
  const shown = () => {
    const screen = weekScreen(journalId)
    return screen?.week?.number === number ? { journal: screen.journal, week: screen.week } : undefined
  }
  const journal = useQuery({ ...journalQuery(journalId), placeholderData: () => shown()?.journal })
  const week = useQuery({
    ...weekQuery(journalId, number),
    enabled: valid,
    placeholderData: () => shown()?.week,
  })
  const conflict = useQuery({
    ...conflictQuery(weekId(journalId, number)),
    enabled: valid,
    placeholderData: () => (shown() ? null : undefined),
  })
  const draft = useQuery({
    ...draftQuery(weekId(journalId, number)),
    enabled: valid,
    placeholderData: () => (shown() ? null : undefined),
  })
  const comments = useQuery(commentsQuery(journalId))
  // The first week this screen shows paints whole; a switch to another week paints its visible part first.
  const firstShown = useRef(`${journalId}:${number}`)
  const switched = firstShown.current !== `${journalId}:${number}`
  const j = journal.data
  const snapshot =
    journal.isPlaceholderData ||
    week.isPlaceholderData ||
    conflict.isPlaceholderData ||
    draft.isPlaceholderData
  const loaded = !(journal.isPending || week.isPending || conflict.isPending || draft.isPending) && !snapshot
  const liveJournal = snapshot ? undefined : j
  const liveWeek = snapshot ? undefined : week.data
  useEffect(() => {
    if (liveJournal && liveWeek) rememberWeekScreen(liveJournal, liveWeek)
  }, [liveJournal, liveWeek])
  useFocusAtMatch(valid && loaded && Boolean(j))
  const commentList = comments.data
  const preview = useCallback(
    (week: Week, lang: Lang) =>
      j ? (
        <Suspense fallback={<p>{t('common.loading')}</p>}>
          <WeekMarkdownPanel journal={j} week={week} lang={lang} />
        </Suspense>
      ) : null,
    [j, t],
  )
  const review = useMemo<WeekReviewSlots | undefined>(() => {
    if (!j) return undefined
    const list = commentList ?? []
    return {
      panel: ({ week, submit, stored }) => (
        <WeekReviewPanel journal={j} week={week} comments={list} onSubmit={submit} stored={stored} />
      ),
      forTask: (task, week) => (
        <CommentThread
          journal={j}
          week={week}
          comments={list}
          target={{ kind: 'task', taskId: task.id }}
          about={t('review.taskAbout', { title: task.title })}
          compact
        />
      ),
      forItem: (item, week) => (
        <CommentThread
          journal={j}
          week={week}
          comments={list}
          target={{ kind: 'achievement', itemId: item.id }}
          about={t('review.itemAbout', { text: item.text })}
          compact
        />
      ),
      taskBadge: (task, week) => <TaskCommentBadge task={task} week={week} comments={list} />,
      top: (week) => (
        <>
          <UnseenNotice journal={j} week={week} />
          <OpenThreads week={week} comments={list} />
        </>
      ),
    }
  }, [j, commentList, t])

  if (!valid) return <NotFoundRoute message={t('notFound.week')} />
  if (journal.isPending || week.isPending || conflict.isPending || draft.isPending)
    return <p>{t('common.loading')}</p>
  const error = journal.error ?? week.error ?? conflict.error
  if (error) return <p role="alert">{t('storage.readFailed', { reason: sayError(error) })}</p>
  if (!j) return <NotFoundRoute message={t('notFound.journal')} />

  const stored = week.data
  const requested = search.get('lang')
  const lang: Lang =
    requested === 'en' || requested === 'vi'
      ? requested
      : stored
        ? (j.languages.find((l) => stored.content[l]) ?? (stored.content.en ? 'en' : 'vi'))
        : (j.languages[0] ?? 'en')

  return (
    <WeekView
      key={`${journalId}:${number}${snapshot ? ':snapshot' : ''}`}
      snapshot={snapshot}
      deferRest={switched}
      journal={j}
      number={number}
      stored={stored ?? null}
      conflict={conflict.data ?? null}
      draft={draft.data ?? null}
      lang={lang}
      onLangChange={(l) => setSearch({ lang: l }, { replace: true })}
      onOpenWeek={(n) => navigate(`/j/${journalId}/w/${n}`)}
      review={review}
      preview={preview}
    />
  )
}
