import type { WeekSummary } from '../../domain/types'
import { useT } from '../../i18n/i18n'

const BAR = 5
const STEP = 14
const HEIGHT = 60

/** Per week, two bars: the share of tasks done (green) and of achievements ticked (blue). */
export function ProgressChart({ summaries, weeks }: { summaries: WeekSummary[]; weeks: number }) {
  const t = useT()
  const started = summaries.filter((s) => s.tasksTotal > 0 || s.achievementsTotal > 0)
  if (started.length === 0) {
    return (
      <figure className="flex flex-col gap-1">
        <figcaption className="text-sm font-medium">{t('chart.title')}</figcaption>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('chart.empty')}</p>
      </figure>
    )
  }
  const byNumber = new Map(summaries.map((s) => [s.number, s]))
  const width = Math.max(weeks, 1) * STEP
  const described = started
    .map((s) => t('chart.weekLine', { n: s.number, done: s.tasksDone, total: s.tasksTotal }))
    .join('; ')
  const bar = (share: number) => Math.max(share * (HEIGHT - 2), share > 0 ? 1 : 0)
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-sm font-medium">
        {t('chart.title')}{' '}
        <span className="font-normal text-slate-700 dark:text-slate-300">
          (<span className="text-emerald-700 dark:text-emerald-300">■</span> {t('overview.tasks')},{' '}
          <span className="text-blue-700 dark:text-blue-300">■</span> {t('overview.achievements')})
        </span>
      </figcaption>
      <div className="overflow-x-auto rounded bg-slate-100 p-1 dark:bg-slate-800">
        <svg role="img" aria-label={t('chart.label', { weeks: described })} width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`}>
          {Array.from({ length: weeks }, (_, i) => {
            const s = byNumber.get(i + 1)
            if (!s) return null
            const tasks = bar(s.tasksTotal ? s.tasksDone / s.tasksTotal : 0)
            const items = bar(s.achievementsTotal ? s.achievementsTicked / s.achievementsTotal : 0)
            return (
              <g key={i}>
                <rect x={i * STEP + 1} y={HEIGHT - tasks} width={BAR} height={tasks} className="fill-emerald-600 dark:fill-emerald-400" />
                <rect x={i * STEP + 1 + BAR} y={HEIGHT - items} width={BAR} height={items} className="fill-blue-700 dark:fill-blue-300" />
              </g>
            )
          })}
        </svg>
      </div>
    </figure>
  )
}
