import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useAuth } from '../../auth'
import { useSession } from '../../session'
import { ErrorMessage } from '../../components/ErrorMessage'
import { SignInAgain, useJoiningProblem, useMembershipApi } from './shared'

/**
 * /joining/invitation?token=…: the link of an invitation email. The person signs in first (the sign-in comes back
 * to this address), then accepts; their organisation arrives with their next token. The token is bound to no
 * address: whoever follows the link and accepts joins.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation()
  const { status, login } = useAuth()
  const [params] = useSearchParams()
  const token = params.get('token') ?? ''

  return (
    <section className="card" aria-labelledby="invitation-title" data-testid="invitation-page">
      <h1 id="invitation-title" className="card__title">
        {t('joining.invitation.title')}
      </h1>
      {!token ? (
        <ErrorMessage message={t('joining.invitation.noToken')} />
      ) : status === 'authenticated' ? (
        <Accept token={token} />
      ) : (
        <>
          <p>{t('joining.invitation.signInFirst')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void login()} data-testid="invitation-login">
              {t('nav.login')}
            </button>
          </div>
        </>
      )}
    </section>
  )
}

function Accept({ token }: { token: string }) {
  const { t } = useTranslation()
  const membership = useMembershipApi()
  const queryClient = useQueryClient()
  const problem = useJoiningProblem()
  const accept = useMutation({
    mutationFn: () => membership.accept(token),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  })
  const failure = problem(accept.error)
  const { standing } = useSession()

  if (accept.isSuccess) {
    const joined = accept.data
    return (
      <div data-testid="invitation-accepted">
        <p className="success" role="status">
          {t('joining.invitation.accepted', {
            organisation: joined.organisationName ?? joined.organisationCode,
            role: t(`roles.${joined.role ?? ''}`, { defaultValue: joined.role }),
          })}
        </p>
        <SignInAgain testId="invitation-sign-in-again" />
      </div>
    )
  }
  // Back from signing in again after accepting (or anyone of an organisation): there is nothing to accept.
  if (standing?.organisationState === 'ACTIVE') {
    return (
      <div data-testid="invitation-member">
        <p className="notice">{t('joining.invitation.member', { organisation: standing.organisationName ?? standing.organisationCode })}</p>
        <div className="actions">
          <Link to="/" className="button" data-testid="invitation-home">
            {t('nav.home')}
          </Link>
        </div>
      </div>
    )
  }
  return (
    <>
      <p>{t('joining.invitation.intro')}</p>
      {failure && (
        <div data-testid="invitation-error">
          <ErrorMessage title={failure.title} message={failure.message} detail={failure.detail} />
        </div>
      )}
      <div className="actions">
        <button type="button" className="button" disabled={accept.isPending} onClick={() => accept.mutate()} data-testid="invitation-accept">
          {t('joining.invitation.accept')}
        </button>
      </div>
    </>
  )
}
