import type { TaskStatus } from '../domain/types'

export const statusDot: Record<TaskStatus, string> = {
  planned: 'bg-slate-400',
  'in-progress': 'bg-amber-500',
  done: 'bg-emerald-600',
}
