import { said, SaidError } from '../domain/messages'
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { Journal, Lang, SectionContent } from '../domain/types'
import { getJournal, putJournal } from '../storage/repository'
import { journalKeys } from './keys'

export type { SectionContent }

async function contentOf(journal: Journal, lang: Lang): Promise<SectionContent> {
  const { sectionContentOf } = await import('../codec/sectionPageRead')
  return sectionContentOf(journal, lang)
}

/** The section page's title, intro and week descriptions of a journal in one language. */
export const sectionContentQuery = (journal: Journal, lang: Lang) =>
  queryOptions({
    queryKey: [...journalKeys.detail(journal.id), 'sectionPage', lang, journal.updatedAt],
    queryFn: () => contentOf(journal, lang),
    placeholderData: (previous) => previous,
  })

/**
 * Saves a change of the section page in one language. It is applied to the journal as stored now, so
 * that a description saved on the overview does not undo a settings change made meanwhile.
 */
export function useSaveSectionContent() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({
      journalId,
      lang,
      change,
    }: {
      journalId: string
      lang: Lang
      change: (content: SectionContent) => SectionContent
    }) => {
      const journal = await getJournal(journalId)
      if (!journal) throw new SaidError(said('msg.journalGone'))
      const content = change(await contentOf(journal, lang))
      const next: Journal = {
        ...journal,
        sectionContent: { ...journal.sectionContent, [lang]: content },
        updatedAt: new Date().toISOString(),
      }
      await putJournal(next)
      return next
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journalKeys.all }),
  })
}
