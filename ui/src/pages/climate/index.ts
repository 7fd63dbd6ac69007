export { ImpactDashboardPage } from './ImpactDashboardPage'
export { MethodPage } from './MethodPage'
export { PublicImpactPage } from './PublicImpactPage'
