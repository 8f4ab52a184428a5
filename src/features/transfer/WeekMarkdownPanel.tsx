import type { Root } from 'mdast'
import { useDeferredValue, useEffect, useState } from 'react'
import type { Journal, Lang, Week } from '../../domain/types'
import { useT, useSay } from '../../i18n/i18n'
import { markdownTreeOf, weekMarkdown, type DayStyle } from '../../queries/transfer'
import { Button } from '../../ui/Button'
import { downloadFile } from '../../ui/download'
import { MarkdownView } from '../../ui/MarkdownView'
import { SelectField } from '../../ui/fields'

/** The week's page as it will be published, kept in step with the editor; copy or download it. */
export default function WeekMarkdownPanel({
  journal,
  week,
  lang,
}: {
  journal: Journal
  week: Week
  lang: Lang
}) {
  const t = useT()
  const { sayError } = useSay()
  const deferred = useDeferredValue(week)
  const [days, setDays] = useState<DayStyle>('seed')
  const [view, setView] = useState<'rendered' | 'raw'>('raw')
  const [markdown, setMarkdown] = useState<{ text: string; tree?: Root } | { error: unknown } | null>(null)
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null)
  const hasVersion = Boolean(deferred.content[lang])

  const style = journal.pageStyle?.[lang]
  useEffect(() => {
    if (!hasVersion) return
    let current = true
    weekMarkdown(deferred, lang, journal.section, days, style)
      .then(async (text) => ({ text, tree: view === 'rendered' ? await markdownTreeOf(text) : undefined }))
      .then(
        (page) => current && setMarkdown(page),
        (error: unknown) => current && setMarkdown({ error }),
      )
    return () => {
      current = false
    }
  }, [deferred, lang, journal.section, days, style, hasVersion, view])

  const text = markdown && 'text' in markdown ? markdown.text : ''
  const tree = markdown && 'tree' in markdown ? markdown.tree : undefined
  const fileName = lang === 'en' ? '_index.md' : `_index.${lang}.md`

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied('copied')
    } catch {
      setCopied('failed')
    }
  }

  return (
    <section aria-labelledby="markdown-heading" className="flex flex-col gap-2">
      <h2 id="markdown-heading" className="text-lg font-semibold">
        {t('export.weekTitle', { file: fileName })}
      </h2>
      {!hasVersion ? (
        <p className="text-sm">{t('export.noVersion')}</p>
      ) : (
        <>
          <div className="flex flex-wrap items-end gap-2">
            <div role="group" aria-label={t('export.view')} className="flex">
              {(['rendered', 'raw'] as const).map((mode) => (
                <Button
                  key={mode}
                  size="sm"
                  aria-pressed={view === mode}
                  className="aria-pressed:bg-blue-700 aria-pressed:text-white dark:aria-pressed:bg-blue-500 dark:aria-pressed:text-slate-950"
                  onClick={() => setView(mode)}
                >
                  {t(mode === 'rendered' ? 'export.rendered' : 'export.raw')}
                </Button>
              ))}
            </div>
            <SelectField
              label={t('export.days')}
              className="w-auto"
              value={days}
              onChange={(e) => setDays(e.target.value as DayStyle)}
            >
              <option value="seed">{t('export.daysSeed')}</option>
              <option value="template">{t('export.daysTemplate')}</option>
            </SelectField>
            <Button size="sm" disabled={!text} onClick={() => void copy()}>
              {t('export.copy')}
            </Button>
            <Button size="sm" disabled={!text} onClick={() => downloadFile(fileName, text, 'text/markdown')}>
              {t('export.download', { file: fileName })}
            </Button>
            <span role="status" className="text-xs">
              {copied === 'copied' && t('export.copied')}
              {copied === 'failed' && t('export.copyFailed')}
            </span>
          </div>
          {markdown && 'error' in markdown && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              {sayError(markdown.error)}
            </p>
          )}
          {view === 'raw' ? (
            <pre
              tabIndex={0}
              aria-label={t('export.preview')}
              className="max-h-[70vh] overflow-auto rounded bg-slate-100 p-2 text-xs whitespace-pre-wrap break-words dark:bg-slate-800"
            >
              {text}
            </pre>
          ) : (
            <div
              role="region"
              tabIndex={0}
              aria-label={t('export.renderedPreview')}
              className="max-h-[70vh] overflow-auto rounded border border-slate-300 bg-white p-3 dark:border-slate-600 dark:bg-slate-900"
            >
              {tree && <MarkdownView tree={tree} headingBase={2} />}
            </div>
          )}
        </>
      )}
    </section>
  )
}
