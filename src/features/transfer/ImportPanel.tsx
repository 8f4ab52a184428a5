import { englishText, said } from '../../domain/messages'
import { useState } from 'react'
import { useT, useSay } from '../../i18n/i18n'
import { analyseImport, type ImportOutcome, type SourceFile } from '../../queries/transfer'
import { BackupPreview } from './BackupPreview'
import { FilePickers } from './FilePickers'
import { PagesPreview } from './PagesPreview'

/** A failure of reading the picked files, said as a message code. */
function refusedRead(error: unknown): ImportOutcome {
  const reason = error instanceof Error ? error.message : String(error)
  const message = said('msg.filesUnreadable', { reason })
  return { kind: 'refused', message: englishText(message), said: message }
}

/** Import: pick, preview, confirm. Nothing is written before the confirmation, and then in one transaction. */
export function ImportPanel() {
  const t = useT()
  const { say } = useSay()
  const [analysis, setAnalysis] = useState<ImportOutcome | null>(null)
  const [busy, setBusy] = useState(false)
  const [picked, setPicked] = useState(0)

  const pick = async (files: SourceFile[]) => {
    setBusy(true)
    setAnalysis(null)
    setPicked((n) => n + 1)
    try {
      setAnalysis(await analyseImport(files))
    } catch (error) {
      setAnalysis(refusedRead(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-5">
      <FilePickers onPick={(files) => void pick(files)} />
      <div role="status" aria-live="polite">
        {busy && <p>{t('import.reading')}</p>}
      </div>
      {analysis?.kind === 'refused' && (
        <p role="alert" className="rounded border border-red-600 bg-red-50 p-2 text-sm dark:bg-red-950">
          {t('import.refused')} {say(analysis.said)}
        </p>
      )}
      {analysis?.kind === 'timedOut' && (
        <p role="alert" className="rounded border border-red-600 bg-red-50 p-2 text-sm dark:bg-red-950">
          {t('import.refused')} {t('import.timedOut', { seconds: analysis.seconds })}
        </p>
      )}
      {analysis?.kind === 'pages' && (
        <PagesPreview
          key={picked}
          imported={analysis.imported}
          unreadable={analysis.unreadable}
          onCancel={() => setAnalysis(null)}
        />
      )}
      {analysis?.kind === 'backup' && (
        <BackupPreview key={picked} backup={analysis.backup} onCancel={() => setAnalysis(null)} />
      )}
    </div>
  )
}
