import type { ContentChange } from '../../domain/review'
import { useT } from '../../i18n/i18n'

export function ChangeList({ changes }: { changes: ContentChange[] }) {
  const t = useT()
  if (changes.length === 0) return <p className="text-xs">{t('review.noTextChange')}</p>
  return (
    <ul className="list-disc pl-5 text-xs">
      {changes.map((change, i) => (
        <li key={i}>
          <span className="font-medium">
            {t(`change.${change.kind}`)} {t(`changePart.${change.part}`)}:
          </span>{' '}
          <span className="whitespace-pre-wrap break-words">{change.text}</span>
        </li>
      ))}
    </ul>
  )
}
