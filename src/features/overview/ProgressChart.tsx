import type { WeekSummary } from '../../domain/types'
import { useT } from '../../i18n/i18n'

/** Tasks done (bar) and achievements ticked (dot) per week, as shares of the week's totals. */
export function ProgressChart({ summaries, weeks }: { summaries: WeekSummary[]; weeks: number }) {
  const t = useT()
  const byNumber = new Map(summaries.map((s) => [s.number, s]))
  const width = Math.max(weeks, 1) * 12
  const height = 60
  const described = summaries
    .filter((s) => s.tasksTotal > 0)
    .map((s) => t('chart.weekLine', { n: s.number, done: s.tasksDone, total: s.tasksTotal }))
    .join('; ')
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-sm font-medium">{t('chart.title')}</figcaption>
      <svg
        role="img"
        aria-label={described ? t('chart.label', { weeks: described }) : t('chart.empty')}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        className="h-16 w-full rounded bg-slate-100 dark:bg-slate-800"
      >
        {Array.from({ length: weeks }, (_, i) => {
          const s = byNumber.get(i + 1)
          const taskShare = s && s.tasksTotal ? s.tasksDone / s.tasksTotal : 0
          const achievementShare = s && s.achievementsTotal ? s.achievementsTicked / s.achievementsTotal : 0
          return (
            <g key={i}>
              <rect x={i * 12 + 2} y={height - taskShare * (height - 4)} width={8} height={taskShare * (height - 4)} className="fill-emerald-600 dark:fill-emerald-400" />
              {s && s.achievementsTotal > 0 && (
                <circle cx={i * 12 + 6} cy={height - achievementShare * (height - 8) - 4} r={2} className="fill-blue-700 dark:fill-blue-300" />
              )}
            </g>
          )
        })}
      </svg>
    </figure>
  )
}
