import { lazy, type ReactElement } from 'react'
import { useParams, type RouteObject } from 'react-router'
import { useAuth } from '../auth'
import { withTexts } from '../i18n'
import { HomePage } from '../pages/HomePage'
import { LandingPage } from '../pages/LandingPage'
import { joiningRoutes } from '../pages/joining/routes'
import { deliveryRoutes } from '../pages/deliveries/routes'
import { conversationRoutes } from '../pages/conversations/routes'
import { NotFoundPage, RequireSignIn, RootLayout, RouteError } from './RootLayout'

/*
 * The pages, by path. The start page is in the main bundle; every other page is fetched when it is first opened
 * (React.lazy; the layout's <Suspense> shows "Laddar…" meanwhile). Pages in one folder share their chunk where
 * they are imported from one module (storage, climate). React Router ranks paths itself, so /annonser/ny wins over
 * /annonser/:id whatever the order.
 */

const BuildingsPage = lazy(() => withTexts(['inventory', 'listings'], () => import('../pages/inventory/BuildingsPage'))().then((m) => ({ default: m.BuildingsPage })))
const BuildingFormPage = lazy(() => withTexts(['inventory', 'listings'], () => import('../pages/inventory/BuildingFormPage'))().then((m) => ({ default: m.BuildingFormPage })))
const BuildingPage = lazy(() => withTexts(['inventory', 'listings'], () => import('../pages/inventory/BuildingPage'))().then((m) => ({ default: m.BuildingPage })))
const ImportPage = lazy(() => withTexts(['inventory', 'listings'], () => import('../pages/inventory/ImportPage'))().then((m) => ({ default: m.ImportPage })))
const ItemFormPage = lazy(() => withTexts(['inventory', 'listings'], () => import('../pages/inventory/ItemFormPage'))().then((m) => ({ default: m.ItemFormPage })))
const SearchPage = lazy(() => import('../pages/search/SearchPage').then((m) => ({ default: m.SearchPage })))
const MyListingsPage = lazy(() => withTexts(['listings', 'reservations', 'storage'], () => import('../pages/listings/MyListingsPage'))().then((m) => ({ default: m.MyListingsPage })))
const ListingFormPage = lazy(() => withTexts(['listings', 'reservations', 'storage'], () => import('../pages/listings/ListingFormPage'))().then((m) => ({ default: m.ListingFormPage })))
const ListingPage = lazy(() => withTexts(['listings', 'reservations', 'storage'], () => import('../pages/listings/ListingPage'))().then((m) => ({ default: m.ListingPage })))
const reservationPages = withTexts(['reservations', 'storage'], () => import('../pages/reservations/ReservationsPage'))
const MyReservationsPage = lazy(() => reservationPages().then((m) => ({ default: m.MyReservationsPage })))
const IncomingReservationsPage = lazy(() => reservationPages().then((m) => ({ default: m.IncomingReservationsPage })))
const ReservationRedirectPage = lazy(() => reservationPages().then((m) => ({ default: m.ReservationRedirectPage })))
const PreferencesPage = lazy(() => withTexts(['settings'], () => import('../pages/settings/PreferencesPage'))().then((m) => ({ default: m.PreferencesPage })))
const WantedListPage = lazy(() => withTexts(['wanted'], () => import('../pages/wanted/WantedListPage'))().then((m) => ({ default: m.WantedListPage })))
const WantedFormPage = lazy(() => withTexts(['wanted'], () => import('../pages/wanted/WantedFormPage'))().then((m) => ({ default: m.WantedFormPage })))
const DemandOverviewPage = lazy(() => withTexts(['wanted'], () => import('../pages/wanted/DemandOverviewPage'))().then((m) => ({ default: m.DemandOverviewPage })))
const WantedPage = lazy(() => withTexts(['wanted'], () => import('../pages/wanted/WantedPage'))().then((m) => ({ default: m.WantedPage })))

const storagePages = withTexts(['storage', 'inventory', 'listings', 'reservations'], () => import('../pages/storage'))
const CodePage = lazy(() => storagePages().then((m) => ({ default: m.CodePage })))
const IntakePage = lazy(() => storagePages().then((m) => ({ default: m.IntakePage })))
const LocationPage = lazy(() => storagePages().then((m) => ({ default: m.LocationPage })))
const LotPage = lazy(() => storagePages().then((m) => ({ default: m.LotPage })))
const ScanPage = lazy(() => storagePages().then((m) => ({ default: m.ScanPage })))
const SiteDashboardPage = lazy(() => storagePages().then((m) => ({ default: m.SiteDashboardPage })))
const SiteFormPage = lazy(() => storagePages().then((m) => ({ default: m.SiteFormPage })))
const SitesPage = lazy(() => storagePages().then((m) => ({ default: m.SitesPage })))

// The store's pickups (issue 21): the day view with its pick list and handover, and the menu's way there.
const pickupPages = withTexts(['storage', 'reservations'], () => import('../pages/pickup'))
const PickupDayPage = lazy(() => pickupPages().then((m) => ({ default: m.PickupDayPage })))
const PickupSitesPage = lazy(() => pickupPages().then((m) => ({ default: m.PickupSitesPage })))

const climatePages = withTexts(['climate'], () => import('../pages/climate'))
const ImpactDashboardPage = lazy(() => climatePages().then((m) => ({ default: m.ImpactDashboardPage })))
const PublicImpactPage = lazy(() => climatePages().then((m) => ({ default: m.PublicImpactPage })))
const MethodPage = lazy(() => climatePages().then((m) => ({ default: m.MethodPage })))

