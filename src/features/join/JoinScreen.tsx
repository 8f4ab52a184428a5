import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { readInviteFragment } from '../../domain/sync'
import { useT } from '../../i18n/i18n'
import {
  fetchIdentity,
  membershipsQuery,
  useJoin,
  type Identity,
  type IdentityError,
} from '../../queries/sync'
import { Button } from '../../ui/Button'
import { SharePanel } from './SharePanel'

type Invite =
  | { kind: 'none' }
  | { kind: 'malformed' }
  | { kind: 'checking'; server: string; token: string }
  | { kind: 'refused'; error: IdentityError }
  | { kind: 'ready'; server: string; token: string; identity: Identity }

/** Reads an invite link's fragment once: the token must not stay in the address bar or the history. */
function readInvite(): Invite {
  const hash = window.location.hash
  if (!hash) return { kind: 'none' }
  const invite = readInviteFragment(hash)
  return 'error' in invite ? { kind: 'malformed' } : { kind: 'checking', ...invite }
}

/** Joining a cohort from an invite link, then the journals shared through it. */
export function JoinScreen() {
  const t = useT()
  const [invite, setInvite] = useState<Invite>(readInvite)
  const memberships = useQuery(membershipsQuery())
  const join = useJoin()

  useEffect(() => {
    const forget = () => {
      if (window.location.hash)
        window.history.replaceState(window.history.state, '', window.location.pathname)
    }
    forget()
    // Another invite link opened while this screen shows.
    const onHash = () => {
      if (!window.location.hash) return
      setInvite(readInvite())
      forget()
    }
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  useEffect(() => {
    if (invite.kind !== 'checking') return
    let live = true
    void fetchIdentity(invite.server, invite.token).then((answer) => {
      if (!live) return
      setInvite(
        'error' in answer
          ? { kind: 'refused', error: answer.error }
          : { ...invite, kind: 'ready', ...answer },
      )
    })
    return () => {
      live = false
    }
  }, [invite])

  const joined = memberships.data ?? []
  return (
    <div className="flex flex-col gap-4">
      {invite.kind === 'malformed' && <p role="alert">{t('join.malformed')}</p>}
      {invite.kind === 'checking' && <p role="status">{t('join.checking')}</p>}
      {invite.kind === 'refused' && <p role="alert">{t(`join.error.${invite.error}`)}</p>}
      {invite.kind === 'ready' && !joined.some((m) => m.token === invite.token) && (
        <section
          aria-labelledby="join-who"
          className="flex flex-col gap-2 rounded-lg border border-slate-300 p-4 dark:border-slate-600"
        >
          <h2 id="join-who" className="text-lg font-semibold">
            {t('join.as', { name: invite.identity.name })}
          </h2>
          <p>{t(`join.role.${invite.identity.role}`, { cohort: invite.identity.cohortName })}</p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {t('join.server', { server: invite.server })}
          </p>
          {join.error && <p role="alert">{t('join.saveFailed', { reason: join.error.message })}</p>}
          <div>
            <Button
              variant="primary"
              disabled={join.isPending}
              onClick={() =>
                join.mutate({ server: invite.server, token: invite.token, identity: invite.identity })
              }
            >
              {t('join.button')}
            </Button>
          </div>
        </section>
      )}
      {joined.length === 0 && invite.kind === 'none' && <p>{t('join.noInvite')}</p>}
      {joined.map((membership) => (
        <SharePanel key={membership.id} membership={membership} />
      ))}
    </div>
  )
}
