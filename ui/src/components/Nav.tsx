import { useTranslation } from 'react-i18next'
import { useAuth } from '../auth'
import { Link, useLocation } from 'react-router'
import { useSession } from '../session'
import { useJoiningLinks } from '../pages/joining/nav'

export function Nav() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const { status, login } = useAuth()
  const { canList, canUseStorage, canSell, canSeeDemand, installationAdmin, standing } = useSession()
  const signedIn = status === 'authenticated'
  // The organisation's pages are for members of a registered, active one (an installation admin may have none).
  const member = signedIn && (!standing || standing.organisationState === 'ACTIVE')
  const myListings = pathname === '/annonser' || pathname === '/annonser/ny' || (pathname.startsWith('/annonser/') && pathname.endsWith('/redigera'))
  const joiningLinks = useJoiningLinks(pathname)
  const links = [
    { to: '/', label: t('nav.home'), testId: 'nav-home', active: pathname === '/', show: true },
    { to: '/sok', label: t('nav.search'), testId: 'nav-search', active: pathname === '/sok', show: true },
    { to: '/buildings', label: t('nav.buildings'), testId: 'nav-buildings', active: pathname.startsWith('/buildings'), show: member },
    { to: '/annonser', label: t('nav.myListings'), testId: 'nav-my-listings', active: myListings, show: signedIn && canList },
    { to: '/lager', label: t('nav.storage'), testId: 'nav-storage', active: pathname === '/lager' || pathname.startsWith('/lager/'), show: signedIn && canUseStorage },
    { to: '/efterfragan', label: t('nav.wanted'), testId: 'nav-wanted', active: pathname === '/efterfragan' || (pathname.startsWith('/efterfragan/') && pathname !== '/efterfragan/oversikt'), show: member },
    { to: '/efterfragan/oversikt', label: t('nav.demand'), testId: 'nav-demand', active: pathname === '/efterfragan/oversikt', show: signedIn && canSeeDemand },
    { to: '/reservationer', label: t('nav.reservations'), testId: 'nav-reservations', active: pathname === '/reservationer', show: member },
    { to: '/klimat', label: t('nav.climate'), testId: 'nav-climate', active: pathname === '/klimat', show: member },
    {
      to: '/reservationer/inkommande',
      label: t('nav.incomingReservations'),
      testId: 'nav-incoming-reservations',
      active: pathname === '/reservationer/inkommande',
      show: signedIn && canSell,
    },
    { to: '/admin', label: t('admin.nav'), testId: 'nav-admin', active: pathname === '/admin' || pathname.startsWith('/admin/'), show: signedIn && installationAdmin },
    ...joiningLinks,
  ]
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      {links
        .filter((link) => link.show)
        .map((link) => (
          <Link key={link.to} to={link.to} className="nav__link" data-testid={link.testId} aria-current={link.active ? 'page' : undefined}>
            {link.label}
          </Link>
        ))}
      {/* The start page has its own sign-in button. */}
      {status === 'anonymous' && pathname !== '/' && (
        <button type="button" className="nav__link nav__button" onClick={() => void login()} data-testid="nav-login">
          {t('nav.login')}
        </button>
      )}
    </nav>
  )
}
