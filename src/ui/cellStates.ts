import type { CellState } from '../domain/board'

/**
 * How a board cell shows its state: a symbol and a colour, always beside its words (never colour alone).
 * Text and background pairs keep a contrast of at least 4.5:1 in both themes.
 */
export const cellLook: Record<CellState, { icon: string; tone: string }> = {
  missing: { icon: '✕', tone: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100' },
  overdue: { icon: '⚠', tone: 'bg-orange-100 text-orange-950 dark:bg-orange-950 dark:text-orange-100' },
  upcoming: { icon: '…', tone: 'bg-white text-slate-700 dark:bg-slate-900 dark:text-slate-300' },
  draft: { icon: '✎', tone: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100' },
  submitted: { icon: '➜', tone: 'bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-100' },
  resubmitted: { icon: '↻', tone: 'bg-indigo-100 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100' },
  'changes-requested': {
    icon: '↩',
    tone: 'bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100',
  },
  approved: { icon: '✓', tone: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100' },
  'changed-after-approval': {
    icon: 'Δ',
    tone: 'bg-fuchsia-100 text-fuchsia-900 dark:bg-fuchsia-950 dark:text-fuchsia-100',
  },
  unplanned: { icon: '–', tone: 'bg-white text-slate-600 dark:bg-slate-900 dark:text-slate-400' },
}
