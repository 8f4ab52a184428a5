import type { AchievementItem, Journal, ReviewComment, Task, Week, WeekContent } from '../../domain/types'
import { useI18n } from '../../i18n/i18n'
import { useReviewT } from '../../i18n/useReviewT'
import { CommentThread } from './CommentThread'
import { itemText, taskFacts } from '../../domain/wordDiff'
import { Marked, useChangedPlaces } from './Marked'

interface Props {
  journal: Journal
  week: Week
  content: WeekContent
  comments: ReviewComment[]
}

const sectionClass = 'flex flex-col gap-2'
const headingClass = 'text-lg font-semibold'

/**
 * A week as the mentor reads it: the intern's text rendered (never a form), each task with its details,
 * each task and achievement item with its comments behind a badge that counts them.
 */
export function WeekReading({ journal, week, content, comments }: Props) {
  const rt = useReviewT()
  return (
    <div className="flex flex-col gap-5" data-week-reading>
      <section aria-labelledby="reading-objectives" className={sectionClass}>
        <h2 id="reading-objectives" className={headingClass}>
          {rt('reading.objectives')}
        </h2>
        {content.objectives.length === 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">{rt('reading.empty')}</p>
        ) : (
          <ol className="list-decimal pl-6 text-sm">
            {content.objectives.map((o) => (
              <li key={o.id}>
                <Marked place={`objective:${o.id}`} text={o.text} inline />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="reading-tasks" className={sectionClass}>
        <h2 id="reading-tasks" className={headingClass}>
          {rt('reading.tasks')}
        </h2>
        {content.tasks.length === 0 && <p className="text-sm">{rt('reading.noTasks')}</p>}
        <ul className="flex flex-col gap-2">
          {[...content.tasks]
            .sort((a, b) => a.day - b.day)
            .map((task) => (
              <TaskCard key={task.id} journal={journal} week={week} task={task} comments={comments} />
            ))}
        </ul>
      </section>
      <section aria-labelledby="reading-achievements" className={sectionClass}>
        <h2 id="reading-achievements" className={headingClass}>
          {rt('reading.achievements')}
        </h2>
        {content.achievements.intro && <Marked place="achievements" text={content.achievements.intro} />}
        {content.achievements.groups.map((group) => (
          <div key={group.id} className="flex flex-col gap-1">
            {group.title && (
              <h3 className="font-semibold">
                <Marked place={`group:${group.id}`} text={group.title} inline />
              </h3>
            )}
            <Items journal={journal} week={week} items={group.items} comments={comments} />
          </div>
        ))}
      </section>
      <section aria-labelledby="reading-summary" className={sectionClass}>
        <h2 id="reading-summary" className={headingClass}>
          {rt('reading.summary')}
        </h2>
        {content.summary ? (
          <Marked place="summary" text={content.summary} />
        ) : (
          <p className="text-sm text-slate-700 dark:text-slate-300">{rt('reading.empty')}</p>
        )}
      </section>
      {content.notes.length > 0 && (
        <section aria-labelledby="reading-notes" className={sectionClass}>
          <h2 id="reading-notes" className={headingClass}>
            {rt('reading.notes')}
          </h2>
          {content.notes.map((note) => (
            <Marked key={note.id} place={`note:${note.id}`} text={note.markdown} />
          ))}
        </section>
      )}
    </div>
  )
}

function TaskCard({
  journal,
  week,
  task,
  comments,
}: {
  journal: Journal
  week: Week
  task: Task
  comments: ReviewComment[]
}) {
  const { t, formatDate } = useI18n()
  const rt = useReviewT()
  const changed = useChangedPlaces()
  const dates = [task.startDate, task.completionDate].filter(Boolean).map(formatDate).join(' – ')
  return (
    <li
      className="flex flex-col gap-1 rounded-lg border border-slate-300 p-2 dark:border-slate-600"
      data-task-card
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          <span className="mr-1 text-xs font-normal text-slate-700 dark:text-slate-300">
            {t(`day.${task.day}`)}
          </span>
          <Marked place={`task:${task.id}:title`} text={task.title || t('task.untitled')} inline />
        </h3>
      </div>
      {task.detail && <Marked place={`task:${task.id}:detail`} text={task.detail} />}
      {changed.has(`task:${task.id}:facts`) ? (
        <Marked place={`task:${task.id}:facts`} text={taskFacts(task)} />
      ) : (
        <p className="text-xs text-slate-700 dark:text-slate-300">
          <span className="sr-only">{rt('reading.taskFacts')}: </span>
          {t(`status.${task.status}`)}
          {dates && ` · ${dates}`}
        </p>
      )}
      {task.reference && <Marked place={`task:${task.id}:reference`} text={task.reference} />}
      {task.extraCells?.map((cell) => (
        <p key={cell.header} className="text-xs">
          <span className="font-medium">{cell.header}:</span> {cell.text}
        </p>
      ))}
      <div className="flex flex-col items-start">
        <CommentThread
          journal={journal}
          week={week}
          comments={comments}
          target={{ kind: 'task', taskId: task.id }}
          about={t('review.taskAbout', { title: task.title })}
          compact
        />
      </div>
    </li>
  )
}

function Items({
  journal,
  week,
  items,
  comments,
}: {
  journal: Journal
  week: Week
  items: AchievementItem[]
  comments: ReviewComment[]
}) {
  const { t } = useI18n()
  const rt = useReviewT()
  if (items.length === 0) return null
  return (
    <ul className="flex flex-col gap-1 pl-2">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-1" data-achievement-item>
          <div className="flex items-start gap-2 text-sm">
            <span className="sr-only">
              {item.achieved ? rt('reading.itemDone') : rt('reading.itemOpen')}:{' '}
            </span>
            <div className="min-w-0 flex-1">
              <Marked place={`item:${item.id}`} text={itemText(item)} inline />
            </div>
          </div>
          <div className="flex flex-col items-start pl-6">
            <CommentThread
              journal={journal}
              week={week}
              comments={comments}
              target={{ kind: 'achievement', itemId: item.id }}
              about={t('review.itemAbout', { text: item.text })}
              compact
            />
          </div>
          {item.children.length > 0 && (
            <div className="pl-6">
              <Items journal={journal} week={week} items={item.children} comments={comments} />
            </div>
          )}
        </li>
      ))}
    </ul>
  )
}
