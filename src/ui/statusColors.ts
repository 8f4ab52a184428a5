import type { ReviewStatus, TaskStatus } from '../domain/types'

export const statusDot: Record<TaskStatus, string> = {
  planned: 'bg-slate-400',
  'in-progress': 'bg-amber-500',
  done: 'bg-emerald-600',
}

export const reviewTone: Record<ReviewStatus, string> = {
  draft: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
  submitted: 'bg-blue-100 text-blue-900 dark:bg-blue-900 dark:text-blue-100',
  'changes-requested': 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  approved: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
}
