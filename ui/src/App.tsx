import { Fragment, lazy, Suspense, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { useAuth } from './auth'
import { Header } from './components/Header'
import { ErrorMessage } from './components/ErrorMessage'
import { Loading } from './components/LoadError'
import { HomePage } from './pages/HomePage'
import { BuildingFormPage } from './pages/inventory/BuildingFormPage'
import { BuildingPage } from './pages/inventory/BuildingPage'
import { BuildingsPage } from './pages/inventory/BuildingsPage'
import { ImportPage } from './pages/inventory/ImportPage'
import { ItemFormPage } from './pages/inventory/ItemFormPage'
import { ListingFormPage } from './pages/listings/ListingFormPage'
import { ListingPage } from './pages/listings/ListingPage'
import { MyListingsPage } from './pages/listings/MyListingsPage'
import { IncomingReservationsPage, MyReservationsPage, ReservationRedirectPage } from './pages/reservations/ReservationsPage'
import { SearchPage } from './pages/search/SearchPage'
import { PreferencesPage } from './pages/settings/PreferencesPage'
import { matchPath, useLocation } from './router'
import { SessionProvider } from './session'
import { LandingPage } from './pages/LandingPage'
import { DemandOverviewPage } from './pages/wanted/DemandOverviewPage'
import { WantedFormPage } from './pages/wanted/WantedFormPage'
import { WantedListPage } from './pages/wanted/WantedListPage'
import { WantedPage } from './pages/wanted/WantedPage'

// The storage pages are one chunk of their own, fetched when a /lager path is first opened.
const storagePages = () => import('./pages/storage')
const CodePage = lazy(() => storagePages().then((m) => ({ default: m.CodePage })))
const IntakePage = lazy(() => storagePages().then((m) => ({ default: m.IntakePage })))
const LocationPage = lazy(() => storagePages().then((m) => ({ default: m.LocationPage })))
const LotPage = lazy(() => storagePages().then((m) => ({ default: m.LotPage })))
const ScanPage = lazy(() => storagePages().then((m) => ({ default: m.ScanPage })))
const SiteDashboardPage = lazy(() => storagePages().then((m) => ({ default: m.SiteDashboardPage })))
const SiteFormPage = lazy(() => storagePages().then((m) => ({ default: m.SiteFormPage })))
const SitesPage = lazy(() => storagePages().then((m) => ({ default: m.SitesPage })))

// The climate pages (and their chart library) are a chunk of their own.
const climatePages = () => import('./pages/climate')
const ImpactDashboardPage = lazy(() => climatePages().then((m) => ({ default: m.ImpactDashboardPage })))
const PublicImpactPage = lazy(() => climatePages().then((m) => ({ default: m.PublicImpactPage })))
const MethodPage = lazy(() => climatePages().then((m) => ({ default: m.MethodPage })))

type Route = [pattern: string, render: (p: Record<string, string>) => ReactElement, anonymous?: 'anonymous']

/*
 * The pages, by path; the first match wins (so /annonser/ny comes before /annonser/:id, /lager/skanna before
 * /lager/:siteId). Pages marked 'anonymous' are open to everyone (search and public listings); the others show
 * the sign-in page to visitors.
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
  // Reservations: the incoming list before /reservationer/:id (which finds the side of one reservation).
  ['/reservationer', () => <MyReservationsPage />],
  ['/reservationer/inkommande', () => <IncomingReservationsPage />],
  ['/reservationer/:id', (p) => <ReservationRedirectPage id={p.id} />],
  ['/installningar', () => <PreferencesPage />],
  // Wanted requests: the fixed paths before /efterfragan/:id
  ['/efterfragan', () => <WantedListPage />],
  ['/efterfragan/ny', () => <WantedFormPage />],
  ['/efterfragan/oversikt', () => <DemandOverviewPage />],
  ['/efterfragan/:id', (p) => <WantedPage id={p.id} />],
  ['/efterfragan/:id/redigera', (p) => <WantedFormPage id={p.id} />],
  // Storage: the fixed paths before /lager/:siteId and /lager/:siteId/...
  ['/lager', () => <SitesPage />],
  ['/lager/nytt', () => <SiteFormPage />],
  ['/lager/skanna', () => <ScanPage />],
  ['/lager/kod/:code', (p) => <CodePage code={p.code} />],
  ['/lager/platser/:locationId', (p) => <LocationPage locationId={p.locationId} />],
  ['/lager/poster/:lotId', (p) => <LotPage lotId={p.lotId} />],
  ['/lager/:siteId', (p) => <SiteDashboardPage siteId={p.siteId} />],
  ['/lager/:siteId/inleverans', (p) => <IntakePage siteId={p.siteId} />],
  ['/lager/:siteId/redigera', (p) => <SiteFormPage id={p.siteId} />],
  // Climate: the method and the public dashboards are open to everyone.
  ['/klimat', () => <ImpactDashboardPage />],
  ['/klimat/metod', () => <MethodPage />, 'anonymous'],
  ['/klimat/publik/:organisation', (p) => <PublicImpactPage organisation={p.organisation} />, 'anonymous'],
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
    return (
      <Fragment key={pathname}>
        <Suspense fallback={<Loading />}>{render(params)}</Suspense>
      </Fragment>
    )
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
