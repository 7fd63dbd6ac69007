import { apiFetch, apiSend } from './client'
import type { PageOf } from './inventory'
import type { components } from './schema'
import type { RequestBody } from './types'

/*
 * Types and calls of the wanted-request API (/api/v1/wanted, /demand/overview, /items/{id}/demand,
 * /buildings/{id}/demand, /listings/{id}/matching-wanted). The types are the generated schema's
 * (components['schemas']); an answer's property that may be null is optional there and allows null.
 */

type Schemas = components['schemas']

const BASE = '/api/v1'

export const WANTED_STATUSES = ['OPEN', 'PAUSED', 'CLOSED', 'EXPIRED'] as const satisfies readonly Schemas['WantedStatus'][]
export type WantedStatus = (typeof WANTED_STATUSES)[number]

export type WantedRequest = Schemas['WantedView']
export type Range = WantedRequest['dimensions']['length']

/** What the form sends: dimensions as min–max ranges. */
export type WantedBody = RequestBody<Schemas['WantedRequestBody']>
export type WantedPlace = NonNullable<WantedBody['place']>

export type WantedMatch = Schemas['WantedMatch']
export type MatchReason = WantedMatch['reasons'][number]
export type MatchingWanted = Schemas['MatchingWanted']
export type DemandOverview = Schemas['DemandOverview']
export type DemandRow = DemandOverview['rows'][number]
export type ItemDemand = Schemas['ItemDemand']

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
