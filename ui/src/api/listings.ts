import { apiFetch, apiSend, type ApiRequestOptions } from './client'
import { uploadFile, type UploadOptions } from './upload'
import type { PageOf, Photo } from './inventory'
import type { components } from './schema'
import type { RequestBody } from './types'

/*
 * Types and calls of the listings and search API (/api/v1/listings, /search/..., /items/{id}/publish). The types
 * are the generated schema's (components['schemas']); an answer's property that may be null is optional there and
 * allows null.
 */

type Schemas = components['schemas']

export const PRICE_KINDS = ['FIXED', 'FREE', 'ON_REQUEST'] as const satisfies readonly Schemas['PriceKind'][]
export type PriceKind = (typeof PRICE_KINDS)[number]
export const VISIBILITIES = ['INTERNAL', 'PUBLIC'] as const satisfies readonly Schemas['Visibility'][]
export type Visibility = (typeof VISIBILITIES)[number]
export const LISTING_STATUSES = ['DRAFT', 'PUBLISHED', 'RESERVED', 'HANDED_OVER', 'WITHDRAWN', 'EXPIRED'] as const satisfies readonly Schemas['ListingStatus'][]
export type ListingStatus = (typeof LISTING_STATUSES)[number]

/** `status`: DRAFT (the server's default) or PUBLISHED, the only two it takes; the forms always send one. */
export type ListingRequest = RequestBody<Schemas['ListingRequest']> & { status: 'DRAFT' | 'PUBLISHED' }
export type Price = ListingRequest['price']
export type Dimensions = NonNullable<ListingRequest['dimensions']>
export type ListingLocation = NonNullable<ListingRequest['location']>
export type CategoryRef = Schemas['ListingView']['category']
/** `held`: what active reservations hold of `quantity`; `available`: what can still be reserved. */
export type Listing = Schemas['ListingView']

/** Publishing an item or a stored lot; `status` as in ListingRequest. */
export type PublishRequest = RequestBody<Schemas['PublishItemRequest']> & { status: 'DRAFT' | 'PUBLISHED' }

/** `highlight`: HTML from the server, everything escaped except <mark>; keys only where something was highlighted. */
export type SearchHit = Schemas['Hit']
export type Facet = Schemas['FacetBucket']
export type SearchAnswer = Schemas['ListingHits']
export type MapPoint = Schemas['ListingMap']['points'][number]
export type MapAnswer = Schemas['ListingMap']
export type Suggestion = Schemas['Suggestions']['suggestions'][number]

export interface MyListingsQuery {
  page: number
  size: number
  status?: string
  q?: string
}

const BASE = '/api/v1'
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` })

/** The listing calls bound to a token; without one (anonymous) only search and public listings answer. */
export function createListingApi(accessToken: string) {
  const auth: ApiRequestOptions = accessToken ? { accessToken } : {}
  const params = (values: Record<string, string | number | undefined>) => {
    const search = new URLSearchParams()
    for (const [key, value] of Object.entries(values)) {
      if (value !== undefined && value !== '') search.set(key, String(value))
    }
    return search.toString()
  }
  return {
    /** `query` is a ready query string of the search filters (see pages/search/filters.ts). */
    search: (query: string) => apiFetch<SearchAnswer>(`${BASE}/search/listings?${query}`, auth),
    map: (query: string) => apiFetch<MapAnswer>(`${BASE}/search/listings/map?${query}`, auth),
    /** `lang` picks the language of category names in the suggestions. */
    suggest: (q: string, lang: string, signal?: AbortSignal) =>
      apiFetch<Schemas['Suggestions']>(`${BASE}/search/suggest?${params({ q, lang })}`, { ...auth, signal }),

    mine: (q: MyListingsQuery) => apiFetch<PageOf<Listing>>(`${BASE}/listings?${params({ ...q })}`, auth),
    get: (id: string) => apiFetch<Listing>(`${BASE}/listings/${id}`, auth),
    create: (body: ListingRequest) => apiSend<Listing>(`${BASE}/listings`, 'POST', body, auth),
    update: (id: string, version: number, body: ListingRequest) =>
      apiSend<Listing>(`${BASE}/listings/${id}`, 'PUT', body, { ...auth, headers: ifMatch(version) }),
    withdraw: (id: string, version: number) =>
      apiFetch<Listing>(`${BASE}/listings/${id}`, { ...auth, method: 'DELETE', headers: ifMatch(version) }),

    photos: (id: string) => apiFetch<Photo[]>(`${BASE}/listings/${id}/photos`, auth),
    uploadPhoto: (id: string, file: File, options?: UploadOptions) =>
      uploadFile<Photo>(`${BASE}/listings/${id}/photos`, file, { ...options, accessToken: auth.accessToken }),

    publishItem: (itemId: string, body: PublishRequest) =>
      apiSend<Listing>(`${BASE}/items/${itemId}/publish`, 'POST', body, auth),
  }
}

export type ListingApi = ReturnType<typeof createListingApi>
