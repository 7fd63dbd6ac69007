import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError } from '../../components/LoadError'

/** A failed search: a 503 (the search engine is down) gets a friendly word of its own. */
export function SearchUnavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation()
  if (error instanceof ApiError && error.status === 503) {
    return (
      <ErrorMessage title={t('search.unavailable')} message={t('search.unavailableHint')}>
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      </ErrorMessage>
    )
  }
  return <LoadError error={error} onRetry={onRetry} />
}
