import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, NetworkError, loadable, type Me } from '../api'
import { useMeQuery } from '../api/queries'
import { useAuth } from '../auth'
import { ErrorMessage } from '../components/ErrorMessage'
import { Link } from 'react-router'
import type { Standing } from '../api/types'
import { useSession } from '../session'

type MeState =
  | { kind: 'loading' }
  | { kind: 'loaded'; me: Me }
  | { kind: 'failed'; error: unknown }

export function HomePage() {
  const { t } = useTranslation()
  const { user, logout } = useAuth()
  const accessToken = user?.access_token
  const meQuery = useMeQuery(accessToken)
  const { standing, installationAdmin } = useSession()
  const loaded = loadable(meQuery)
  const state: MeState = loaded.kind === 'loaded' ? { kind: 'loaded', me: loaded.data } : loaded

  const logoutButton = (
    <button type="button" className="button button--secondary" data-testid="logout" onClick={() => void logout()}>
      {t('home.logout')}
    </button>
  )

  if (state.kind === 'loading') {
    return (
      <section className="card" aria-busy="true">
        <p role="status">{t('app.loading')}</p>
      </section>
    )
  }

  // Without a registered, active organisation GET /me answers 403; the standing still says who they are.
  if (state.kind === 'failed' && standing && state.error instanceof ApiError && state.error.status === 403) {
    return <StandingHome standing={standing} logoutButton={logoutButton} />
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

/** The start page of someone whose token names no registered, active organisation (an installation admin, say). */
function StandingHome({ standing, logoutButton }: { standing: Standing; logoutButton: ReactNode }) {
  const { t } = useTranslation()
  return (
    <section className="card" aria-labelledby="home-title" data-testid="home">
      <h1 id="home-title" className="card__title">
        {t('home.title')}
      </h1>
      <p className="fact" data-testid="signed-in-as">
        {t('home.signedInAs')} <strong data-testid="user-name">{standing.name ?? standing.username}</strong>
      </p>
      <p className="fact" data-testid="organisation-standing" data-state={standing.organisationState}>
        {t(`admin.home.standing.${standing.organisationState ?? 'NONE'}`, { code: standing.organisationCode })}
      </p>
      <div className="actions">
        {standing.installationAdmin && (
          <Link to="/admin" className="button" data-testid="home-admin">
            {t('admin.home.link')}
          </Link>
        )}
        {logoutButton}
      </div>
    </section>
  )
}
