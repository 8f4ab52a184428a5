import { useRef, useState } from 'react'
import { formatDayMonthYear } from '../../domain/dates'
import {
  settingsChanges,
  settingsProblems,
  type JournalSettings,
  type SettingsChange,
} from '../../domain/journalSettings'
import { LANGS, type Journal } from '../../domain/types'
import { useT, useSay } from '../../i18n/i18n'
import { useChangeJournalSettings } from '../../queries/journals'
import { Button } from '../../ui/Button'
import { DateField } from '../../ui/DateField'
import { Dialog } from '../../ui/Dialog'
import { TextField } from '../../ui/fields'

const problemMessage = {
  owner: 'journal.ownerRequired',
  firstMonday: 'journal.mondayRequired',
  plannedWeeks: 'journal.weeksRange',
  section: 'journal.sectionRange',
  languages: 'settings.languagesRequired',
} as const

/**
 * The journal's settings, editable after creation: what a change does (the weeks' dates moving with
 * the first Monday, say) is listed before it is saved.
 */
export function JournalSettingsDialog({ journal, weekNumbers }: { journal: Journal; weekNumbers: number[] }) {
  const t = useT()
  const { sayError } = useSay()
  const opener = useRef<HTMLButtonElement>(null)
  const change = useChangeJournalSettings()
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState<JournalSettings>(journal)
  const [numbers, setNumbers] = useState({
    weeks: String(journal.plannedWeeks),
    section: String(journal.section),
  })
  const [tried, setTried] = useState(false)
  const settings: JournalSettings = {
    ...draft,
    plannedWeeks: Number(numbers.weeks),
    section: numbers.section.trim() === '' ? NaN : Number(numbers.section),
  }
  const problems = settingsProblems(settings)
  const changes = problems.includes('firstMonday') ? [] : settingsChanges(journal, settings, weekNumbers)
  const error = (field: keyof typeof problemMessage) =>
    tried && problems.includes(field) ? t(problemMessage[field]) : undefined
  const close = () => {
    setOpen(false)
    opener.current?.focus()
  }
  const save = async () => {
    setTried(true)
    if (problems.length > 0 || changes.length === 0) return
    await change.mutateAsync({ journal, settings })
    close()
  }

  return (
    <>
      <Button
        ref={opener}
        onClick={() => {
          setDraft(journal)
          setNumbers({ weeks: String(journal.plannedWeeks), section: String(journal.section) })
          setTried(false)
          setOpen(true)
        }}
      >
        {t('settings.journalOpen')}
      </Button>
      <Dialog open={open} title={t('settings.journalTitle', { owner: journal.owner })} onClose={close}>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label={t('journal.owner')}
            value={draft.owner}
            error={error('owner')}
            onChange={(e) => setDraft({ ...draft, owner: e.target.value })}
          />
          <TextField
            label={t('journal.mentor')}
            value={draft.mentor}
            onChange={(e) => setDraft({ ...draft, mentor: e.target.value })}
          />
          <DateField
            label={t('journal.firstMonday')}
            value={draft.firstMonday}
            error={error('firstMonday')}
            onChange={(firstMonday) => setDraft({ ...draft, firstMonday })}
          />
          <TextField
            type="number"
            min={1}
            label={t('journal.plannedWeeks')}
            value={numbers.weeks}
            error={error('plannedWeeks')}
            onChange={(e) => setNumbers({ ...numbers, weeks: e.target.value })}
          />
          <TextField
            type="number"
            min={0}
            label={t('journal.section')}
            value={numbers.section}
            error={error('section')}
            onChange={(e) => setNumbers({ ...numbers, section: e.target.value })}
          />
          <fieldset className="flex flex-col gap-1 text-sm">
            <legend className="font-medium">{t('settings.languages')}</legend>
            {LANGS.map((lang) => (
              <label key={lang} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={draft.languages.includes(lang)}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      languages: e.target.checked
                        ? LANGS.filter((l) => l === lang || draft.languages.includes(l))
                        : draft.languages.filter((l) => l !== lang),
                    })
                  }
                />
                {t(`lang.${lang}`)}
              </label>
            ))}
            {error('languages') && (
              <p role="alert" className="text-xs font-medium text-red-700 dark:text-red-300">
                {error('languages')}
              </p>
            )}
          </fieldset>
        </div>
        <section aria-labelledby="settings-changes" className="flex flex-col gap-1 text-sm">
          <h3 id="settings-changes" className="font-semibold">
            {t('settings.changesTitle')}
          </h3>
          {changes.length === 0 ? (
            <p>{t('settings.noChanges')}</p>
          ) : (
            <ul className="list-disc pl-5">
              {changes.map((c) => (
                <ChangeLine key={c.kind} change={c} />
              ))}
            </ul>
          )}
        </section>
        {change.error && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {t('journal.createFailed', { reason: sayError(change.error) })}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button variant="primary" disabled={change.isPending} onClick={() => void save()}>
            {t('settings.save')}
          </Button>
        </div>
      </Dialog>
    </>
  )
}

function ChangeLine({ change }: { change: SettingsChange }) {
  const t = useT()
  if (change.kind === 'languages') {
    const names = (langs: string[]) => langs.map((l) => t(l === 'vi' ? 'lang.vi' : 'lang.en')).join(', ')
    return (
      <li>
        {change.added.length > 0 && t('settings.langAdded', { langs: names(change.added) })}{' '}
        {change.removed.length > 0 && t('settings.langRemoved', { langs: names(change.removed) })}
      </li>
    )
  }
  if (change.kind === 'weeksMove') {
    return (
      <li>
        {t('settings.weeksMove', { days: change.days, n: change.weeks.length })}
        {change.weeks.length > 0 && (
          <ul className="list-none pl-2">
            {change.weeks.map((w) => (
              <li key={w.number}>
                {t('settings.weekMoves', {
                  n: w.number,
                  from: formatDayMonthYear(w.from),
                  to: formatDayMonthYear(w.to),
                })}
              </li>
            ))}
          </ul>
        )}
      </li>
    )
  }
  const label = {
    owner: t('journal.owner'),
    mentor: t('journal.mentor'),
    plannedWeeks: t('journal.plannedWeeks'),
    section: t('journal.section'),
  }[change.kind]
  return (
    <li>
      {t('settings.fieldChange', {
        field: label,
        from: String(change.from) || '–',
        to: String(change.to) || '–',
      })}
    </li>
  )
}
