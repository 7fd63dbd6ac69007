import { useTranslation } from 'react-i18next'
import { useAuth } from '../../auth'
import { useSession } from '../../session'
import { useIsOrganisationAdmin, useIsReviewer } from './shared'

/**
 * The menu's links of joining: apply (without an organisation), members (admins), applications (reviewers), and
 * your own data (everyone signed in).
 */
export function useJoiningLinks(pathname: string) {
  const { t } = useTranslation()
  const { status } = useAuth()
  const { standing } = useSession()
  const reviewer = useIsReviewer()
  const admin = useIsOrganisationAdmin()
  const signedIn = status === 'authenticated'
  const withoutOrganisation = standing?.organisationState === 'NONE' || standing?.organisationState === 'UNREGISTERED'
  return [
    { to: '/ansok', label: t('joining.nav.apply'), testId: 'nav-apply', active: pathname === '/ansok', show: signedIn && withoutOrganisation && !standing?.installationAdmin },
    { to: '/organisation/medlemmar', label: t('joining.nav.members'), testId: 'nav-members', active: pathname === '/organisation/medlemmar', show: signedIn && admin },
    { to: '/admin/ansokningar', label: t('joining.nav.review'), testId: 'nav-review', active: pathname.startsWith('/admin/ansokningar'), show: signedIn && reviewer },
    { to: '/mina-uppgifter', label: t('joining.nav.myData'), testId: 'nav-my-data', active: pathname === '/mina-uppgifter', show: signedIn },
  ]
}
