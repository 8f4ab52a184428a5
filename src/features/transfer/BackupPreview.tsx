import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router-dom'
import type { Backup } from '../../domain/transferResults'
import { useI18n, useSay } from '../../i18n/i18n'
import { journalsQuery } from '../../queries/journals'
import { useRestoreBackup } from '../../queries/transfer'
import { Button } from '../../ui/Button'
import { inputClass } from '../../ui/fields'

/** The preview of a backup: its journals, and for each one already here, replace or keep what is here. */
export function BackupPreview({ backup, onCancel }: { backup: Backup; onCancel: () => void }) {
  const { t, formatDate } = useI18n()
  const { sayError } = useSay()
  const journals = useQuery(journalsQuery())
  const here = new Set((journals.data?.items ?? []).map((j) => j.id))
  const [replace, setReplace] = useState(new Set<string>())
  const restore = useRestoreBackup()
  const conflicting = backup.journals.filter((j) => here.has(j.id))
  const skip = new Set(conflicting.filter((j) => !replace.has(j.id)).map((j) => j.id))

  if (restore.data !== undefined) {
    return (
      <div
        role="status"
        className="flex flex-col gap-1 rounded-lg border border-emerald-600 bg-emerald-50 p-3 dark:bg-emerald-950"
      >
        <p className="font-semibold">{t('backup.restored', { n: restore.data })}</p>
        <Link to="/" className="underline">
          {t('nav.journals')}
        </Link>
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-3">
      <p className="font-medium">
        {t('backup.summary', {
          date: formatDate(backup.exportedAt.slice(0, 10)),
          journals: backup.journals.length,
          weeks: backup.weeks.length,
          comments: backup.comments.length,
        })}
      </p>
      <ul className="flex flex-col gap-2 text-sm">
        {backup.journals.map((journal) => (
          <li key={journal.id} className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{journal.owner}</span>
            <span>
              {t('backup.weeks', { n: backup.weeks.filter((w) => w.journalId === journal.id).length })}
            </span>
            {here.has(journal.id) ? (
              <select
                aria-label={t('backup.choiceFor', { owner: journal.owner })}
                className={`${inputClass} w-auto`}
                value={replace.has(journal.id) ? 'replace' : 'skip'}
                onChange={(e) =>
                  setReplace((r) => {
                    const next = new Set(r)
                    if (e.target.value === 'replace') next.add(journal.id)
                    else next.delete(journal.id)
                    return next
                  })
                }
              >
                <option value="skip">{t('backup.keepHere')}</option>
                <option value="replace">{t('backup.replaceHere')}</option>
              </select>
            ) : (
              <span className="text-emerald-800 dark:text-emerald-300">{t('backup.new')}</span>
            )}
          </li>
        ))}
      </ul>
      {restore.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t('backup.failed', { reason: sayError(restore.error) })}
        </p>
      )}
      <div className="flex gap-2">
        <Button
          variant="primary"
          disabled={restore.isPending || skip.size === backup.journals.length}
          onClick={() => restore.mutate({ backup, replace, skip })}
        >
          {t('backup.restore', { n: backup.journals.length - skip.size })}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </div>
  )
}
