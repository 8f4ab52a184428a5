import type { Message } from '../../domain/messages'
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { Link } from 'react-router-dom'
import type { DateCorrection, DateReading, ImportedPages } from '../../domain/transferResults'
import { isIsoMonday } from '../../domain/dates'
import type { ExistingWeekChoice } from '../../domain/importPlan'
import type { Journal } from '../../domain/types'
import { useI18n, useSay } from '../../i18n/i18n'
import { journalsQuery } from '../../queries/journals'
import { rereadWeek, useCommitPages } from '../../queries/transfer'
import { reviewWeeksQuery } from '../../queries/review'
import { Button } from '../../ui/Button'
import { DateField } from '../../ui/DateField'
import { SelectField, TextField } from '../../ui/fields'
import { FileReportList } from './FileReportList'
import { ImportWeekRow as WeekRow } from './ImportWeekRow'
import { DateAssumptions } from './DateAssumptions'

interface Props {
  imported: ImportedPages
  unreadable: { path: string; message: string; said: Message }[]
  onCancel: () => void
  /** Told which journal the pages went into (the site folder they came from is remembered for it). */
  onImported?: (journal: Journal) => void
}

/** The preview of markdown pages: where they go, what each file gave, and what to do with weeks already there. */
export function PagesPreview({ imported, unreadable, onCancel, onImported }: Props) {
  const { t, formatDate } = useI18n()
  const { sayError } = useSay()
  const journals = useQuery(journalsQuery())
  const editable = (journals.data?.items ?? []).filter((j) => !j.readOnly)
  const [mode, setMode] = useState<'new' | 'existing'>('new')
  const [journalId, setJournalId] = useState('')
  const target = editable.find((j) => j.id === journalId) ?? editable[0]
  const existingWeeks = useQuery({
    ...reviewWeeksQuery(target?.id ?? ''),
    enabled: mode === 'existing' && Boolean(target),
  })
  const existing = useMemo(
    () => new Map(mode === 'existing' ? (existingWeeks.data ?? []).map((w) => [w.number, w]) : []),
    [mode, existingWeeks.data],
  )
  const [choices, setChoices] = useState(new Map<number, ExistingWeekChoice>())
  const draft = imported.journalDraft
  const [owner, setOwner] = useState('')
  const [mentor, setMentor] = useState('')
  const [firstMonday, setFirstMonday] = useState(draft.firstMonday)
  const [section, setSection] = useState(String(draft.section))
  const [leaveOutErrors, setLeaveOutErrors] = useState(false)
  const [formError, setFormError] = useState('')
  const commit = useCommitPages()

  const errors = imported.perFileReport.filter((r) => r.status === 'error').length + unreadable.length
  // A week whose dates the user corrected is read again: it replaces the week as first read.
  const [weeks, setWeeks] = useState(imported.weeks)
  const [readings] = useState(() => datesByWeek(imported))
  const correctDates = async (number: number, correction: DateCorrection) => {
    const week = weeks.find((w) => w.number === number)
    if (!week) return { tasks: 0, monday: '' }
    const again = await rereadWeek(week, correction)
    setWeeks((all) => all.map((w) => (w.number === number ? again.week : w)))
    const content = again.week.content.en ?? again.week.content.vi
    return { tasks: content?.tasks.length ?? 0, monday: again.week.monday }
  }
  const blocked = errors > 0 && !leaveOutErrors

  const confirm = async () => {
    setFormError('')
    if (mode === 'new') {
      if (!owner.trim()) return setFormError(t('journal.ownerRequired'))
      if (!isIsoMonday(firstMonday)) return setFormError(t('journal.mondayRequired'))
    } else if (!target) return setFormError(t('import.noJournal'))
    const result = await commit.mutateAsync({
      target:
        mode === 'new'
          ? {
              input: {
                owner,
                mentor,
                firstMonday,
                plannedWeeks: Math.max(draft.plannedWeeks, 1),
                section: Number(section) || 0,
                languages: draft.languages,
              },
            }
          : { journal: target! },
      weeks,
      choices,
      sectionPages: draft.sectionPages,
      pageStyle: draft.pageStyle,
    })
    onImported?.(result.journal)
  }

  if (commit.data) {
    const { journal, plan } = commit.data
    return (
      <div
        role="status"
        className="flex flex-col gap-2 rounded-lg border border-emerald-600 bg-emerald-50 p-3 dark:bg-emerald-950"
      >
        <p className="font-semibold">{t('import.done', { n: plan.weeks.length, owner: journal.owner })}</p>
        {plan.renumbered.map((r) => (
          <p key={r.from} className="text-sm">
            {t('import.renumbered', { from: r.from, to: r.to })}
          </p>
        ))}
        {plan.skipped.length > 0 && (
          <p className="text-sm">{t('import.skipped', { weeks: plan.skipped.join(', ') })}</p>
        )}
        <Link to={`/j/${journal.id}`} className="font-medium underline">
          {t('import.openJournal', { owner: journal.owner })}
        </Link>
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-5">
      <p className="font-medium">
        {t('import.found', {
          weeks: weeks.length,
          files: imported.perFileReport.length,
          langs: draft.languages.map((l) => t(`lang.${l}`)).join(', '),
        })}
      </p>
      <FileReportList reports={imported.perFileReport} unreadable={unreadable} />

      <fieldset className="flex flex-col gap-3">
        <legend className="font-semibold">{t('import.into')}</legend>
        <div className="flex gap-4 text-sm">
          <label className="flex items-center gap-1">
            <input
              type="radio"
              name="import-target"
              checked={mode === 'new'}
              onChange={() => setMode('new')}
            />
            {t('import.newJournal')}
          </label>
          <label className="flex items-center gap-1">
            <input
              type="radio"
              name="import-target"
              checked={mode === 'existing'}
              disabled={editable.length === 0}
              onChange={() => setMode('existing')}
            />
            {t('import.existingJournal')}
          </label>
        </div>
        {mode === 'new' ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField label={t('journal.owner')} value={owner} onChange={(e) => setOwner(e.target.value)} />
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
              hint={t('import.inferredMonday')}
            />
            <TextField
              type="number"
              min={0}
              label={t('journal.section')}
              value={section}
              onChange={(e) => setSection(e.target.value)}
            />
          </div>
        ) : (
          <SelectField
            label={t('import.chooseJournal')}
            value={target?.id ?? ''}
            onChange={(e) => setJournalId(e.target.value)}
          >
            {editable.map((j) => (
              <option key={j.id} value={j.id}>
                {j.owner}
              </option>
            ))}
          </SelectField>
        )}
      </fieldset>

      <table className="w-full border-collapse text-sm">
        <caption className="text-left font-semibold">{t('import.weeks')}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left dark:border-slate-600">
            <th scope="col" className="p-1">
              {t('overview.week')}
            </th>
            <th scope="col" className="p-1">
              {t('import.dates')}
            </th>
            <th scope="col" className="p-1">
              {t('import.languages')}
            </th>
            <th scope="col" className="p-1">
              {t('week.tasks')}
            </th>
            <th scope="col" className="p-1">
              {t('import.notes')}
            </th>
            <th scope="col" className="p-1">
              {t('import.whenExists')}
            </th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <WeekRow
              key={week.number}
              week={week}
              stored={existing.get(week.number)}
              choice={choices.get(week.number) ?? 'skip'}
              onChoice={(choice) => setChoices((c) => new Map(c).set(week.number, choice))}
              formatDate={formatDate}
            />
          ))}
        </tbody>
      </table>

      <DateAssumptions readings={readings} onCorrect={correctDates} />

      {errors > 0 && (
        <div
          role="alert"
          className="flex flex-col gap-1 rounded border border-red-600 bg-red-50 p-2 text-sm dark:bg-red-950"
        >
          <p>{t('import.hasErrors', { n: errors })}</p>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={leaveOutErrors}
              onChange={(e) => setLeaveOutErrors(e.target.checked)}
            />
            {t('import.leaveOut')}
          </label>
        </div>
      )}
      {(formError || commit.error) && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
          {formError || t('import.failed', { reason: commit.error ? sayError(commit.error) : '' })}
        </p>
      )}
      <div className="flex gap-2">
        <Button
          variant="primary"
          disabled={blocked || weeks.length === 0 || commit.isPending}
          onClick={() => void confirm()}
        >
          {t('import.confirm', { n: weeks.length })}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </div>
  )
}

/** By week number, how its dates were read where the reader assumed (its first page that says so). */
function datesByWeek(imported: ImportedPages): Map<number, DateReading> {
  const byWeek = new Map<number, DateReading>()
  for (const report of imported.perFileReport)
    if (report.dates && report.weekNumber !== null && !byWeek.has(report.weekNumber))
      byWeek.set(report.weekNumber, report.dates)
  return new Map([...byWeek].sort((a, b) => a[0] - b[0]))
}
