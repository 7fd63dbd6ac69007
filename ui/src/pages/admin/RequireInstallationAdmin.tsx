import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { useStandingQuery } from '../../api/queries'
import { useAuth } from '../../auth'
import { LoadError, Loading } from '../../components/LoadError'

/**
 * The installation's administration is for its administrators: decided by GET /api/v1/me/standing, which answers
 * them whether or not their token names a registered organisation (GET /api/v1/me does not).
 */
export function RequireInstallationAdmin() {
  const { t } = useTranslation()
  const { user } = useAuth()
  const standing = useStandingQuery(user?.access_token)
  if (standing.isPending) return <Loading />
  if (standing.isError) {
    return (
      <section className="card">
        <LoadError error={standing.error} onRetry={() => void standing.refetch()} />
      </section>
    )
  }
  if (!standing.data.installationAdmin) {
    return (
      <section className="card" aria-labelledby="admin-forbidden-title" data-testid="admin-forbidden">
        <h1 id="admin-forbidden-title" className="card__title">
          {t('admin.title')}
        </h1>
        <p>{t('admin.forbidden')}</p>
      </section>
    )
  }
  return <Outlet />
}
