import type { Message } from '../../domain/messages'
import type { FileReport } from '../../domain/transferResults'
import { useT, useSay } from '../../i18n/i18n'

const where = (line: number | null) => (line === null ? '' : `line ${line}: `)

/** Per file: read, read with parts kept as notes (each listed), or refused with the reason. */
export function FileReportList({
  reports,
  unreadable,
}: {
  reports: FileReport[]
  unreadable: { path: string; message: string; said: Message }[]
}) {
  const t = useT()
  const { say } = useSay()
  return (
    <section aria-labelledby="files-heading" className="flex flex-col gap-2">
      <h2 id="files-heading" className="font-semibold">
        {t('import.files', { n: reports.length + unreadable.length })}
      </h2>
      {/* Scrolls on its own, so it takes focus: a keyboard user can scroll it too. */}
      <ul
        tabIndex={0}
        aria-labelledby="files-heading"
        className="flex max-h-80 flex-col gap-1 overflow-auto rounded border border-slate-300 p-2 text-sm dark:border-slate-600"
      >
        {unreadable.map((file) => (
          <li key={file.path} className="text-red-800 dark:text-red-300">
            ✕ {say(file.said)}
          </li>
        ))}
        {[...reports]
          .sort((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true }))
          .map((report) => (
            <li key={report.path}>
              {report.status === 'error' && report.error ? (
                <span className="text-red-800 dark:text-red-300">
                  ✕ <span className="font-mono text-xs">{report.path}</span> — {where(report.error.line)}
                  {say(report.error.said)}
                </span>
              ) : report.role !== 'week' ? (
                <span className="text-slate-700 dark:text-slate-300">
                  – <span className="font-mono text-xs">{report.path}</span> —{' '}
                  {t(report.role === 'section' ? 'import.sectionPage' : 'import.skippedFile')}
                </span>
              ) : report.warnings.length === 0 ? (
                <span>
                  ✓ <span className="font-mono text-xs">{report.path}</span> —{' '}
                  {t('import.fileOk', { n: report.weekNumber ?? '?' })}
                </span>
              ) : (
                <details>
                  <summary>
                    ⚠ <span className="font-mono text-xs">{report.path}</span> —{' '}
                    {t('import.fileWarnings', { n: report.weekNumber ?? '?', count: report.warnings.length })}
                  </summary>
                  <ul className="ml-5 list-disc text-xs">
                    {report.warnings.map((warning, i) => (
                      <li key={i}>
                        {where(warning.line)}
                        {say(warning.said)}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
      </ul>
    </section>
  )
}
