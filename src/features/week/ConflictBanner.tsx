import { useState } from 'react'
import type { Week } from '../../domain/types'
import { useI18n } from '../../i18n/i18n'
import { Button } from '../../ui/Button'

/** Both versions are kept until the user picks one; nothing is overwritten silently. */
export function ConflictBanner({
  mine,
  theirs,
  onResolve,
}: {
  mine: Week
  theirs: Week
  onResolve: (choice: 'mine' | 'theirs') => Promise<void>
}) {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  const [showing, setShowing] = useState(false)
  const choose = async (choice: 'mine' | 'theirs') => {
    setBusy(true)
    try {
      await onResolve(choice)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-lg border-2 border-red-600 bg-red-50 p-3 text-sm dark:bg-red-950"
    >
      <h2 className="font-semibold">{t('conflict.title')}</h2>
      <p>{t('conflict.body', { revision: theirs.revision })}</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" disabled={busy} onClick={() => void choose('mine')}>
          {t('conflict.keepMine')}
        </Button>
        <Button disabled={busy} onClick={() => void choose('theirs')}>
          {t('conflict.keepTheirs')}
        </Button>
        <Button variant="ghost" aria-expanded={showing} onClick={() => setShowing((s) => !s)}>
          {t('conflict.compare')}
        </Button>
      </div>
      {showing && (
        <div className="grid gap-2 md:grid-cols-2">
          {[
            { label: t('conflict.mine'), week: mine },
            { label: t('conflict.theirs'), week: theirs },
          ].map(({ label, week }) => (
            <div key={label}>
              <h3 className="font-semibold">{label}</h3>
              <pre className="max-h-64 overflow-auto whitespace-pre-wrap rounded bg-white p-2 text-xs dark:bg-slate-900">
                {describe(week)}
              </pre>
            </div>
          ))}
        </div>
      )}
    </div>
  )
}

/** A plain-text digest of a week, enough to tell two versions apart. */
function describe(week: Week): string {
  return Object.entries(week.content)
    .map(([lang, content]) =>
      [
        `[${lang}] ${content.title}`,
        ...content.objectives.map((o) => `• ${o.text}`),
        ...content.tasks.map((task) => `${task.day}. ${task.title} — ${task.detail} (${task.status})`),
        content.summary,
      ].join('\n'),
    )
    .join('\n\n')
}
