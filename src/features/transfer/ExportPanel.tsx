import { useQuery } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { LANGS, type Journal, type Lang } from '../../domain/types'
import { useT, useSay } from '../../i18n/i18n'
import { journalsQuery } from '../../queries/journals'
import { backupFile, hugoZipOf, type DayStyle } from '../../queries/transfer'
import { Button } from '../../ui/Button'
import { downloadFile } from '../../ui/download'
import { SelectField } from '../../ui/fields'

/**
 * Export: a journal as a Hugo section zip, and everything as one backup file. `siteSave` is the
 * "Save to site" of the chosen journal with the zip's choices, composed in by the route.
 */
export function ExportPanel({
  siteSave,
}: {
  siteSave?: (journal: Journal, options: { langs: Lang[]; days: DayStyle }) => ReactNode
}) {
  const t = useT()
  const { sayError } = useSay()
  const journals = useQuery(journalsQuery())
  const items = journals.data?.items ?? []
  const [journalId, setJournalId] = useState('')
  const journal = items.find((j) => j.id === journalId) ?? items[0]
  const [langs, setLangs] = useState<Lang[]>(['en', 'vi'])
  const [days, setDays] = useState<DayStyle>('seed')
  const [result, setResult] = useState<
    | { kind: 'zip'; fileName: string; paths: string[] }
    | { kind: 'backup'; fileName: string }
    | { kind: 'error'; message: string }
    | null
  >(null)

  const exportZip = async () => {
    if (!journal) return
    try {
      const zip = await hugoZipOf(journal, langs, days)
      downloadFile(zip.fileName, zip.bytes, 'application/zip')
      setResult({ kind: 'zip', fileName: zip.fileName, paths: zip.paths })
    } catch (error) {
      setResult({ kind: 'error', message: sayError(error) })
    }
  }
  const exportBackup = async () => {
    try {
      const file = await backupFile()
      downloadFile(file.fileName, file.text)
      setResult({ kind: 'backup', fileName: file.fileName })
    } catch (error) {
      setResult({ kind: 'error', message: sayError(error) })
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="zip-heading" className="flex flex-col gap-3">
        <h2 id="zip-heading" className="text-lg font-semibold">
          {t('export.zipTitle')}
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('export.zipHint')}</p>
        {items.length === 0 ? (
          <p>{t('export.noJournal')}</p>
        ) : (
          <div className="grid gap-3 sm:grid-cols-3">
            <SelectField
              label={t('export.journal')}
              value={journal?.id}
              onChange={(e) => setJournalId(e.target.value)}
            >
              {items.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.owner}
                </option>
              ))}
            </SelectField>
            <fieldset className="flex flex-col gap-1 text-sm">
              <legend className="font-medium">{t('export.languages')}</legend>
              {LANGS.map((lang) => (
                <label key={lang} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={langs.includes(lang)}
                    onChange={(e) =>
                      setLangs((ls) => (e.target.checked ? [...ls, lang] : ls.filter((l) => l !== lang)))
                    }
                  />
                  {t(`lang.${lang}`)}
                </label>
              ))}
            </fieldset>
            <SelectField
              label={t('export.days')}
              value={days}
              onChange={(e) => setDays(e.target.value as DayStyle)}
            >
              <option value="seed">{t('export.daysSeed')}</option>
              <option value="template">{t('export.daysTemplate')}</option>
            </SelectField>
          </div>
        )}
        <Button
          variant="primary"
          className="self-start"
          disabled={!journal || langs.length === 0}
          onClick={() => void exportZip()}
        >
          {t('export.downloadZip')}
        </Button>
      </section>
      {journal && langs.length > 0 && siteSave?.(journal, { langs, days })}
      <section aria-labelledby="backup-heading" className="flex flex-col gap-3">
        <h2 id="backup-heading" className="text-lg font-semibold">
          {t('export.backupTitle')}
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('export.backupHint')}</p>
        <Button className="self-start" onClick={() => void exportBackup()}>
          {t('export.downloadBackup')}
        </Button>
      </section>
      <div role="status" aria-live="polite" className="text-sm">
        {result?.kind === 'zip' && (
          <div>
            <p>{t('export.zipDone', { file: result.fileName, n: result.paths.length })}</p>
            <ul className="ml-5 list-disc font-mono text-xs">
              {result.paths.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {result?.kind === 'backup' && <p>{t('export.backupDone', { file: result.fileName })}</p>}
        {result?.kind === 'error' && (
          <p className="text-red-700 dark:text-red-300">{t('export.failed', { reason: result.message })}</p>
        )}
      </div>
    </div>
  )
}
