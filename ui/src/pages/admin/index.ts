/* The installation's administration (/admin/...): one chunk, loaded when first opened. */
export { AdminPage } from './AdminPage'
export { AuditPage } from './AuditPage'
export { GroupsPage } from './GroupsPage'
export { NewOrganisationPage } from './NewOrganisationPage'
export { OrganisationPage } from './OrganisationPage'
export { OrganisationsPage } from './OrganisationsPage'
export { RequireInstallationAdmin } from './RequireInstallationAdmin'
