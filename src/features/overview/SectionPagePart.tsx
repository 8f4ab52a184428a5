import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import type { Journal, Lang } from '../../domain/types'
import { useT, useSay } from '../../i18n/i18n'
import { sectionContentQuery, useSaveSectionContent, type SectionContent } from '../../queries/sectionPage'
import { Button } from '../../ui/Button'
import { SelectField, TextArea, TextField } from '../../ui/fields'

/**
 * The section page's title and intro, per language of the worklog (the week lines are in the table).
 * The language is the overview's: choosing it here also shows the week descriptions of that language.
 */
export function SectionPagePart({
  journal,
  lang,
  setLang,
}: {
  journal: Journal
  lang: Lang
  setLang: (lang: Lang) => void
}) {
  const t = useT()
  const langs = journal.languages.length ? journal.languages : (['en'] as Lang[])
  return (
    <section aria-labelledby="section-page-title" className="flex flex-col gap-2">
      <h2 id="section-page-title" className="text-lg font-semibold">
        {t('sectionPage.title')}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {t('sectionPage.lead', { section: journal.section })}
      </p>
      {langs.length > 1 && (
        <div className="max-w-xs">
          <SelectField
            label={t('sectionPage.language')}
            value={lang}
            onChange={(e) => setLang(e.target.value as Lang)}
          >
            {langs.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      <SectionPageLoaded journal={journal} lang={lang} />
    </section>
  )
}

function SectionPageLoaded({ journal, lang }: { journal: Journal; lang: Lang }) {
  const t = useT()
  const { sayError } = useSay()
  const content = useQuery(sectionContentQuery(journal, lang))
  if (content.error) return <p role="alert">{t('storage.readFailed', { reason: sayError(content.error) })}</p>
  // The other language's page stands in while this one loads: the form must not start from it.
  if (!content.data || content.isPlaceholderData) return <p>{t('common.loading')}</p>
  return <SectionPageForm key={lang} journal={journal} lang={lang} stored={content.data} />
}

function SectionPageForm({
  journal,
  lang,
  stored,
}: {
  journal: Journal
  lang: Lang
  stored: SectionContent
}) {
  const t = useT()
  const { sayError } = useSay()
  const save = useSaveSectionContent()
  const [title, setTitle] = useState(stored.title)
  const [intro, setIntro] = useState(stored.intro)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const words = title.replace(/\s+/g, ' ').trim()
    if (!words) return setError(t('sectionPage.titleRequired'))
    setError(null)
    save.mutate(
      {
        journalId: journal.id,
        lang,
        change: (content) => ({ ...content, title: words, intro: intro.trim() }),
      },
      { onSuccess: () => setSaved(true) },
    )
  }
  const readOnly = journal.readOnly
  return (
    <form onSubmit={submit} className="flex max-w-2xl flex-col gap-2" noValidate>
      <TextField
        label={t('sectionPage.pageTitle')}
        value={title}
        readOnly={readOnly}
        error={error}
        onChange={(e) => {
          setTitle(e.target.value)
          setSaved(false)
        }}
      />
      <TextArea
        label={t('sectionPage.intro')}
        value={intro}
        readOnly={readOnly}
        onChange={(e) => {
          setIntro(e.target.value)
          setSaved(false)
        }}
      />
      {!readOnly && (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={save.isPending}>
            {t('sectionPage.save')}
          </Button>
          <p role="status" className="text-sm">
            {saved && !save.isPending ? t('sectionPage.saved') : ''}
            {save.error ? t('overview.saveFailed', { reason: sayError(save.error) }) : ''}
          </p>
        </div>
      )}
    </form>
  )
}