// The installation's administration (installation administrators; they need no organisation of their own).
const adminPages = withTexts(['admin'], () => import('../pages/admin'))
const RequireInstallationAdmin = lazy(() => adminPages().then((m) => ({ default: m.RequireInstallationAdmin })))
const AdminPage = lazy(() => adminPages().then((m) => ({ default: m.AdminPage })))
const OrganisationsPage = lazy(() => adminPages().then((m) => ({ default: m.OrganisationsPage })))
const NewOrganisationPage = lazy(() => adminPages().then((m) => ({ default: m.NewOrganisationPage })))
const OrganisationPage = lazy(() => adminPages().then((m) => ({ default: m.OrganisationPage })))
const GroupsPage = lazy(() => adminPages().then((m) => ({ default: m.GroupsPage })))
const AuditPage = lazy(() => adminPages().then((m) => ({ default: m.AuditPage })))

// The shell's own pages (header, menu, footer): the accessibility statement, linked from every page's footer.
const AccessibilityStatementPage = lazy(() =>
  withTexts(['accessibility'], () => import('../pages/accessibility/AccessibilityStatementPage'))().then((m) => ({ default: m.AccessibilityStatementPage })),
)

/** A page that takes the path's named segments as props ("/buildings/:id" → id). */
function WithParams({ render }: { render: (params: Record<string, string>) => ReactElement }) {
  return render(useParams() as Record<string, string>)
}
const p = (render: (params: Record<string, string>) => ReactElement) => <WithParams render={render} />

function StartPage() {
  const { status } = useAuth()
  return status === 'authenticated' ? <HomePage /> : <LandingPage />
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <StartPage /> },
      // Open to everyone: search, public listings, the climate method and the public dashboards.
      { path: 'sok', element: <SearchPage /> },
      { path: 'annonser/:id', element: p((x) => <ListingPage id={x.id} />) },
      { path: 'klimat/metod', element: <MethodPage /> },
      { path: 'klimat/publik/:organisation', element: p((x) => <PublicImpactPage organisation={x.organisation} />) },
      { path: 'tillganglighet', element: <AccessibilityStatementPage /> },
      {
        element: <RequireSignIn />,
        children: [
          { path: 'buildings', element: <BuildingsPage /> },
          { path: 'buildings/new', element: <BuildingFormPage /> },
          { path: 'buildings/:id', element: p((x) => <BuildingPage id={x.id} />) },
          { path: 'buildings/:id/edit', element: p((x) => <BuildingFormPage id={x.id} />) },
          { path: 'buildings/:id/import', element: p((x) => <ImportPage buildingId={x.id} />) },
          { path: 'buildings/:id/items/new', element: p((x) => <ItemFormPage buildingId={x.id} />) },
          { path: 'buildings/:id/items/:itemId', element: p((x) => <ItemFormPage buildingId={x.id} itemId={x.itemId} />) },
          { path: 'annonser', element: <MyListingsPage /> },
          { path: 'annonser/ny', element: <ListingFormPage /> },
          { path: 'annonser/:id/redigera', element: p((x) => <ListingFormPage id={x.id} />) },
          { path: 'reservationer', element: <MyReservationsPage /> },
          { path: 'reservationer/inkommande', element: <IncomingReservationsPage /> },
          { path: 'reservationer/:id', element: p((x) => <ReservationRedirectPage id={x.id} />) },
          { path: 'installningar', element: <PreferencesPage /> },
          { path: 'efterfragan', element: <WantedListPage /> },
          { path: 'efterfragan/ny', element: <WantedFormPage /> },
          { path: 'efterfragan/oversikt', element: <DemandOverviewPage /> },
          { path: 'efterfragan/:id', element: p((x) => <WantedPage id={x.id} />) },
          { path: 'efterfragan/:id/redigera', element: p((x) => <WantedFormPage id={x.id} />) },
          { path: 'lager', element: <SitesPage /> },
          { path: 'lager/nytt', element: <SiteFormPage /> },
          { path: 'lager/skanna', element: <ScanPage /> },
          { path: 'lager/kod/:code', element: p((x) => <CodePage code={x.code} />) },
          { path: 'lager/platser/:locationId', element: p((x) => <LocationPage locationId={x.locationId} />) },
          { path: 'lager/poster/:lotId', element: p((x) => <LotPage lotId={x.lotId} />) },
          { path: 'lager/:siteId', element: p((x) => <SiteDashboardPage siteId={x.siteId} />) },
          { path: 'lager/:siteId/inleverans', element: p((x) => <IntakePage siteId={x.siteId} />) },
          { path: 'lager/:siteId/redigera', element: p((x) => <SiteFormPage id={x.siteId} />) },
          { path: 'lager/dag', element: <PickupSitesPage /> },
          { path: 'lager/:siteId/dag', element: p((x) => <PickupDayPage siteId={x.siteId} />) },
          { path: 'klimat', element: <ImpactDashboardPage /> },
          {
            element: <RequireInstallationAdmin />,
            children: [
              { path: 'admin', element: <AdminPage /> },
              { path: 'admin/organisationer', element: <OrganisationsPage /> },
              { path: 'admin/organisationer/ny', element: <NewOrganisationPage /> },
              { path: 'admin/organisationer/:id', element: p((x) => <OrganisationPage id={x.id} />) },
              { path: 'admin/grupper', element: <GroupsPage /> },
              { path: 'admin/granskning', element: <AuditPage /> },
            ],
          },
        ],
      },
      // Joining, invitations, members and your own data (pages/joining/routes.tsx).
      ...joiningRoutes,
      // Deliveries: the carrier's board and the receipt page (pages/deliveries/routes.tsx).
      ...deliveryRoutes,
      // Conversations and their moderation (pages/conversations/routes.tsx).
      ...conversationRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
