import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ConflictChoice } from '../../domain/siteSave'
import type { Journal } from '../../domain/types'
import { useT, useSay } from '../../i18n/i18n'
import { siteFolderKeys } from '../../queries/keys'
import {
  openSiteFolder,
  rememberOpenedFolder,
  reviewSiteSave,
  siteFolderQuery,
  useSaveToSite,
  type SiteExportOptions,
} from '../../queries/siteFolder'
import { siteFolderSupported } from '../../queries/siteFolderFiles'
import { Button } from '../../ui/Button'
import { SaveReview } from './SaveReview'

/** "Save to site": review the pages to create or change in the remembered folder, then write only those. */
export function SaveToSite({ journal, options }: { journal: Journal; options?: SiteExportOptions }) {
  const t = useT()
  const { sayError } = useSay()
  const queryClient = useQueryClient()
  const folder = useQuery(siteFolderQuery(journal.id))
  const connect = useMutation({
    mutationFn: async () => {
      const opened = await openSiteFolder()
      if (!opened) return null
      await rememberOpenedFolder(journal.id, opened)
      return { label: opened.label, n: Object.keys(opened.texts).length }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: siteFolderKeys.detail(journal.id) }),
  })
  const review = useMutation({ mutationFn: () => reviewSiteSave(journal, options) })
  const save = useSaveToSite()
  const [reviewing, setReviewing] = useState(false)

  if (journal.readOnly) return null
  const startReview = () => {
    save.reset()
    setReviewing(true)
    review.mutate()
  }
  const write = (choices: Map<string, ConflictChoice>) => {
    if (!review.data) return
    save.mutate(
      { journalId: journal.id, plan: review.data.plan, choices },
      { onSuccess: () => setReviewing(false) },
    )
  }
  const error = connect.error ?? (reviewing ? review.error : null) ?? save.error

  return (
    <section aria-labelledby="site-save-heading" className="flex flex-col gap-3">
      <h2 id="site-save-heading" className="text-lg font-semibold">
        {t('site.saveTitle')}
      </h2>
      {!siteFolderSupported() ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('site.unsupported')}</p>
      ) : folder.data ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="font-mono text-sm">{t('site.folder', { folder: folder.data.label })}</p>
          <Button variant="primary" disabled={review.isPending || save.isPending} onClick={startReview}>
            {t('site.save')}
          </Button>
          <Button variant="ghost" disabled={connect.isPending} onClick={() => connect.mutate()}>
            {t('site.chooseOther')}
          </Button>
        </div>
      ) : (
        folder.isSuccess && (
          <div className="flex flex-col items-start gap-2">
            <p className="text-sm text-slate-700 dark:text-slate-300">{t('site.noFolder')}</p>
            <Button disabled={connect.isPending} onClick={() => connect.mutate()}>
              {t('site.choose')}
            </Button>
          </div>
        )
      )}
      <div role="status" aria-live="polite" className="text-sm">
        {connect.data && t('site.chosen', { folder: connect.data.label, n: connect.data.n })}
        {reviewing && review.isPending && t('site.checking')}
        {save.data && folder.data && (
          <>
            <p>{t('site.written', { n: save.data.written.length, folder: folder.data.label })}</p>
            {save.data.changedAgain.length > 0 && (
              <p>{t('site.changedAgain', { paths: save.data.changedAgain.join(', ') })}</p>
            )}
          </>
        )}
      </div>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
          {t('site.failed', { reason: sayError(error) })}
        </p>
      )}
      {reviewing && review.data && (
        <SaveReview
          key={review.submittedAt}
          label={review.data.label}
          plan={review.data.plan}
          busy={save.isPending}
          onWrite={write}
          onCancel={() => setReviewing(false)}
        />
      )}
    </section>
  )
}
