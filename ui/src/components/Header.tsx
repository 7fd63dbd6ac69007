import { useTranslation } from 'react-i18next'
import { useAuth } from '../auth'
import { useStandingQuery } from '../api/queries'
import { LanguageSwitch } from './LanguageSwitch'
import { Nav } from './Nav'
import { NotificationBell } from './NotificationBell'
import { MessagesLink } from '../pages/conversations/nav'

export function Header() {
  const { t } = useTranslation()
  const { status, user } = useAuth()
  // Notifications are an organisation's: someone without a registered, active one (an installation admin, say) has
  // none. Shown once the standing says so (or could not be had).
  const standing = useStandingQuery(user?.access_token)
  const withOrganisation = standing.isError || standing.data?.organisationState === 'ACTIVE'
  return (
    <header className="header">
      <div className="header__inner">
        <a className="brand" href="/" data-testid="product-name">
          <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <circle cx="16" cy="16" r="12" fill="none" stroke="currentColor" strokeWidth="4" />
            <path d="M16 2v9l6-4.5z" fill="currentColor" />
          </svg>
          {t('app.name')}
        </a>
        {(status === 'authenticated' || status === 'anonymous' || status === 'expired') && <Nav />}
        <div className="header__tools">
          {status === 'authenticated' && standing.data?.organisationState === 'ACTIVE' && <MessagesLink />}
          {status === 'authenticated' && withOrganisation && <NotificationBell />}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  )
}
