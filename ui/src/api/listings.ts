import { apiFetch, apiSend, type ApiRequestOptions } from './client'
import { uploadFile, type UploadOptions } from './upload'
import type { OrganisationRef, PageOf, Photo, Unit } from './inventory'

/* Types and calls of the listings and search API (/api/v1/listings, /search/..., /items/{id}/publish). */

export const PRICE_KINDS = ['FIXED', 'FREE', 'ON_REQUEST'] as const
export type PriceKind = (typeof PRICE_KINDS)[number]
export const VISIBILITIES = ['INTERNAL', 'PUBLIC'] as const
export type Visibility = (typeof VISIBILITIES)[number]
export const LISTING_STATUSES = ['DRAFT', 'PUBLISHED', 'RESERVED', 'HANDED_OVER', 'WITHDRAWN', 'EXPIRED'] as const
export type ListingStatus = (typeof LISTING_STATUSES)[number]

export interface Price {
  kind: PriceKind
  sek: number | null
}

export interface CategoryRef {
  id: string
  code: string
  nameSv: string
  nameEn: string
}

export interface Dimensions {
  lengthMm: number | null
  widthMm: number | null
  heightMm: number | null
}

export interface ListingLocation {
  streetAddress: string | null
  postalCode: string | null
  city: string | null
  latitude: number | null
  longitude: number | null
}

export interface ListingRequest {
  title: string
  description: string | null
  categoryId: string
  material: string | null
  quantity: number
  unit: Unit
  dimensions: Dimensions | null
  weightPerUnitKg: number | null
  condition: number
  conditionNotes: string | null
  price: Price
  location: ListingLocation | null
  pickupInstructions: string | null
  availableFrom: string | null
  visibility: Visibility
  publicFrom: string | null
  expiresOn: string | null
  status: 'DRAFT' | 'PUBLISHED'
}

export interface Listing {
  id: string
  organisation: OrganisationRef
  inventoryItemId: string | null
  storageSiteId: string | null
  category: CategoryRef
  title: string
  description: string | null
  material: string | null
  quantity: number
  /** Held by active reservations (requested or confirmed). */
  held: number
  /** quantity − held: what can still be reserved. */
  available: number
  unit: Unit
  dimensions: Dimensions | null
  weightPerUnitKg: number | null
  condition: number
  conditionNotes: string | null
  price: Price
  location: ListingLocation | null
  pickupInstructions: string | null
  availableFrom: string | null
  visibility: Visibility
  publicFrom: string | null
  public: boolean
  status: ListingStatus
  publishedAt: string | null
  expiresOn: string | null
  photoCount: number
  thumbnailUrl: string | null
  editable: boolean
  version: number
  createdAt: string
  updatedAt: string
}

export interface PublishRequest {
  quantity: number
  price: Price
  visibility: Visibility
  publicFrom: string | null
  status: 'DRAFT' | 'PUBLISHED'
  title: string | null
  description: string | null
  pickupInstructions: string | null
  expiresOn: string | null
}

export interface SearchHit {
  id: string
  title: string
  snippet: string | null
  /** HTML from the server: everything escaped except <mark>; keys only where something was highlighted. */
  highlight?: { title?: string; description?: string } | null
  category: CategoryRef
  material: string | null
  quantity: number
  unit: Unit
  dimensions: Dimensions | null
  condition: number
  price: Price
  city: string | null
  position: { lat: number; lon: number } | null
  distanceKm: number | null
  organisation: OrganisationRef
  thumbnailUrl: string | null
  availableFrom: string | null
  publishedAt: string | null
  status: ListingStatus
  public: boolean
}

export interface Facet {
  key: string
  label: string
  labelEn: string
  count: number
}

export interface SearchAnswer {
  total: number
  totalExact: boolean
  page: number
  size: number
  items: SearchHit[]
  searchAfter: string | null
  facets: { category?: Facet[]; material?: Facet[]; condition?: Facet[]; organisation?: Facet[] }
}

export interface MapPoint {
  id: string
  title: string
  lat: number
  lon: number
  condition: number
  price: Price
}

export interface MapAnswer {
  total: number
  clustered: boolean
  points: MapPoint[]
  clusters: { lat: number; lon: number; count: number }[]
}

export interface Suggestion {
  text: string
  kind: 'category' | 'listing' | string
  categoryId?: string
  listingId?: string
}

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
      apiFetch<{ suggestions: Suggestion[] }>(`${BASE}/search/suggest?${params({ q, lang })}`, { ...auth, signal }),

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
