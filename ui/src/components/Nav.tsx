import { useTranslation } from 'react-i18next'
import { Link, useLocation } from '../router'

export function Nav() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const links = [
    { to: '/', label: t('nav.home'), testId: 'nav-home', active: pathname === '/' },
    { to: '/buildings', label: t('nav.buildings'), testId: 'nav-buildings', active: pathname.startsWith('/buildings') },
  ]
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      {links.map((link) => (
        <Link key={link.to} to={link.to} className="nav__link" data-testid={link.testId} aria-current={link.active ? 'page' : undefined}>
          {link.label}
        </Link>
      ))}
    </nav>
  )
}
