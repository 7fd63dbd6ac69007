import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Standing } from '../../api/types'
import { useAuth } from '../../auth'
import { MY_APPLICATIONS, SignInAgain, useMembershipApi } from './shared'

/**
 * The start page of someone signed in whose organisation is not (or no longer) active: `GET /api/v1/me` refuses
 * them, so instead of an error they learn why, and where to go: the installation's administration, the
 * application to join, or (their organisation deactivated) whom to ask.
 */
export function NoOrganisation({ standing }: { standing: Standing }) {
  const { t } = useTranslation()
  const { logout } = useAuth()
  const state = standing.organisationState
  const organisation = standing.organisationName ?? standing.organisationCode ?? ''
  return (
    <section className="card" aria-labelledby="home-title" data-testid="home-no-organisation" data-state={state}>
      <h1 id="home-title" className="card__title">
        {t('home.title')}
      </h1>
      <p className="fact" data-testid="signed-in-as">
        {t('home.signedInAs')} <strong data-testid="user-name">{standing.name ?? standing.username}</strong>
      </p>
      {standing.installationAdmin && (
        <div data-testid="home-installation-admin">
          <p>{t('joining.home.installationAdmin')}</p>
          <p>
            <Link to="/admin" className="button" data-testid="home-admin">
              {t('joining.home.adminLink')}
            </Link>
          </p>
        </div>
      )}
      {state === 'DEACTIVATED' && (
        <p className="notice" role="alert" data-testid="home-deactivated">
          {t('joining.home.deactivated', { organisation })}
        </p>
      )}
      {(state === 'UNREGISTERED' || state === 'NONE') && !standing.installationAdmin && <Apply standing={standing} />}
      <div className="actions">
        <button type="button" className="button button--secondary" data-testid="logout" onClick={() => void logout()}>
          {t('home.logout')}
        </button>
      </div>
    </section>
  )
}

function Apply({ standing }: { standing: Standing }) {
  const { t } = useTranslation()
  const membership = useMembershipApi()
  // An approved application brings the organisation with the next token: say so here too, not only on /ansok.
  const mine = useQuery({ queryKey: MY_APPLICATIONS, queryFn: () => membership.myApplications() })
  const approved = mine.data?.some((a) => a.status === 'APPROVED') ?? false
  const pending = mine.data?.some((a) => a.status === 'PENDING') ?? false
  if (approved) {
    return (
      <div data-testid="home-approved">
        <p className="success" role="status">
          {t('joining.apply.approved')}
        </p>
        <SignInAgain testId="home-sign-in-again" />
      </div>
    )
  }
  return (
    <div data-testid="home-apply-info">
      <p>
        {standing.organisationState === 'UNREGISTERED'
          ? t('joining.home.unregistered', { organisation: standing.organisationCode })
          : t('joining.home.none')}
      </p>
      <p>{pending ? t('joining.home.pending') : t('joining.home.applyExplain')}</p>
      <p>
        <Link to="/ansok" className="button" data-testid="home-apply">
          {pending ? t('joining.home.pendingLink') : t('joining.home.applyLink')}
        </Link>
      </p>
    </div>
  )
}
