import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { Link } from 'react-router-dom'
import { useI18n, useSay } from '../../i18n/i18n'
import type { Journal } from '../../domain/types'
import { journalsQuery } from '../../queries/journals'
import { summariesQuery } from '../../queries/weeks'
import {
  buildReviewPackage,
  ownKeyQuery,
  reviewQueueQuery,
  useBuildFeedback,
  useImportExchangeFile,
} from '../../queries/review'
import { Button } from '../../ui/Button'
import { ImportReport, NewKeyRefusal, SameInternQuestion } from './ExchangeImportReport'
import { changedAfterApproval } from '../../domain/decisions'
import { downloadFile } from '../../ui/download'

/** The review exchange with no server: open packages and feedback, send them, and the mentor's queue. */
export function ReviewExchange() {
  const { t } = useI18n()
  const journals = useQuery(journalsQuery())
  const own = journals.data?.items.filter((j) => !j.readOnly) ?? []
  const reviewed = journals.data?.items.filter((j) => j.readOnly) ?? []
  const feedbackFor = useBuildFeedback()
  return (
    <div className="flex flex-col gap-6">
      <ImportExchangeFile />
      <ReviewQueue />
      <section aria-labelledby="send-heading" className="flex flex-col gap-3">
        <h2 id="send-heading" className="text-lg font-semibold">
          {t('exchange.send')}
        </h2>
        {own.length + reviewed.length === 0 && <p>{t('exchange.nothingToSend')}</p>}
        {reviewed.length > 0 && <OwnKey />}
        <ul className="flex flex-col gap-2">
          {own.map((journal) => (
            <OwnJournalPackage key={journal.id} journal={journal} />
          ))}
          {reviewed.map((journal) => (
            <li key={journal.id} className="flex flex-wrap items-center gap-2">
              <Link to={`/j/${journal.id}/review`} className="underline">
                {t('exchange.reviewedJournal', { owner: journal.owner })}
              </Link>
              <ExportButton
                label={t('exchange.exportFeedback', { owner: journal.owner })}
                build={() => feedbackFor(journal)}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}

/** The intern's package: every week by default, or the weeks picked. */
function OwnJournalPackage({ journal }: { journal: Journal }) {
  const { t } = useI18n()
  const summaries = useQuery(summariesQuery(journal.id))
  const numbers = (summaries.data?.items ?? []).map((s) => s.number)
  const [left, setLeft] = useState(() => new Set<number>())
  const chosen = numbers.filter((n) => !left.has(n))
  return (
    <li className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <span>{t('exchange.ownJournal', { owner: journal.owner })}</span>
        <ExportButton
          label={t('exchange.exportPackage', { owner: journal.owner })}
          disabled={chosen.length === 0}
          build={() => buildReviewPackage(journal, left.size === 0 ? 'all' : chosen)}
        />
      </div>
      {numbers.length > 0 && (
        <details className="text-sm">
          <summary>{t('exchange.chooseWeeks', { n: chosen.length, total: numbers.length })}</summary>
          <fieldset className="mt-1 flex flex-wrap gap-3">
            <legend className="sr-only">{t('exchange.weeksToSend')}</legend>
            {numbers.map((n) => (
              <label key={n} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={!left.has(n)}
                  onChange={(e) =>
                    setLeft((current) => {
                      const next = new Set(current)
                      if (e.target.checked) next.delete(n)
                      else next.add(n)
                      return next
                    })
                  }
                />
                {t('overview.weekN', { n })}
              </label>
            ))}
          </fieldset>
        </details>
      )}
    </li>
  )
}

function ExportButton({
  label,
  build,
  disabled = false,
}: {
  label: string
  build: () => Promise<{ fileName: string; text: string }>
  disabled?: boolean
}) {
  const { t } = useI18n()
  const { sayError } = useSay()
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'done'; fileName: string } | { kind: 'error'; message: string }
  >({ kind: 'idle' })
  return (
    <span className="flex items-center gap-2">
      <Button
        size="sm"
        disabled={disabled}
        onClick={async () => {
          try {
            const file = await build()
            downloadFile(file.fileName, file.text)
            setState({ kind: 'done', fileName: file.fileName })
          } catch (error) {
            setState({ kind: 'error', message: sayError(error) })
          }
        }}
      >
        {label}
      </Button>
      <span role="status" className="text-xs">
        {state.kind === 'done' && t('exchange.downloaded', { file: state.fileName })}
        {state.kind === 'error' && <span className="text-red-700 dark:text-red-300">{state.message}</span>}
      </span>
    </span>
  )
}

/** The fingerprint of the key that signs this mentor's feedback, for interns to check it by voice. */
function OwnKey() {
  const { t } = useI18n()
  const key = useQuery(ownKeyQuery())
  if (!key.data) return null
  return (
    <p className="text-sm" data-own-key>
      {t('exchange.ownKey', { fingerprint: key.data })}
    </p>
  )
}

function ImportExchangeFile() {
  const { t } = useI18n()
  const { sayError } = useSay()
  const id = useId()
  const importFile = useImportExchangeFile()
  const [fileName, setFileName] = useState('')
  return (
    <section aria-labelledby="open-heading" className="flex flex-col gap-2">
      <h2 id="open-heading" className="text-lg font-semibold">
        {t('exchange.open')}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('exchange.openHint')}</p>
      <label htmlFor={id} className="text-sm font-medium">
        {t('exchange.chooseFile')}
      </label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        className="text-sm file:mr-3 file:cursor-pointer file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-900 hover:file:bg-slate-100 dark:file:border-slate-500 dark:file:bg-slate-800 dark:file:text-slate-100 dark:hover:file:bg-slate-700"
        onChange={async (e) => {
          const file = e.target.files?.[0]
          if (!file) return
          setFileName(file.name)
          importFile.reset()
          importFile.mutate({ text: await file.text() })
          e.target.value = ''
        }}
      />
      {importFile.isError && (
        <p role="alert" className="rounded border border-red-600 bg-red-50 p-2 text-sm dark:bg-red-950">
          {t('exchange.refused', { file: fileName })} {sayError(importFile.error)}
        </p>
      )}
      {importFile.data?.kind === 'same-intern?' && (
        <SameInternQuestion
          candidate={importFile.data.candidate}
          answer={(sameInternAs) => {
            if (importFile.data?.kind === 'same-intern?')
              importFile.mutate({ text: importFile.data.text, sameInternAs })
          }}
        />
      )}
      {importFile.data?.kind === 'new-key?' && (
        <NewKeyRefusal
          fileName={fileName}
          refusal={importFile.data.error}
          trust={() => {
            if (importFile.data?.kind === 'new-key?')
              importFile.mutate({
                text: importFile.data.text,
                trustNewKey: importFile.data.error.offered.fingerprint,
              })
          }}
        />
      )}
      {importFile.data && <ImportReport result={importFile.data} />}
    </section>
  )
}

function ReviewQueue() {
  const { t, formatDate } = useI18n()
  const queue = useQuery(reviewQueueQuery())
  if (!queue.data || queue.data.length === 0) {
    return (
      <section aria-labelledby="queue-heading" className="flex flex-col gap-2">
        <h2 id="queue-heading" className="text-lg font-semibold">
          {t('queue.heading')}
        </h2>
        <p className="text-sm">{t('queue.empty')}</p>
      </section>
    )
  }
  return (
    <section aria-labelledby="queue-heading" className="flex flex-col gap-2">
      <h2 id="queue-heading" className="text-lg font-semibold">
        {t('queue.heading')}
      </h2>
      <ol className="flex flex-col gap-1">
        {queue.data.map(({ journal, week }) => (
          <li key={week.id}>
            <Link to={`/j/${journal.id}/w/${week.number}`} className="underline">
              {t('queue.entry', { owner: journal.owner, n: week.number })}
            </Link>{' '}
            {changedAfterApproval(week) && (
              <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs dark:bg-amber-900">
                {t('review.changedAfterApproval')}
              </span>
            )}{' '}
            <span className="text-xs text-slate-700 dark:text-slate-300">
              {t('queue.submitted', {
                date: formatDate((week.review.submittedAt ?? week.review.changedAt ?? '').slice(0, 10)),
              })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
