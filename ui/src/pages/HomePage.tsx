import { useTranslation } from 'react-i18next'
import { ApiError, NetworkError, loadable, type Me } from '../api'
import { useMeQuery, useStandingQuery } from '../api/queries'
import { useAuth } from '../auth'
import { ErrorMessage } from '../components/ErrorMessage'
import { Link } from 'react-router'
import { useSession } from '../session'
import { NoOrganisation } from './joining/NoOrganisation'

type MeState =
  | { kind: 'loading' }
  | { kind: 'loaded'; me: Me }
  | { kind: 'failed'; error: unknown }

export function HomePage() {
  const { t } = useTranslation()
  const { user, logout } = useAuth()
  const accessToken = user?.access_token
  const meQuery = useMeQuery(accessToken)
  const { installationAdmin } = useSession()
  const standingQuery = useStandingQuery(accessToken)
  const standing = standingQuery.data
  const loaded = loadable(meQuery)
  let state: MeState = loaded.kind === 'loaded' ? { kind: 'loaded', me: loaded.data } : loaded
  // Without an active organisation /me refuses (403): wait for the standing, which says why, before any error.
  if (state.kind === 'failed' && standingQuery.isPending) state = { kind: 'loading' }

  const logoutButton = (
    <button type="button" className="button button--secondary" data-testid="logout" onClick={() => void logout()}>
      {t('home.logout')}
    </button>
  )

  if (standing && standing.organisationState !== 'ACTIVE') return <NoOrganisation standing={standing} />

  if (state.kind === 'loading') {
    return (
      <section className="card" aria-busy="true">
        <p role="status">{t('app.loading')}</p>
      </section>
    )
  }

  if (state.kind === 'failed') {
    const { error } = state
    let title: string | undefined
    let detail: string | undefined
    let message = t('errors.profile')
    if (error instanceof ApiError) {
      title = error.title
      detail = error.detail
      if (!title && !detail) detail = t('errors.status', { status: error.status })
    } else if (error instanceof NetworkError) {
      message = t('errors.network')
    } else if (error instanceof Error) {
      detail = error.message
    }
    return (
      <section className="card">
        <ErrorMessage title={title} message={message} detail={detail}>
          <button type="button" className="button" onClick={() => void meQuery.refetch()}>
            {t('errors.retry')}
          </button>
          {logoutButton}
        </ErrorMessage>
      </section>
    )
  }

  const { me } = state
  return (
    <section className="card" aria-labelledby="home-title" data-testid="home">
      <h1 id="home-title" className="card__title">
        {t('home.title')}
      </h1>
      <p className="fact" data-testid="signed-in-as">
        {t('home.signedInAs')} <strong data-testid="user-name">{me.user.name}</strong>
      </p>
      <p className="fact" data-testid="organisation">
        {t('home.organisation')}: <strong data-testid="organisation-name">{me.organisation.name}</strong>
      </p>
      <div className="fact">
        <h2 className="fact__label" id="roles-label">
          {t('home.roles')}
        </h2>
        {me.user.roles.length === 0 ? (
          <p data-testid="roles">{t('home.noRoles')}</p>
        ) : (
          <ul className="roles" data-testid="roles" aria-labelledby="roles-label">
            {me.user.roles.map((role) => (
              <li key={role} className="role" data-testid={`role-${role}`}>
                {t(`roles.${role}`, { defaultValue: role })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="actions">
        <Link to="/installningar" className="button button--secondary" data-testid="home-settings">
          {t('home.settings')}
        </Link>
        {installationAdmin && (
          <Link to="/admin" className="button button--secondary" data-testid="home-admin">
            {t('admin.home.link')}
          </Link>
        )}
        {logoutButton}
      </div>
    </section>
  )
}
