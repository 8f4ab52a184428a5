import type { ConflictChoice, SitePageChange } from '../../domain/siteSave'
import { useT } from '../../i18n/i18n'

type Conflict = Extract<SitePageChange, { kind: 'conflict' }>

/** A page changed on disk since it was read: the disk's text beside the app's, and the user's choice. */
export function ConflictView({
  conflict,
  choice,
  onChoice,
}: {
  conflict: Conflict
  choice: ConflictChoice
  onChoice: (choice: ConflictChoice) => void
}) {
  const t = useT()
  const pane =
    'max-h-80 overflow-auto whitespace-pre-wrap rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-800'
  return (
    <div className="flex flex-col gap-2">
      {conflict.read === null && conflict.disk !== null && <p className="text-xs">{t('site.neverRead')}</p>}
      <div className="grid gap-2 md:grid-cols-2">
        <figure className="flex min-w-0 flex-col gap-1">
          <figcaption className="text-xs font-semibold">{t('site.onDisk')}</figcaption>
          {conflict.disk === null ? (
            <p className="text-xs">{t('site.deletedOnDisk')}</p>
          ) : (
            <pre tabIndex={0} className={pane} aria-label={`${t('site.onDisk')}: ${conflict.path}`}>
              {conflict.disk}
            </pre>
          )}
        </figure>
        <figure className="flex min-w-0 flex-col gap-1">
          <figcaption className="text-xs font-semibold">{t('site.inApp')}</figcaption>
          <pre tabIndex={0} className={pane} aria-label={`${t('site.inApp')}: ${conflict.path}`}>
            {conflict.app}
          </pre>
        </figure>
      </div>
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">{t('site.choiceFor', { path: conflict.path })}</legend>
        {(['keep-disk', 'write-app'] as const).map((value) => (
          <label key={value} className="flex items-center gap-1">
            <input
              type="radio"
              name={`conflict-${conflict.path}`}
              checked={choice === value}
              onChange={() => onChoice(value)}
            />
            {t(value === 'keep-disk' ? 'site.keepDisk' : 'site.writeApp')}
          </label>
        ))}
      </fieldset>
    </div>
  )
}
