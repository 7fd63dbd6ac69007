import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAuth } from '../auth'
import { Link, useLocation } from 'react-router'
import { useSession } from '../session'
import { useJoiningLinks } from '../pages/joining/nav'
import { useMessagesMenuLink } from '../pages/conversations/nav'

interface MenuLink {
  to: string
  label: string
  /** The label inside a group, where the group's name already says half of it ("Reservationer" → "Våra reservationer"). */
  groupLabel?: string
  testId: string
  active: boolean
  show: boolean
  /** Only in the phone's menu, where the header has no room for what stands beside the bell otherwise. */
  narrowOnly?: boolean
}

interface MenuGroup {
  id: string
  label: string
  links: MenuLink[]
}

/*
 * The main menu. Up to ten links for some roles do not fit one line at 1280 px, so the links of one area share a
 * disclosure button ("Reservationer ▾": ours and incoming); an area with one link for this person is a plain link.
 * Below the phone breakpoint (styles.css) the whole menu folds behind a "Meny" button and the groups open as lists.
 * Both are disclosures (aria-expanded, aria-controls): Escape closes the innermost one and gives its button the
 * focus back; following a link closes them without taking the focus, which moves to the new page's heading.
 */
export function Nav() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const { status, login } = useAuth()
  const { canList, canUseStorage, canOperateStorage, canSell, canSeeDemand, installationAdmin, standing, me } = useSession()
  // Deliveries: carriers, and sellers, who may deliver themselves (docs/deliveries.md).
  const canCarry = (me?.user.roles ?? []).includes('carrier') || canSell
  const signedIn = status === 'authenticated'
  // The organisation's pages are for members of a registered, active one (an installation admin may have none).
  const member = signedIn && (!standing || standing.organisationState === 'ACTIVE')
  const myListings = pathname === '/annonser' || pathname === '/annonser/ny' || (pathname.startsWith('/annonser/') && pathname.endsWith('/redigera'))
  const joiningLinks = useJoiningLinks(pathname)
  const messagesLink = useMessagesMenuLink(pathname, member && standing?.organisationState === 'ACTIVE')
  const entries: (MenuLink | MenuGroup)[] = [
    { to: '/', label: t('nav.home'), testId: 'nav-home', active: pathname === '/', show: true },
    { to: '/sok', label: t('nav.search'), testId: 'nav-search', active: pathname === '/sok', show: true },
    {
      id: 'supply',
      label: t('shell.nav.supply'),
      links: [
        { to: '/buildings', label: t('nav.buildings'), testId: 'nav-buildings', active: pathname.startsWith('/buildings'), show: member },
        { to: '/annonser', label: t('nav.myListings'), testId: 'nav-my-listings', active: myListings, show: signedIn && canList },
        { to: '/lager', label: t('nav.storage'), testId: 'nav-storage', active: pathname === '/lager' || pathname.startsWith('/lager/'), show: signedIn && canUseStorage },
        { to: '/lager/dag', label: t('pickup.nav'), testId: 'nav-pickup-day', active: pathname === '/lager/dag' || /^\/lager\/[^/]+\/dag$/.test(pathname), show: signedIn && canOperateStorage },
      ],
    },
    {
      id: 'wanted',
      label: t('shell.nav.wanted'),
      links: [
        {
          to: '/efterfragan',
          label: t('nav.wanted'),
          groupLabel: t('shell.nav.ourWanted'),
          testId: 'nav-wanted',
          active: pathname === '/efterfragan' || (pathname.startsWith('/efterfragan/') && pathname !== '/efterfragan/oversikt'),
          show: member,
        },
        { to: '/efterfragan/oversikt', label: t('nav.demand'), testId: 'nav-demand', active: pathname === '/efterfragan/oversikt', show: signedIn && canSeeDemand },
      ],
    },
    {
      id: 'reservations',
      label: t('shell.nav.reservations'),
      links: [
        {
          to: '/reservationer',
          label: t('nav.reservations'),
          groupLabel: t('shell.nav.ourReservations'),
          testId: 'nav-reservations',
          active: pathname === '/reservationer',
          show: member,
        },
        {
          to: '/reservationer/inkommande',
          label: t('nav.incomingReservations'),
          testId: 'nav-incoming-reservations',
          active: pathname === '/reservationer/inkommande',
          show: signedIn && canSell,
        },
        { to: '/leveranser', label: t('delivery.nav'), testId: 'nav-deliveries', active: pathname === '/leveranser', show: signedIn && canCarry },
      ],
    },
    messagesLink,
    { to: '/klimat', label: t('nav.climate'), testId: 'nav-climate', active: pathname === '/klimat', show: member },
    {
      id: 'more',
      label: t('shell.nav.more'),
      links: [
        ...joiningLinks,
        { to: '/admin', label: t('admin.nav'), testId: 'nav-admin', active: pathname === '/admin' || pathname.startsWith('/admin/'), show: signedIn && installationAdmin },
      ],
    },
  ]

  const menuId = useId()
  const [menuOpen, setMenuOpen] = useState(false)
  const [openGroup, setOpenGroup] = useState<string>()
  const toggle = useRef<HTMLButtonElement>(null)
  const nav = useRef<HTMLElement>(null)

  // A followed link closes the menu; the focus is the router's to move (to the new page's heading).
  const [shownPath, setShownPath] = useState(pathname)
  if (shownPath !== pathname) {
    setShownPath(pathname)
    setMenuOpen(false)
    setOpenGroup(undefined)
  }

  // A click elsewhere closes an open group, or the phone's open menu, as a menu does.
  useEffect(() => {
    if (!openGroup && !menuOpen) return
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node
      if (openGroup && !nav.current?.querySelector(`[data-group="${openGroup}"]`)?.contains(target)) setOpenGroup(undefined)
      if (menuOpen && !nav.current?.contains(target)) setMenuOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [openGroup, menuOpen])

  // Escape closes the innermost open part and gives the focus back to its button.
  useEffect(() => {
    if (!openGroup && !menuOpen) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      if (openGroup) {
        nav.current?.querySelector<HTMLButtonElement>(`[data-group="${openGroup}"] > button`)?.focus()
        setOpenGroup(undefined)
      } else {
        setMenuOpen(false)
        toggle.current?.focus()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [openGroup, menuOpen])

  const item = (link: MenuLink) => (
    <li key={link.to} className={link.narrowOnly ? 'nav__narrow-only' : undefined}>
      <Link to={link.to} className="nav__link" data-testid={link.testId} aria-current={link.active ? 'page' : undefined}>
        {link.label}
      </Link>
    </li>
  )

  return (
    <nav className={`nav${menuOpen ? ' nav--open' : ''}`} aria-label={t('nav.label')} ref={nav}>
      <button
        type="button"
        className="nav__toggle"
        aria-expanded={menuOpen}
        aria-controls={menuId}
        onClick={() => setMenuOpen(!menuOpen)}
        ref={toggle}
        data-testid="nav-toggle"
      >
        <svg className="nav__toggle-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M2 4h16M2 10h16M2 16h16" stroke="currentColor" strokeWidth="2" />
        </svg>
        {t('shell.nav.menu')}
      </button>
      <ul className="nav__list" id={menuId}>
        {entries.map((entry) => {
          if (!('links' in entry)) return entry.show && item(entry)
          const shown = entry.links.filter((link) => link.show)
          if (shown.length === 0) return null
          if (shown.length === 1) return item(shown[0])
          const open = openGroup === entry.id
          const panel = `${menuId}-${entry.id}`
          return (
            <li
              key={entry.id}
              className="nav__group"
              data-group={entry.id}
              onBlur={(event) => {
                if (open && !event.currentTarget.contains(event.relatedTarget as Node | null) && event.relatedTarget) setOpenGroup(undefined)
              }}
            >
              <button
                type="button"
                className={`nav__link nav__button nav__group-button${shown.some((link) => link.active) ? ' nav__link--within' : ''}`}
                aria-expanded={open}
                aria-controls={panel}
                onClick={() => setOpenGroup(open ? undefined : entry.id)}
                data-testid={`nav-group-${entry.id}`}
              >
                {entry.label}
                <svg className="nav__chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                  <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" />
                </svg>
              </button>
              <span className="nav__group-label" aria-hidden="true">
                {entry.label}
              </span>
              <ul className={`nav__panel${open ? ' nav__panel--open' : ''}`} id={panel} aria-label={entry.label}>
                {shown.map((link) => (
                  <li key={link.to}>
                    <Link
                      to={link.to}
                      className="nav__link"
                      data-testid={link.testId}
                      data-nav-group={entry.id}
                      aria-current={link.active ? 'page' : undefined}
                    >
                      {link.groupLabel ?? link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          )
        })}
        {/* The start page has its own sign-in button. */}
        {status === 'anonymous' && pathname !== '/' && (
          <li>
            <button type="button" className="nav__link nav__button" onClick={() => void login()} data-testid="nav-login">
              {t('nav.login')}
            </button>
          </li>
        )}
      </ul>
    </nav>
  )
}
