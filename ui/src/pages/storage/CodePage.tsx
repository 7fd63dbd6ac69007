import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api'
import { LoadError, Loading } from '../../components/LoadError'
import { Link, useNavigate } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'

/** /lager/kod/:code, where a label's QR code leads: finds the lot and goes on to its page. */
export function CodePage({ code }: { code: string }) {
  const navigate = useNavigate()
  const { t } = useTranslation()
  const { storage } = useSession()
  const stateQuery = useQuery({ queryKey: ['CodePage.state', code], queryFn: () => storage.resolveLabel(code) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()

  useEffect(() => {
    // Replaced, so "back" from the lot page returns to where the scan started rather than here.
    if (state.kind === 'loaded') navigate(`/lager/poster/${state.data.id}`, { replace: true })
  }, [state, navigate])

  if (state.kind === 'failed') {
    const missing = state.error instanceof ApiError && state.error.status === 404
    return (
      <section className="card" aria-labelledby="code-title" data-testid="code-page">
        <h1 id="code-title" className="card__title">
          {t('storage.code.title')}
        </h1>
        {missing ? (
          <p className="notice" role="alert" data-testid="code-not-found">
            {t('storage.code.notFound', { code })}
          </p>
        ) : (
          <LoadError error={state.error} onRetry={reload} />
        )}
        <div className="actions">
          <Link to="/lager/skanna" className="button" data-testid="code-scan-again">
            {t('storage.code.scanAgain')}
          </Link>
          <Link to="/lager" className="button button--secondary">
            {t('storage.sites.title')}
          </Link>
        </div>
      </section>
    )
  }
  return <Loading />
}
