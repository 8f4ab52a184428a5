import { useEffect, useState } from 'react'
import { useT } from '../../i18n/i18n'

interface Hunk {
  oldStart: number
  lines: string[]
}

const lineClass: Record<string, string> = {
  '+': 'bg-emerald-100 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100',
  '-': 'bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-100',
}

/** The lines of a page that change, with two lines of context; the diff library loads only here. */
export function PageDiff({ path, before, after }: { path: string; before: string; after: string }) {
  const t = useT()
  const [hunks, setHunks] = useState<{ for: string; hunks: Hunk[] } | null>(null)
  const key = `${before}\u0000${after}`
  useEffect(() => {
    let live = true
    void import('diff').then(({ structuredPatch }) => {
      if (live)
        setHunks({
          for: key,
          hunks: structuredPatch(path, path, before, after, '', '', { context: 2 }).hunks,
        })
    })
    return () => {
      live = false
    }
  }, [path, before, after, key])
  if (!hunks || hunks.for !== key) return <p className="text-xs">{t('site.diffLoading')}</p>
  return (
    <div
      role="group"
      tabIndex={0}
      aria-label={t('site.diffOf', { path })}
      className="max-h-80 overflow-auto rounded border border-slate-300 font-mono text-xs dark:border-slate-600"
    >
      {hunks.hunks.map((hunk) => (
        <div key={hunk.oldStart} className="border-b border-slate-200 last:border-b-0 dark:border-slate-700">
          {hunk.lines
            .filter((line) => !line.startsWith('\\'))
            .map((line, i) => (
              <div
                key={i}
                data-diff={line[0] === '+' ? 'added' : line[0] === '-' ? 'removed' : 'context'}
                className={`whitespace-pre-wrap px-2 ${lineClass[line[0]] ?? ''}`}
              >
                {line}
              </div>
            ))}
        </div>
      ))}
    </div>
  )
}
