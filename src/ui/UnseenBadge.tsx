import { useT } from '../i18n/i18n'

/** "3 new": comments and decisions of the other side this person has not seen yet; nothing when none. */
export function UnseenBadge({ count }: { count: number | undefined }) {
  const t = useT()
  if (!count) return null
  return (
    <span
      data-unseen-badge={count}
      className="ml-2 inline-block rounded-full bg-blue-800 px-1.5 text-xs font-semibold text-white no-underline"
    >
      <span aria-hidden>{t('unseen.badge', { n: count })}</span>
      <span className="sr-only">{t('unseen.label', { n: count })}</span>
    </span>
  )
}
