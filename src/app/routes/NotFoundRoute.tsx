import { Link } from 'react-router-dom'
import { useT } from '../../i18n/i18n'

export function NotFoundRoute({ message }: { message?: string }) {
  const t = useT()
  return (
    <div className="flex flex-col gap-2">
      <h1 className="text-2xl font-bold">{t('notFound.title')}</h1>
      <p>{message ?? t('notFound.body')}</p>
      <Link to="/" className="underline">
        {t('nav.backHome')}
      </Link>
    </div>
  )
}
