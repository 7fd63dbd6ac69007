/* The store's pickup pages, loaded as one chunk when first opened (see router/routes.tsx). */
export { PickupDayPage, PickupSitesPage } from './DayPage'
