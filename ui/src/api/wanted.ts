import { apiFetch, apiSend } from './client'
import type { OrganisationRef, PageOf, Unit } from './inventory'

/*
 * Types and calls of the wanted-request API (/api/v1/wanted, /demand/overview, /items/{id}/demand,
 * /buildings/{id}/demand, /listings/{id}/matching-wanted).
 */

const BASE = '/api/v1'

export const WANTED_STATUSES = ['OPEN', 'PAUSED', 'CLOSED', 'EXPIRED'] as const
export type WantedStatus = (typeof WANTED_STATUSES)[number]

export interface Range {
  min: number | null
  max: number | null
}

export interface WantedPlace {
  name: string | null
  latitude: number | null
  longitude: number | null
}

export interface WantedRequest {
  id: string
  organisation: OrganisationRef
  createdBy: string
  text: string | null
  notes: string | null
  category: { id: string; code: string; nameSv: string; nameEn: string } | null
  quantity: number | null
  unit: Unit | null
  dimensions: { length: Range; width: Range; height: Range }
  conditionMax: number | null
  place: WantedPlace | null
  withinKm: number | null
  neededBy: string | null
  priceMaxSek: number | null
  acceptFuture: boolean
  status: WantedStatus
  expiresOn: string
  matchCount: number
  version: number
  createdAt: string
  updatedAt: string
}

/** What the form sends: dimensions as min–max ranges. */
export interface WantedBody {
  text: string | null
  notes: string | null
  categoryId: string | null
  quantity: number | null
  unit: Unit | null
  dimensions: { length: Range | null; width: Range | null; height: Range | null } | null
  conditionMax: number | null
  place: WantedPlace | null
  withinKm: number | null
  neededBy: string | null
  priceMaxSek: number | null
  acceptFuture: boolean
}

export interface MatchReason {
  criterion: string
  held: boolean
  value: number | null
  offBy: number | null
}

export interface WantedMatch {
  kind: 'LISTING' | 'FUTURE_ITEM'
  listingId: string | null
  inventoryItemId: string | null
  title: string
  organisationName: string | null
  category: { id: string; code: string; nameSv: string; nameEn: string } | null
  quantity: number | null
  unit: Unit | null
  lengthMm: number | null
  widthMm: number | null
  heightMm: number | null
  condition: number
  priceKind: 'FIXED' | 'FREE' | 'ON_REQUEST' | null
  priceSek: number | null
  city: string | null
  distanceKm: number | null
  availableFrom: string | null
  future: boolean
  exact: boolean
  score: number
  reasons: MatchReason[]
  matchedAt: string | null
  notifiedAt: string | null
  thumbnailUrl: string | null
}

export interface MatchingWanted {
  id: string
  organisationName: string
  text: string
  categoryId: string | null
  quantity: number | null
  unit: Unit | null
  neededBy: string | null
  place: string | null
  createdAt: string
}

export interface DemandRow {
  categoryId: string | null
  categoryCode: string | null
  categoryNameSv: string | null
  categoryNameEn: string | null
  area: string | null
  latitude: number | null
  longitude: number | null
  requests: number
  quantities: { quantity: number; unit: Unit }[]
  earliestNeededBy: string | null
}

export interface DemandOverview {
  openRequests: number
  rows: DemandRow[]
}

export interface ItemDemand {
  itemId: string
  openRequests: number
  requests: MatchingWanted[]
}

export function createWantedApi(accessToken: string) {
  const auth = { accessToken }
  return {
    list: (status?: WantedStatus) => apiFetch<PageOf<WantedRequest>>(`${BASE}/wanted?size=100${status ? `&status=${status}` : ''}`, auth),
    get: (id: string) => apiFetch<WantedRequest>(`${BASE}/wanted/${encodeURIComponent(id)}`, auth),
    create: (body: WantedBody) => apiSend<WantedRequest>(`${BASE}/wanted`, 'POST', body, auth),
    update: (id: string, version: number, body: WantedBody) =>
      apiSend<WantedRequest>(`${BASE}/wanted/${encodeURIComponent(id)}`, 'PUT', body, { ...auth, headers: { 'If-Match': `"${version}"` } }),
    change: (id: string, action: 'pause' | 'resume' | 'close' | 'renew') =>
      apiSend<WantedRequest>(`${BASE}/wanted/${encodeURIComponent(id)}/${action}`, 'POST', undefined, auth),
    /** With the version shown: 412 if the request changed meanwhile. */
    remove: (id: string, version: number) =>
      apiSend<void>(`${BASE}/wanted/${encodeURIComponent(id)}`, 'DELETE', undefined, { ...auth, headers: { 'If-Match': `"${version}"` } }),
    matches: (id: string) => apiFetch<WantedMatch[]>(`${BASE}/wanted/${encodeURIComponent(id)}/matches`, auth),
    overview: (category?: string) => apiFetch<DemandOverview>(`${BASE}/demand/overview${category ? `?category=${category}` : ''}`, auth),
    itemDemand: (itemId: string) => apiFetch<ItemDemand>(`${BASE}/items/${encodeURIComponent(itemId)}/demand`, auth),
    buildingDemand: (buildingId: string) => apiFetch<Record<string, number>>(`${BASE}/buildings/${encodeURIComponent(buildingId)}/demand`, auth),
    matchingWanted: (listingId: string) => apiFetch<MatchingWanted[]>(`${BASE}/listings/${encodeURIComponent(listingId)}/matching-wanted`, auth),
  }
}

export type WantedApi = ReturnType<typeof createWantedApi>
