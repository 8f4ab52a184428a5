import { useState } from 'react'
import { pagesToWrite, type ConflictChoice, type SiteSavePlan } from '../../domain/siteSave'
import { useT } from '../../i18n/i18n'
import { Button } from '../../ui/Button'
import { ConflictView } from './ConflictView'
import { PageDiff } from './PageDiff'

interface Props {
  label: string
  plan: SiteSavePlan
  busy: boolean
  onWrite: (choices: Map<string, ConflictChoice>) => void
  onCancel: () => void
}

const badge = {
  create: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  change: 'bg-blue-100 text-blue-900 dark:bg-blue-900 dark:text-blue-100',
  conflict: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
}

/** The pages "Save to site" would create or change, each with its diff; conflicts wait for the user's choice. */
export function SaveReview({ label, plan, busy, onWrite, onCancel }: Props) {
  const t = useT()
  const [choices, setChoices] = useState(new Map<string, ConflictChoice>())
  const count = (kind: string) => plan.changes.filter((c) => c.kind === kind).length
  const toWrite = pagesToWrite(plan, choices).length
  if (plan.changes.length === 0)
    return <p role="status">{t('site.nothingToDo', { n: plan.unchanged.length })}</p>
  return (
    <div className="flex flex-col gap-3">
      <p role="status">
        {t('site.planned', {
          create: count('create'),
          change: count('change'),
          conflict: count('conflict'),
          same: plan.unchanged.length,
        })}
      </p>
      <ul aria-label={t('site.folder', { folder: label })} className="flex flex-col gap-3">
        {plan.changes.map((change) => (
          <li key={change.path} data-change={change.kind} className="flex flex-col gap-1">
            <p className="flex items-center gap-2 text-sm">
              <span className={`rounded px-1.5 text-xs font-medium ${badge[change.kind]}`}>
                {t(`site.${change.kind}`)}
              </span>
              <span className="font-mono">{change.path}</span>
            </p>
            {change.kind === 'create' && <PageDiff path={change.path} before="" after={change.app} />}
            {change.kind === 'change' && (
              <PageDiff path={change.path} before={change.disk} after={change.app} />
            )}
            {change.kind === 'conflict' && (
              <ConflictView
                conflict={change}
                choice={choices.get(change.path) ?? 'keep-disk'}
                onChoice={(choice) => setChoices((c) => new Map(c).set(change.path, choice))}
              />
            )}
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <Button variant="primary" disabled={busy} onClick={() => onWrite(choices)}>
          {busy ? t('site.writing') : t('site.write', { n: toWrite })}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  )
}
