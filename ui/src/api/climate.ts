import { apiBlob, apiFetch, apiSend } from './client'

/*
 * Climate impact (/api/v1/climate, /reports/impact, /public/impact): Boverket's figures, estimates, the savings
 * of listings and items, and the realised reports. Every figure carries its source and version.
 */

export interface ClimateSource {
  name: string
  version: string
  publishedOn: string | null
}

export interface ClimateProduct {
  version: string
  resourceId: string
  nameSv: string
  nameEn: string | null
  boverketCategory: string | null
  bk04Code: string | null
  a1a3Typical: number
  a1a3Conservative: number
  a4: number
  conservativeFactor: number | null
  kgPerM2: number | null
  kgPerM3: number | null
  conversions: string | null
  /** What the figures are per: kg (a few products, such as solar cells, are per m²). */
  inventoryUnit: string
}

export type SavingsBasis = 'PRODUCT' | 'MATERIAL_ESTIMATE' | 'NONE'

export interface Savings {
  basis: SavingsBasis
  reason: string | null
  massKg: number | null
  massSource: 'WEIGHT_PER_UNIT' | 'KG' | 'AREA' | 'VOLUME' | null
  product: { resourceId: string; nameSv: string; nameEn: string | null; materialRule: string | null } | null
  a1a3Typical: number | null
  a1a3Conservative: number | null
  a4: number | null
  reuseA4: number
  refurbishmentKgCo2e: number
  avoidedTypicalKgCo2e: number | null
  avoidedConservativeKgCo2e: number | null
  estimate: boolean
  source: ClimateSource
}

export interface DatasetView {
  version: string
  source: string
  publishedOn: string | null
  fileName: string
  productCount: number
  importedAt: string
  active: boolean
}

export interface FactorsView {
  source: ClimateSource
  datasets: DatasetView[]
  reuseA4: number
  products: ClimateProduct[]
  materialRules: { rank: number; pattern: string; resourceId: string; note: string }[]
}

export interface MappingView {
  categoryId: string
  parentId: string | null
  code: string
  nameSv: string
  nameEn: string
  boverketId: string | null
  product: ClimateProduct | null
  source: ClimateSource
}

export interface ImpactFigures {
  handovers: number
  massKg: number
  co2eTypicalKg: number
  co2eConservativeKg: number
  valueSek: number
  pricedHandovers: number
  estimatedCo2eTypicalKg: number
  estimatedShare: number
  withoutFigure: number
  /* co2e*Kg above are net; gross = net + transport + storage + refurbishment */
  grossTypicalKg: number
  grossConservativeKg: number
  transportKg: number
  storageKg: number
  refurbishmentKg: number
  transportByDistance: number
  newValueSek: number
  savedSek: number
  referencePriced: number
  internalHandovers: number
  internalMassKg: number
}

export interface ImpactGroup {
  key: Record<string, string>
  label: Record<string, string>
  figures: ImpactFigures
}

export interface ImpactReport {
  organisation: { code: string; name: string }
  from: string
  to: string
  groupBy: string[]
  role: string
  versions: ClimateSource[]
  totals: ImpactFigures
  groups: ImpactGroup[]
}

export interface PublicImpact {
  organisation: { code: string; name: string }
  from: string
  to: string
  versions: ClimateSource[]
  totals: ImpactFigures
  byYear: ImpactGroup[]
  byMonth: ImpactGroup[]
  byCategory: ImpactGroup[]
  method: string
  byWaste: ImpactGroup[]
  followUp: FollowUpYear[]
}

export const GROUPINGS = ['category', 'waste', 'building', 'site', 'organisation', 'role', 'month', 'quarter', 'year'] as const
export type Grouping = (typeof GROUPINGS)[number]

export interface ImpactQuery {
  groupBy: string[]
  from?: string
  to?: string
  role?: 'all' | 'given' | 'received'
}

function query(q: ImpactQuery, format: string): string {
  const params = new URLSearchParams()
  if (q.groupBy.length) params.set('groupBy', q.groupBy.join(','))
  if (q.from) params.set('from', q.from)
  if (q.to) params.set('to', q.to)
  if (q.role && q.role !== 'all') params.set('role', q.role)
  params.set('format', format)
  return `/api/v1/reports/impact?${params.toString()}`
}

