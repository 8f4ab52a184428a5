export function ProgressBar({ value, label }: { value: number; label: string }) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100)
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className="h-2 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
    >
      <div className="h-full bg-emerald-600 dark:bg-emerald-400" style={{ width: `${percent}%` }} />
    </div>
  )
}
