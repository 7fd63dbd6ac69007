import { Fragment, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { useAuth } from './auth'
import { Header } from './components/Header'
import { ErrorMessage } from './components/ErrorMessage'
import { HomePage } from './pages/HomePage'
import { BuildingFormPage } from './pages/inventory/BuildingFormPage'
import { BuildingPage } from './pages/inventory/BuildingPage'
import { BuildingsPage } from './pages/inventory/BuildingsPage'
import { ImportPage } from './pages/inventory/ImportPage'
import { ItemFormPage } from './pages/inventory/ItemFormPage'
import { matchPath, useLocation } from './router'
import { SessionProvider } from './session'
import { LandingPage } from './pages/LandingPage'

/** The signed-in pages, by path. Each match is keyed by its path so a page starts fresh when the path changes. */
function SignedIn() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const routes: [string, (p: Record<string, string>) => ReactElement][] = [
    ['/', () => <HomePage />],
    ['/buildings', () => <BuildingsPage />],
    ['/buildings/new', () => <BuildingFormPage />],
    ['/buildings/:id', (p) => <BuildingPage id={p.id} />],
    ['/buildings/:id/edit', (p) => <BuildingFormPage id={p.id} />],
    ['/buildings/:id/import', (p) => <ImportPage buildingId={p.id} />],
    ['/buildings/:id/items/new', (p) => <ItemFormPage buildingId={p.id} />],
    ['/buildings/:id/items/:itemId', (p) => <ItemFormPage buildingId={p.id} itemId={p.itemId} />],
  ]
  for (const [pattern, render] of routes) {
    const params = matchPath(pattern, pathname)
    if (params) return <Fragment key={pathname}>{render(params)}</Fragment>
  }
  return (
    <section className="card" data-testid="not-found">
      <p>{t('common.notFound')}</p>
    </section>
  )
}

function Content() {
  const { t } = useTranslation()
  const { status, error } = useAuth()
  switch (status) {
    case 'loading':
      return (
        <section className="card" aria-busy="true">
          <p role="status">{t('app.loading')}</p>
        </section>
      )
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
    case 'authenticated':
      return (
        <SessionProvider>
          <SignedIn />
        </SessionProvider>
      )
    case 'anonymous':
      return <LandingPage />
  }
}

export function App() {
  const { t } = useTranslation()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        <Content />
      </main>
    </>
  )
}
