import { startTransition, useCallback, useEffect, useState, type ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { addDaysIso } from '../../domain/dates'
import { withReview } from '../../domain/review'
import {
  LANGS,
  type AchievementItem,
  type Journal,
  type Lang,
  type Task,
  type Week,
} from '../../domain/types'
import { snapshotSubmitted } from '../../queries/review'
import { useI18n, useSay } from '../../i18n/i18n'
import type { ConflictRecord } from '../../domain/types'
import type { PendingEdit } from '../../persistence/pendingEdits'
import { Button } from '../../ui/Button'
import { TextField } from '../../ui/fields'
import { AchievementsEditor } from './AchievementsEditor'
import { CarryOverDialog } from './CarryOverDialog'
import { ConflictBanner } from './ConflictBanner'
import { NotesEditor } from './NotesEditor'
import { ObjectivesEditor } from './ObjectivesEditor'
import { PublishDateField } from './PublishDateField'
import { SaveStatusView } from './SaveStatusView'
import { SummaryEditor } from './SummaryEditor'
import { TaskCalendar } from './TaskCalendar'
import { FrontMatterOverrides } from './FrontMatterOverrides'
import { HistoryButtons } from './HistoryButtons'
import { MissingVersion } from './MissingVersion'
import { WeekNavigation } from './WeekNavigation'
import { useTaskActions } from './useTaskActions'
import { useEditHistory } from './useEditHistory'
import { useNeighbourWeeks } from './useNeighbourWeeks'
import { UndoToast, useUndo } from './useUndo'
import { useWeekEditor } from './useWeekEditor'

interface Props {
  journal: Journal
  number: number
  stored: Week | null
  conflict: ConflictRecord | null
  /** An unsaved edit a closed or killed tab left in IndexedDB. */
  draft?: PendingEdit | null
  lang: Lang
  onLangChange: (lang: Lang) => void
  onOpenWeek: (number: number) => void
  /** The review thread and controls, composed in by the route: the week feature knows nothing of reviews. */
  review?: WeekReviewSlots
  /** The live markdown of the week, shown beside the editor on request. */
  preview?: (week: Week, lang: Lang) => ReactNode
  /** The week as last shown (a screen snapshot), painted before the live read: view-only and inert. */
  snapshot?: boolean
  /** Opened by a switch from another week: paint the part on screen first, the rest right after. */
  deferRest?: boolean
}

export interface WeekReviewSlots {
  panel: (context: { week: Week; submit: () => Promise<void>; stored: boolean }) => ReactNode
  forTask?: (task: Task, week: Week) => ReactNode
  forItem?: (item: AchievementItem, week: Week) => ReactNode
  /** On a task's card: its comments at a glance. */
  taskBadge?: (task: Task, week: Week) => ReactNode
  /** Above the week's content: the open threads. */
  top?: (week: Week) => ReactNode
}

/** The week page: calendar of tasks, objectives, achievements and summary, saved as the user types. */
export function WeekView({
  journal,
  number,
  stored,
  conflict,
  draft = null,
  lang,
  onLangChange,
  onOpenWeek,
  review,
  preview,
  snapshot = false,
  deferRest = false,
}: Props) {
  const { t, formatDate } = useI18n()
  const { say } = useSay()
  const editor = useWeekEditor(journal, number, stored, conflict, draft, snapshot)
  const { week, status, readOnly, updateWeek } = editor
  const history = useEditHistory(updateWeek)
  const { updateContent } = history
  const undo = useUndo()
  const { offerUndo: offer } = undo
  const { undoableDeletion } = history
  const offerUndo = useCallback(
    (message: string, restore: () => void) => offer(message, undoableDeletion(restore)),
    [offer, undoableDeletion],
  )
  const taskActions = useTaskActions(lang, week.monday, updateContent, offerUndo)
  const [carrying, setCarrying] = useState(false)
  const [showPreview, setShowPreview] = useState(false)
  const content = week.content[lang]
  const otherLang = LANGS.find((l) => l !== lang && week.content[l])
  const { flush } = editor
  const submit = useCallback(async () => {
    updateWeek((w) => withReview(w, 'submitted', new Date()))
    const saved = await flush()
    await snapshotSubmitted(saved)
  }, [updateWeek, flush])
  const forTask = review?.forTask
  const forItem = review?.forItem
  useNeighbourWeeks(journal.id, number)
  // The review parts (comment threads, badges) are about the week as saved: they follow each save, not
  // each keystroke, so that typing re-renders the field typed in and not every section with a thread.
  const [opened] = useState(week)
  const settled = stored ?? opened
  const taskExtras = useCallback((task: Task) => forTask?.(task, settled), [forTask, settled])
  const itemExtras = useCallback((item: AchievementItem) => forItem?.(item, settled), [forItem, settled])
  const taskBadge = review?.taskBadge
  const taskBadges = useCallback((task: Task) => taskBadge?.(task, settled), [taskBadge, settled])
  // On a switch from another week, the visible part (header, objectives, task grid) is painted first and
  // the rest (achievements and below) in the next render, at low priority.
  const [restShown, showRest] = useState(!deferRest)
  useEffect(() => {
    if (!restShown) startTransition(() => showRest(true))
  }, [restShown])

  return (
    <div
      className="flex flex-col gap-5"
      inert={snapshot}
      data-snapshot={snapshot ? '' : undefined}
      onKeyDown={(e) => {
        // Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) take the session's history back and forth, typing included.
        if (readOnly || !(e.ctrlKey || e.metaKey) || e.altKey) return
        const key = e.key.toLowerCase()
        if (key === 'z' && !e.shiftKey) history.undo()
        else if ((key === 'z' && e.shiftKey) || key === 'y') history.redo()
        else return
        e.preventDefault()
      }}
    >
      <header className="flex flex-col gap-3">
        <nav aria-label={t('nav.breadcrumb')} className="text-sm">
          <Link to="/" className="underline">
            {t('nav.journals')}
          </Link>
          {' › '}
          <Link to={`/j/${journal.id}`} className="underline">
            {journal.owner}
          </Link>
        </nav>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold">{t('week.heading', { n: number })}</h1>
            <p className="text-slate-700 dark:text-slate-300">
              {formatDate(week.monday)} – {formatDate(addDaysIso(week.monday, 4))}
            </p>
          </div>
          <SaveStatusView status={status} />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <WeekNavigation
            journalId={journal.id}
            number={number}
            lang={lang}
            present={LANGS.filter((l) => week.content[l])}
            onLangChange={onLangChange}
          />
          {!readOnly && (
            <HistoryButtons
              canUndo={history.canUndo}
              canRedo={history.canRedo}
              onUndo={history.undo}
              onRedo={history.redo}
            />
          )}
          {preview && (
            <Button aria-pressed={showPreview} onClick={() => setShowPreview((v) => !v)}>
              {t('week.markdown')}
            </Button>
          )}
          {!readOnly && content && (
            <Button onClick={() => setCarrying(true)}>{t('carry.open', { n: number + 1 })}</Button>
          )}
        </div>
      </header>

      {status.kind === 'conflict' && (
        <ConflictBanner mine={week} theirs={status.theirs} onResolve={editor.resolveConflict} />
      )}
      {status.kind === 'retrying' && (
        <p role="alert" className="rounded-md border border-red-600 bg-red-50 p-2 text-sm dark:bg-red-950">
          {status.reason === 'quota'
            ? t('save.quotaDetail')
            : t('save.retryDetail', { reason: status.said ? say(status.said) : status.message })}
        </p>
      )}
      {readOnly && (
        <p className="rounded-md bg-slate-100 p-2 text-sm dark:bg-slate-800">{t('week.readOnly')}</p>
      )}

      {review?.top?.(settled)}

      <div className={showPreview && preview ? 'grid gap-6 lg:grid-cols-2' : ''}>
        <div className="flex min-w-0 flex-col gap-6">
          {content ? (
            <div className="flex flex-col gap-6">
              <TextField
                label={t('week.pageTitle')}
                data-field="week-title"
                value={content.title}
                readOnly={readOnly}
                onChange={(e) => updateContent(lang, (c) => ({ ...c, title: e.target.value }), 'title')}
              />
              <PublishDateField publishDate={week.publishDate} readOnly={readOnly} updateWeek={updateWeek} />
              <ObjectivesEditor
                objectives={content.objectives}
                lang={lang}
                readOnly={readOnly}
                updateContent={updateContent}
                offerUndo={offerUndo}
              />
              <TaskCalendar
                tasks={content.tasks}
                monday={week.monday}
                readOnly={readOnly}
                actions={taskActions}
                extras={forTask ? taskExtras : undefined}
                badge={taskBadge ? taskBadges : undefined}
              />
              {restShown && (
                <>
                  <AchievementsEditor
                    achievements={content.achievements}
                    lang={lang}
                    readOnly={readOnly}
                    updateContent={updateContent}
                    offerUndo={offerUndo}
                    extras={forItem ? itemExtras : undefined}
                  />
                  <SummaryEditor
                    summary={content.summary}
                    lang={lang}
                    readOnly={readOnly}
                    updateContent={updateContent}
                  />
                  <NotesEditor
                    notes={content.notes}
                    lang={lang}
                    readOnly={readOnly}
                    updateContent={updateContent}
                  />
                </>
              )}
            </div>
          ) : (
            <MissingVersion lang={lang} otherLang={otherLang} readOnly={readOnly} updateWeek={updateWeek} />
          )}

          {restShown && (
            <FrontMatterOverrides
              week={week}
              section={journal.section}
              readOnly={readOnly}
              updateWeek={updateWeek}
            />
          )}
          {restShown && review?.panel({ week: settled, submit, stored: status.kind === 'saved' })}
        </div>
        {showPreview && preview && (
          <aside className="min-w-0 self-start lg:sticky lg:top-4">{preview(week, lang)}</aside>
        )}
      </div>

      {carrying && content && (
        <CarryOverDialog
          open
          journal={journal}
          number={number}
          lang={lang}
          content={content}
          versions={week.content}
          onClose={() => setCarrying(false)}
          onDone={async (next) => {
            setCarrying(false)
            await editor.flush()
            onOpenWeek(next)
          }}
        />
      )}
      <UndoToast offer={undo.offer} onUndo={undo.run} onDismiss={undo.dismiss} />
    </div>
  )
}
