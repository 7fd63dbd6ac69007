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
import { ListingFormPage } from './pages/listings/ListingFormPage'
import { ListingPage } from './pages/listings/ListingPage'
import { MyListingsPage } from './pages/listings/MyListingsPage'
import { SearchPage } from './pages/search/SearchPage'
import { matchPath, useLocation } from './router'
import { SessionProvider } from './session'
import { LandingPage } from './pages/LandingPage'

type Route = [pattern: string, render: (p: Record<string, string>) => ReactElement, anonymous?: 'anonymous']

/*
 * The pages, by path; the first match wins (so /annonser/ny comes before /annonser/:id). Pages marked
 * 'anonymous' are open to everyone (search and public listings); the others show the sign-in page to visitors.
 */
const ROUTES: Route[] = [
  ['/buildings', () => <BuildingsPage />],
  ['/buildings/new', () => <BuildingFormPage />],
  ['/buildings/:id', (p) => <BuildingPage id={p.id} />],
  ['/buildings/:id/edit', (p) => <BuildingFormPage id={p.id} />],
  ['/buildings/:id/import', (p) => <ImportPage buildingId={p.id} />],
  ['/buildings/:id/items/new', (p) => <ItemFormPage buildingId={p.id} />],
  ['/buildings/:id/items/:itemId', (p) => <ItemFormPage buildingId={p.id} itemId={p.itemId} />],
  ['/sok', () => <SearchPage />, 'anonymous'],
  ['/annonser', () => <MyListingsPage />],
  ['/annonser/ny', () => <ListingFormPage />],
  ['/annonser/:id', (p) => <ListingPage id={p.id} />, 'anonymous'],
  ['/annonser/:id/redigera', (p) => <ListingFormPage id={p.id} />],
]

/** Each match is keyed by its path so a page starts fresh when the path changes (not when its query does). */
function Routes({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  if (matchPath('/', pathname)) return signedIn ? <HomePage /> : <LandingPage />
  for (const [pattern, render, anonymous] of ROUTES) {
    const params = matchPath(pattern, pathname)
    if (!params) continue
    if (!signedIn && !anonymous) return <LandingPage />
    return <Fragment key={pathname}>{render(params)}</Fragment>
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
      return <Routes signedIn />
    case 'anonymous':
      return <Routes signedIn={false} />
  }
}

export function App() {
  const { t } = useTranslation()
  return (
    <SessionProvider>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        <Content />
      </main>
    </SessionProvider>
  )
}
