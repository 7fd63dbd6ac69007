import { apiBlob, apiFetch, apiSend } from './client'
import type { components } from './schema'

/*
 * Climate impact (/api/v1/climate, /reports/impact, /public/impact): Boverket's figures, estimates, the savings
 * of listings and items, and the realised reports. Every figure carries its source and version. The types are the
 * generated schema's (components['schemas']); an answer's property that may be null is optional there and allows
 * null.
 */

type Schemas = components['schemas']

export type ClimateSource = Schemas['ClimateSource']
/** `inventoryUnit`: what the figures are per: kg (a few products, such as solar cells, are per m²). */
export type ClimateProduct = Schemas['ClimateProduct']
export type SavingsBasis = Schemas['Savings']['basis']
export type Savings = Schemas['Savings']
export type DatasetView = Schemas['DatasetView']
export type FactorsView = Schemas['FactorsView']
export type MappingView = Schemas['MappingView']
/** The co2e…Kg figures are net; gross = net + transport + storage + refurbishment. */
export type ImpactFigures = Schemas['ImpactReport']['totals']
export type ImpactGroup = Schemas['ImpactReport']['groups'][number]
export type ImpactReport = Schemas['ImpactReport']
export type PublicImpact = Schemas['PublicImpact']

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

export type FollowUp = Schemas['FollowUp']
export type FollowUpYear = FollowUp['total']
export type HandoverImpact = Schemas['HandoverImpact']

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
