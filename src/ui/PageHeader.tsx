import type { ReactNode } from 'react'

/** A screen's title and the sentence that says what it is for. */
export function PageHeader({ title, intro }: { title: ReactNode; intro: ReactNode }) {
  return (
    <div>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-slate-700 dark:text-slate-300">{intro}</p>
    </div>
  )
}