export function createClimateApi(accessToken: string) {
  const options = accessToken ? { accessToken } : {}
  return {
    factors: () => apiFetch<FactorsView>('/api/v1/climate/factors', options),
    mappings: () => apiFetch<MappingView[]>('/api/v1/climate/categories/mappings', options),
    setMapping: (categoryId: string, boverketId: string | null) =>
      apiSend<MappingView>(`/api/v1/climate/categories/${categoryId}/mapping`, 'PUT', { boverketId }, options),
    listingSavings: (id: string) => apiFetch<Savings>(`/api/v1/climate/listings/${id}/savings`, options),
    itemSavings: (id: string) => apiFetch<Savings>(`/api/v1/climate/items/${id}/savings`, options),
    report: (q: ImpactQuery) => apiFetch<ImpactReport>(query(q, 'json'), options),
    download: (q: ImpactQuery, format: 'csv' | 'xlsx') => apiBlob(query(q, format), options),
    publicImpact: (organisation: string) =>
      apiFetch<PublicImpact>(`/api/v1/public/impact/${encodeURIComponent(organisation)}`),
    ...followUpApi(options),
  }
}

// ---- follow-up, handover rows, declaration rows, reference prices (issue 22) --------------------------------

export interface FollowUpYear {
  year: string
  figures: ImpactFigures
  internalShare: number
  inventories: number
  listings: number
}

export interface FollowUp {
  organisation: { code: string; name: string }
  from: string
  to: string
  versions: ClimateSource[]
  years: FollowUpYear[]
  total: FollowUpYear
}

export interface HandoverImpact {
  handoverId: string
  handedOverOn: string
  role: 'GIVEN' | 'RECEIVED' | 'INTERNAL'
  giverCode: string
  giverName: string
  receiverCode: string
  receiverName: string
  categoryCode: string
  categoryNameSv: string
  categoryNameEn: string
  quantity: number
  unit: string
  basis: SavingsBasis
  resourceId: string | null
  productNameSv: string | null
  datasetVersion: string | null
  massKg: number | null
  grossTypicalKg: number | null
  grossConservativeKg: number | null
  transportBasis: 'DISTANCE' | 'REUSE_A4'
  transportDistanceKm: number | null
  transportFactor: number | null
  transportKg: number | null
  storageKg: number | null
  refurbishmentKg: number | null
  netTypicalKg: number | null
  netConservativeKg: number | null
  wasteCode: string | null
  wasteNameSv: string | null
  wasteNameEn: string | null
  valueSek: number | null
  referencePriceSek: number | null
  referenceSource: string | null
  newValueSek: number | null
  savedSek: number | null
}

export interface HandoverQuery {
  from?: string
  to?: string
  role?: 'all' | 'given' | 'received'
  categoryCode?: string
  wasteCode?: string
}

function params(q: Record<string, string | undefined>, format: string): string {
  const p = new URLSearchParams()
  for (const [k, v] of Object.entries(q)) if (v && !(k === 'role' && v === 'all')) p.set(k, v)
  p.set('format', format)
  return p.toString()
}

function followUpApi(options: { accessToken?: string }) {
  return {
    followUp: (q: { from?: string; to?: string }) => apiFetch<FollowUp>(`/api/v1/reports/follow-up?${params(q, 'json')}`, options),
    downloadFollowUp: (q: { from?: string; to?: string }, format: 'csv' | 'xlsx') =>
      apiBlob(`/api/v1/reports/follow-up?${params(q, format)}`, options),
    handovers: (q: HandoverQuery) =>
      apiFetch<HandoverImpact[]>(`/api/v1/reports/impact/handovers?${params({ ...q }, 'json')}`, options),
    downloadHandovers: (q: HandoverQuery, format: 'csv' | 'xlsx') =>
      apiBlob(`/api/v1/reports/impact/handovers?${params({ ...q }, format)}`, options),
    downloadDeclaration: (q: { from?: string; to?: string; project?: string }, format: 'csv' | 'xlsx') =>
      apiBlob(`/api/v1/reports/declaration?${params(q, format)}`, options),
  }
}

export type ClimateApi = ReturnType<typeof createClimateApi>
