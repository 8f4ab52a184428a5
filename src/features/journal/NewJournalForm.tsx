import { useState, type FormEvent } from 'react'
import { isIsoMonday, mondayOf, todayIso } from '../../domain/dates'
import type { JournalInput } from '../../domain/factories'
import { startingStyle, type StartingStyle } from '../../domain/pageStyles'
import type { Journal, Lang } from '../../domain/types'
import { useI18n, useSay } from '../../i18n/i18n'
import { useCreateJournal } from '../../queries/journals'
import { Button } from '../../ui/Button'
import { DateField } from '../../ui/DateField'
import { SelectField, TextField } from '../../ui/fields'

type Errors = Partial<Record<'owner' | 'firstMonday' | 'plannedWeeks' | 'section', string>>

/** Starts a journal: the intern, the mentor, the first Monday, the planned weeks, the Hugo section. */
export function NewJournalForm({ onCreated }: { onCreated: (journal: Journal) => void }) {
  const { t, lang: uiLang } = useI18n()
  const { sayError } = useSay()
  const create = useCreateJournal()
  const [owner, setOwner] = useState('')
  const [mentor, setMentor] = useState('')
  const [firstMonday, setFirstMonday] = useState(() => mondayOf(todayIso()))
  const [plannedWeeks, setPlannedWeeks] = useState('12')
  const [section, setSection] = useState('1')
  const [language, setLanguage] = useState<Lang>(uiLang)
  const [style, setStyle] = useState<StartingStyle>('seed')
  const [errors, setErrors] = useState<Errors>({})

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const next: Errors = {}
    if (!owner.trim()) next.owner = t('journal.ownerRequired')
    if (!isIsoMonday(firstMonday)) next.firstMonday = t('journal.mondayRequired')
    const weeks = Number(plannedWeeks)
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 1000) next.plannedWeeks = t('journal.weeksRange')
    const sectionNumber = Number(section)
    if (!Number.isInteger(sectionNumber) || sectionNumber < 0 || sectionNumber > 99)
      next.section = t('journal.sectionRange')
    setErrors(next)
    if (Object.keys(next).length) return
    const input: JournalInput = {
      owner,
      mentor,
      firstMonday,
      plannedWeeks: weeks,
      section: sectionNumber,
      languages: [language],
      ...startingStyle(style),
    }
    onCreated(await create.mutateAsync(input))
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="new-journal-heading"
      className="flex flex-col gap-3"
    >
      <h2 id="new-journal-heading" className="text-lg font-semibold">
        {t('journal.new')}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('journal.owner')}
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
          error={errors.owner}
          autoComplete="name"
        />
        <TextField
          label={t('journal.mentor')}
          value={mentor}
          onChange={(e) => setMentor(e.target.value)}
          hint={t('common.optional')}
        />
        <DateField
          label={t('journal.firstMonday')}
          value={firstMonday}
          onChange={setFirstMonday}
          error={errors.firstMonday}
        />
        <TextField
          type="number"
          min={1}
          label={t('journal.plannedWeeks')}
          value={plannedWeeks}
          onChange={(e) => setPlannedWeeks(e.target.value)}
          error={errors.plannedWeeks}
        />
        <TextField
          type="number"
          min={0}
          label={t('journal.section')}
          hint={t('journal.sectionHint')}
          value={section}
          onChange={(e) => setSection(e.target.value)}
          error={errors.section}
        />
        <SelectField
          label={t('journal.language')}
          value={language}
          onChange={(e) => setLanguage(e.target.value as Lang)}
        >
          <option value="en">{t('lang.en')}</option>
          <option value="vi">{t('lang.vi')}</option>
        </SelectField>
        <SelectField
          label={t('journal.pageStyle')}
          value={style}
          onChange={(e) => setStyle(e.target.value as StartingStyle)}
        >
          <option value="seed">{t('journal.styleSeed')}</option>
          <option value="template">{t('journal.styleTemplate')}</option>
        </SelectField>
      </div>
      {create.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t('journal.createFailed', { reason: sayError(create.error) })}
        </p>
      )}
      <Button type="submit" variant="primary" className="self-start" disabled={create.isPending}>
        {t('journal.create')}
      </Button>
    </form>
  )
}
