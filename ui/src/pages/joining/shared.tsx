import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api'
import { createMembershipApi, problemSlug, type Application } from '../../api/membership'
import { useAuth } from '../../auth'
import { useSession } from '../../session'

/** The joining API bound to the signed-in person's token. */
export function useMembershipApi() {
  const { user } = useAuth()
  const token = user?.access_token ?? ''
  return useMemo(() => createMembershipApi(token), [token])
}

/** The query key of the signed-in person's own applications (the home page and /ansok share it). */
export const MY_APPLICATIONS = ['joining', 'mine'] as const

/** Reviewers: the installation's administrators, and the admin of a municipality (for its group's applications). */
export function useIsReviewer(): boolean {
  const { installationAdmin, me } = useSession()
  return installationAdmin || (me?.organisation.kind === 'MUNICIPALITY' && me.user.roles.includes('admin'))
}

/** An organisation's admin: invites colleagues and keeps its members. */
export function useIsOrganisationAdmin(): boolean {
  const { me } = useSession()
  return me?.user.roles.includes('admin') ?? false
}

/** Problem types of joining that get a sentence of their own (`joining.problems.<slug>`). */
const EXPLAINED = new Set([
  'invitation-used', 'invitation-expired', 'invitation-revoked', 'already-in-organisation', 'application-decided',
  'identity-provider-unavailable', 'last-admin', 'gone', 'not-found',
])

/**
 * What a failed joining request means, in words: a sentence of our own for the problem types above (and a 503,
 * which may come from a proxy without a problem body), then the server's title and detail; null for no error.
 */
export function useJoiningProblem() {
  const { t } = useTranslation()
  return (error: unknown): { title?: string; message: string; detail?: string } | null => {
    if (!error) return null
    if (!(error instanceof ApiError)) return { message: error instanceof Error ? error.message : String(error) }
    const slug = problemSlug(error.problem?.type)
    const key = slug && EXPLAINED.has(slug) ? slug : error.status === 503 ? 'identity-provider-unavailable' : undefined
    if (key) return { title: error.title, message: t(`joining.problems.${key}`), detail: error.detail }
    return { title: error.title, message: error.detail ?? error.title ?? t('errors.status', { status: error.status }) }
  }
}

export function StatusBadge({ status }: { status: Application['status'] }) {
  const { t } = useTranslation()
  const modifier = status === 'WITHDRAWN' || status === 'REJECTED' ? ' badge--withdrawn' : ''
  return (
    <span className={`badge badge--status${modifier}`} data-testid="application-status" data-status={status}>
      {t(`joining.status.${status ?? 'PENDING'}`)}
    </span>
  )
}

export function useDateTime() {
  const { i18n } = useTranslation()
  return (iso: string | undefined) => {
    if (!iso) return ''
    const date = new Date(iso)
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' })
  }
}

/** After an approval or an accepted invitation the organisation arrives with the next token: sign in again. */
export function SignInAgain({ testId }: { testId: string }) {
  const { t } = useTranslation()
  const { login, logout } = useAuth()
  return (
    <div className="actions" data-testid={testId}>
      <button type="button" className="button" data-testid="sign-in-again" onClick={() => void login()}>
        {t('joining.signInAgain')}
      </button>
      <button type="button" className="button button--secondary" data-testid="sign-out" onClick={() => void logout()}>
        {t('home.logout')}
      </button>
    </div>
  )
}
