import { Fragment, Suspense, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, ScrollRestoration, useLocation, useRouteError } from 'react-router'
import { useAuth } from '../auth'
import { ErrorMessage } from '../components/ErrorMessage'
import { Header } from '../components/Header'
import { Loading } from '../components/LoadError'
import { LandingPage } from '../pages/LandingPage'
import { SessionProvider } from '../session'
import { ExpiredSession } from '../session/ExpiredSession'
import { focusMainHeading } from './focus'

/** The frame of every page: skip link, header with the menu, the page in <main>, and the footer. */
export function RootLayout() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const main = useRef<HTMLElement>(null)
  // The path whose heading had the focus: the first page keeps the browser's own focus, filters (the query
  // string) do not move it, a new path does.
  const shown = useRef(pathname)
  useEffect(() => {
    if (shown.current === pathname || !main.current) return
    shown.current = pathname
    return focusMainHeading(main.current)
  }, [pathname])

  return (
    <SessionProvider>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" className="main" tabIndex={-1} ref={main}>
        <Content />
      </main>
      <Footer />
      <ScrollRestoration />
    </SessionProvider>
  )
}

function Content() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const { status, error } = useAuth()
  switch (status) {
    case 'loading':
      return (
        <section className="card" aria-busy="true">
          <p role="status">{t('app.loading')}</p>
        </section>
      )
    case 'expired':
      return <ExpiredSession />
    case 'error':
      return (
        <section className="card">
          <ErrorMessage message={error ? t(error.messageKey) : undefined} detail={error?.detail}>
            <a className="button" href="/">
              {t('errors.backToStart')}
            </a>
          </ErrorMessage>
        </section>
      )
    default:
      // Keyed by the path, so that a page starts fresh when the path changes (not when its query string does).
      return (
        <Suspense fallback={<Loading />}>
          <Fragment key={pathname}>
            <Outlet />
          </Fragment>
        </Suspense>
      )
  }
}

/** The links every page has at its foot: the accessibility statement (required by law) and the climate method. */
function Footer() {
  const { t } = useTranslation()
  return (
    <footer className="footer" data-testid="footer">
      <nav className="footer__inner" aria-label={t('shell.footer.label')}>
        <Link to="/tillganglighet" data-testid="footer-accessibility">
          {t('shell.footer.accessibility')}
        </Link>
        <Link to="/klimat/metod">{t('shell.footer.method')}</Link>
      </nav>
    </footer>
  )
}

/** The pages that need a signed-in user show the sign-in page to visitors. */
export function RequireSignIn() {
  const { status } = useAuth()
  return status === 'authenticated' ? <Outlet /> : <LandingPage />
}

/** Any path no route knows: a page of its own with a heading, inside the usual frame. */
export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <section className="card" data-testid="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="card__title">
        {t('common.notFound')}
      </h1>
    </section>
  )
}

/** A page that failed to render or whose code could not be fetched (after a new release, for instance). */
export function RouteError() {
  const { t } = useTranslation()
  const error = useRouteError()
  return (
    <main id="main" className="main" tabIndex={-1}>
      <section className="card">
        <ErrorMessage message={t('errors.load')} detail={error instanceof Error ? error.message : undefined}>
          <a className="button" href="/">
            {t('errors.backToStart')}
          </a>
        </ErrorMessage>
      </section>
    </main>
  )
}
