/* The storage pages, loaded as one chunk when a /lager path is first opened (see App.tsx). */
export { CodePage } from './CodePage'
export { IntakePage } from './IntakePage'
export { LocationPage } from './LocationPage'
export { LotPage } from './LotPage'
export { ScanPage } from './ScanPage'
export { SiteDashboardPage } from './SiteDashboardPage'
export { SiteFormPage } from './SiteFormPage'
export { SitesPage } from './SitesPage'
