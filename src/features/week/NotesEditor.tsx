import { memo } from 'react'
import type { Lang, WeekContent, WeekNote } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { TextArea } from '../../ui/fields'

/** What an imported page had beyond the fields: editable markdown, exported again where it was. */
export const NotesEditor = memo(function NotesEditor({
  notes,
  lang,
  readOnly,
  updateContent,
}: {
  notes: WeekNote[]
  lang: Lang
  readOnly: boolean
  updateContent: (lang: Lang, recipe: (content: WeekContent) => WeekContent) => void
}) {
  const t = useT()
  if (notes.length === 0) return null
  const edit = (id: string, markdown: string) =>
    updateContent(lang, (c) => ({ ...c, notes: c.notes.map((n) => (n.id === id ? { ...n, markdown } : n)) }))
  return (
    <section aria-labelledby="notes-heading" className="flex flex-col gap-2">
      <h2 id="notes-heading" className="text-lg font-semibold">
        {t('week.notes')}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('week.notesHint')}</p>
      {notes.map((note, i) => (
        <TextArea
          key={note.id}
          label={t('week.noteLabel', { n: i + 1 })}
          value={note.markdown}
          readOnly={readOnly}
          rows={Math.min(12, note.markdown.split('\n').length + 1)}
          className="font-mono text-xs"
          onChange={(e) => edit(note.id, e.target.value)}
        />
      ))}
    </section>
  )
})
