import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Link } from 'react-router-dom'
import { useT } from '../../i18n/i18n'
import { journalsQuery } from '../../queries/journals'
import { linksQuery, serverJournals, useShareJournal, type Membership } from '../../queries/sync'
import { Button } from '../../ui/Button'

/** One membership: who this browser is in the cohort, and (for an intern) which journals it shares. */
export function SharePanel({ membership }: { membership: Membership }) {
  const t = useT()
  const { identity } = membership
  return (
    <section
      aria-labelledby={`membership-${identity.personId}`}
      className="flex flex-col gap-3 rounded-lg border border-slate-300 p-4 dark:border-slate-600"
    >
      <h2 id={`membership-${identity.personId}`} className="text-lg font-semibold">
        {t('join.joined', { name: identity.name, cohort: identity.cohortName })}
      </h2>
      {identity.role === 'mentor' ? (
        <p>
          {t('join.mentorNext')}{' '}
          <Link to="/review" className="underline">
            {t('nav.review')}
          </Link>
        </p>
      ) : (
        <InternJournals membership={membership} />
      )}
    </section>
  )
}

function InternJournals({ membership }: { membership: Membership }) {
  const t = useT()
  const journals = useQuery(journalsQuery()).data?.items.filter((j) => !j.readOnly) ?? []
  const links = useQuery(linksQuery()).data ?? []
  const share = useShareJournal()
  const [onServer, setOnServer] = useState<string[] | null>(null)
  useEffect(() => {
    let live = true
    void serverJournals(membership).then((ids) => live && setOnServer(ids))
    return () => {
      live = false
    }
  }, [membership])
  const shared = new Set(links.filter((l) => l.membershipId === membership.id).map((l) => l.remoteId))
  const local = new Set(journals.map((j) => j.id))
  const fromOtherDevices = (onServer ?? []).filter((id) => !local.has(id) && !shared.has(id))
  return (
    <div className="flex flex-col gap-2">
      <p>{t('join.pickJournal')}</p>
      {journals.length === 0 && (
        <p>
          {t('join.noJournal')}{' '}
          <Link to="/" className="underline">
            {t('nav.journals')}
          </Link>
        </p>
      )}
      <ul className="flex flex-col gap-2">
        {journals.map((journal) => {
          const isShared = links.some((l) => l.id === journal.id && l.membershipId === membership.id)
          return (
            <li key={journal.id} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{journal.owner}</span>
              <span className="text-sm text-slate-700 dark:text-slate-300">{journal.firstMonday}</span>
              {isShared ? (
                <span className="text-sm font-semibold text-green-800 dark:text-green-300">
                  {t('join.shared')}
                </span>
              ) : (
                <Button
                  disabled={share.isPending}
                  onClick={() => share.mutate({ membership, journalId: journal.id })}
                  aria-label={t('join.shareNamed', { name: journal.owner })}
                >
                  {t('join.share')}
                </Button>
              )}
            </li>
          )
        })}
      </ul>
      {fromOtherDevices.length > 0 && (
        <div className="flex flex-col gap-2">
          <p>{t('join.fromServer')}</p>
          <ul className="flex flex-col gap-2">
            {fromOtherDevices.map((id) => (
              <li key={id}>
                <Button
                  disabled={share.isPending}
                  onClick={() => share.mutate({ membership, journalId: id })}
                >
                  {t('join.takeFromServer', { id: id.slice(0, 8) })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {share.error && <p role="alert">{t('join.saveFailed', { reason: share.error.message })}</p>}
    </div>
  )
}
