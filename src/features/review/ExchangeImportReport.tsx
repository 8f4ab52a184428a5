import { Link } from 'react-router-dom'
import type { Journal } from '../../domain/types'
import { useI18n, useSay } from '../../i18n/i18n'
import type { ExchangeImportResult } from '../../queries/review'
import type { KeyMismatch } from '../../queries/review'
import { Button } from '../../ui/Button'

/** What an imported review package or feedback file changed, and what it was not allowed to change. */
export function ImportReport({ result }: { result: ExchangeImportResult }) {
  const { t, formatDate } = useI18n()
  if (result.kind === 'same-intern?' || result.kind === 'new-key?') return null
  if (result.kind === 'package') {
    const { journal, added, updated, commentsAdded, decisionsIgnored, commentsIgnored, linked } =
      result.report
    return (
      <div
        role="status"
        className="rounded border border-emerald-600 bg-emerald-50 p-2 text-sm dark:bg-emerald-950"
      >
        <p>
          {t('exchange.packageImported', {
            owner: journal.owner,
            added: added.length,
            updated: updated.length,
            comments: commentsAdded,
          })}
        </p>
        {updated.length > 0 && (
          <ul className="list-disc pl-5">
            {updated.map((u) => (
              <li key={u.number}>
                {t('exchange.weekUpdated', { n: u.number, date: formatDate(u.updatedAt.slice(0, 10)) })}
              </li>
            ))}
          </ul>
        )}
        {linked && <p>{t('exchange.linked')}</p>}
        {decisionsIgnored.length > 0 && (
          <p data-ignored-decisions>
            {t('exchange.decisionsIgnored', { weeks: decisionsIgnored.join(', ') })}
          </p>
        )}
        {commentsIgnored > 0 && <p>{t('exchange.commentsIgnored', { n: commentsIgnored })}</p>}
        <Link to={`/j/${journal.id}/review`} className="underline">
          {t('review.dashboardLink')}
        </Link>
      </div>
    )
  }
  const { journal, commentsAdded, statuses, missingWeeks, pinned, signer } = result.report
  return (
    <div
      role="status"
      className="rounded border border-emerald-600 bg-emerald-50 p-2 text-sm dark:bg-emerald-950"
    >
      <p>
        {t('exchange.feedbackImported', {
          owner: journal.owner,
          comments: commentsAdded,
          statuses: statuses.length,
        })}
      </p>
      <ul className="list-disc pl-5">
        {statuses.map((s) => (
          <li key={s.number}>
            <Link className="underline" to={`/j/${journal.id}/w/${s.number}`}>
              {t('overview.weekN', { n: s.number })}
            </Link>
            : {t(`review.${s.status}`)}
          </li>
        ))}
      </ul>
      <p>
        {pinned
          ? t('exchange.keyPinned', { name: signer.name, fingerprint: signer.fingerprint })
          : t('exchange.signedBy', { name: signer.name, fingerprint: signer.fingerprint })}
      </p>
      {missingWeeks.length > 0 && <p>{t('exchange.missingWeeks', { weeks: missingWeeks.join(', ') })}</p>}
    </div>
  )
}

/** A package from the journal of an intern already reviewed, from another copy of it: same intern? */
export function SameInternQuestion({
  candidate,
  answer,
}: {
  candidate: Journal
  answer: (sameInternAs: string | null) => void
}) {
  const { t, formatDate } = useI18n()
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded border border-amber-500 bg-amber-50 p-2 text-sm dark:bg-amber-950"
    >
      <p>{t('exchange.sameIntern', { owner: candidate.owner, date: formatDate(candidate.firstMonday) })}</p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="primary" onClick={() => answer(candidate.id)}>
          {t('exchange.sameInternYes')}
        </Button>
        <Button size="sm" onClick={() => answer(null)}>
          {t('exchange.sameInternNo')}
        </Button>
      </div>
    </div>
  )
}

/**
 * Feedback signed by another key than the pinned one: refused. If the mentor confirms (by voice, not in
 * the file) that they have a new key with this fingerprint, the intern may trust it instead.
 */
export function NewKeyRefusal({
  fileName,
  refusal,
  trust,
}: {
  fileName: string
  refusal: KeyMismatch
  trust: () => void
}) {
  const { t } = useI18n()
  const { sayError } = useSay()
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded border border-red-600 bg-red-50 p-2 text-sm dark:bg-red-950"
    >
      <p>
        {t('exchange.refused', { file: fileName })} {sayError(refusal)}
      </p>
      <details>
        <summary>{t('exchange.newKeySummary')}</summary>
        <p className="mt-1">
          {t('exchange.newKeyHint', {
            name: refusal.pinned.name,
            fingerprint: refusal.offered.fingerprint,
          })}
        </p>
        <Button size="sm" className="mt-1" onClick={trust}>
          {t('exchange.trustNewKey', { fingerprint: refusal.offered.fingerprint })}
        </Button>
      </details>
    </div>
  )
}
