import type { WeekSummary } from '../../domain/types'
import { useT } from '../../i18n/i18n'

const BAR = 5
const STEP = 14
const HEIGHT = 60

/** The bars of one series as a single SVG path: week n's bar stands at x = (n - 1) * STEP + offset. */
function bars(summaries: WeekSummary[], share: (s: WeekSummary) => number, offset: number): string {
  let d = ''
  for (const s of summaries) {
    const value = share(s)
    const height = Math.max(value * (HEIGHT - 2), value > 0 ? 1 : 0)
    if (height > 0) d += `M${(s.number - 1) * STEP + offset} ${HEIGHT}v${-height}h${BAR}v${height}z`
  }
  return d
}

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
  const width = Math.max(weeks, 1) * STEP
  const done = started.reduce((n, s) => n + s.tasksDone, 0)
  const total = started.reduce((n, s) => n + s.tasksTotal, 0)
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
        <svg
          role="img"
          aria-label={t('chart.label', { weeks: started.length, done, total })}
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
        >
          {/* One path per series: a ten-year journal is two elements, not a thousand. */}
          <path
            d={bars(summaries, (s) => (s.tasksTotal ? s.tasksDone / s.tasksTotal : 0), 1)}
            className="fill-emerald-600 dark:fill-emerald-400"
          />
          <path
            d={bars(
              summaries,
              (s) => (s.achievementsTotal ? s.achievementsTicked / s.achievementsTotal : 0),
              1 + BAR,
            )}
            className="fill-blue-700 dark:fill-blue-300"
          />
        </svg>
      </div>
    </figure>
  )
}
