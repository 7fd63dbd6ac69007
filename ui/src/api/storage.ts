import { apiBlob, apiFetch, apiSend } from './client'
import { uploadFile, type UploadOptions } from './upload'
import type { PageOf, Photo } from './inventory'
import type { Listing, PublishRequest } from './listings'
import type { components } from './schema'
import type { RequestBody } from './types'

/*
 * Types and calls of the intermediate-storage API (/api/v1/storage/...): sites, locations, intakes, lots, labels.
 * The types are the generated schema's (components['schemas']); an answer's property that may be null is optional
 * there and allows null.
 */

type Schemas = components['schemas']

export type SiteRequest = RequestBody<Schemas['SiteRequest']>
export type SiteAddress = NonNullable<SiteRequest['address']>
export type Site = Schemas['SiteView']

export const LOCATION_KINDS = ['RACK', 'FLOOR_ZONE', 'YARD', 'CONTAINER'] as const satisfies readonly Schemas['LocationRequest']['kind'][]
export type LocationKind = (typeof LOCATION_KINDS)[number]

export type LocationRequest = RequestBody<Schemas['LocationRequest']>
/** A location; `lots` only when one location is read (LocationDetail). */
export type StorageLocation = Schemas['LocationView']
export type LocationRef = NonNullable<Schemas['MovementView']['from']>

export type LotSummary = Schemas['LotSummary']

/** A location with the lots that have stock there. */
export type LocationDetail = StorageLocation & { lots: LotSummary[] }

export type DeliveredBy = Schemas['IntakeView']['deliveredBy']
export type LotSourceKind = Schemas['LotView']['source']['kind']
export type Lot = Schemas['LotView']

export type IntakeRequest = RequestBody<Schemas['IntakeRequest']>
export type IntakeLotRequest = IntakeRequest['lots'][number]
export type Intake = Schemas['IntakeView']

export const MOVEMENT_KINDS = ['INTAKE', 'TRANSFER', 'PICK', 'HANDOVER', 'ADJUSTMENT', 'DISPOSAL'] as const satisfies readonly Schemas['MovementView']['kind'][]
export type MovementKind = (typeof MOVEMENT_KINDS)[number]
export type Movement = Schemas['MovementView']

export type MoveRequest = RequestBody<Schemas['MoveRequest']>
/** A pick: a reuse outcome (docs/outcomes.md), without it REUSED_EXTERNAL. */
export type PickRequest = RequestBody<Schemas['TakeOutRequest']>
/** A disposal: RECYCLED (without an outcome) or DISPOSED; the reason is required. */
export type DisposeRequest = PickRequest & { reason: string }

export type StocktakeRequest = RequestBody<Schemas['StocktakeRequest']>
export type StocktakeAdjustment = Schemas['Adjustment']
export type StocktakeResult = Schemas['StocktakeResult']

export const AGE_BUCKETS = ['0-30', '31-90', '91-180', '181-365', '>365'] as const

export type LocationOccupancy = Schemas['Occupancy']['locations'][number]
export type Occupancy = Schemas['Occupancy']
export type AuditReport = Schemas['AuditReport']

export interface LotQuery {
  siteId?: string
  locationId?: string
  q?: string
  flagged?: boolean
  page: number
  size: number
}

const BASE = '/api/v1/storage'

function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value))
  }
  return search.toString()
}

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` })

export function createStorageApi(accessToken: string) {
  const auth = { accessToken }
  return {
    sites: () => apiFetch<Site[]>(`${BASE}/sites`, auth),
    site: (id: string) => apiFetch<Site>(`${BASE}/sites/${id}`, auth),
    createSite: (body: SiteRequest) => apiSend<Site>(`${BASE}/sites`, 'POST', body, auth),
    updateSite: (id: string, version: number, body: SiteRequest) =>
      apiSend<Site>(`${BASE}/sites/${id}`, 'PUT', body, { ...auth, headers: ifMatch(version) }),
    occupancy: (siteId: string) => apiFetch<Occupancy>(`${BASE}/sites/${siteId}/occupancy`, auth),

    locations: (siteId: string) => apiFetch<StorageLocation[]>(`${BASE}/sites/${siteId}/locations`, auth),
    createLocation: (siteId: string, body: LocationRequest) =>
      apiSend<StorageLocation>(`${BASE}/sites/${siteId}/locations`, 'POST', body, auth),
    location: (id: string) => apiFetch<LocationDetail>(`${BASE}/locations/${id}`, auth),
    updateLocation: (id: string, body: LocationRequest) => apiSend<StorageLocation>(`${BASE}/locations/${id}`, 'PUT', body, auth),
    stocktake: (locationId: string, body: StocktakeRequest) =>
      apiSend<StocktakeResult>(`${BASE}/locations/${locationId}/stocktake`, 'POST', body, auth),

    createIntake: (body: IntakeRequest) => apiSend<Intake>(`${BASE}/intakes`, 'POST', body, auth),

    lots: (q: LotQuery) => apiFetch<PageOf<LotSummary>>(`${BASE}/lots?${query({ ...q })}`, auth),
    lot: (id: string) => apiFetch<Lot>(`${BASE}/lots/${id}`, auth),
    movements: (lotId: string) => apiFetch<Movement[]>(`${BASE}/lots/${lotId}/movements`, auth),
    move: (lotId: string, body: MoveRequest) => apiSend<Lot>(`${BASE}/lots/${lotId}/move`, 'POST', body, auth),
    pick: (lotId: string, body: PickRequest) => apiSend<Lot>(`${BASE}/lots/${lotId}/pick`, 'POST', body, auth),
    dispose: (lotId: string, body: DisposeRequest) => apiSend<Lot>(`${BASE}/lots/${lotId}/dispose`, 'POST', body, auth),
    publish: (lotId: string, body: PublishRequest) => apiSend<Listing>(`${BASE}/lots/${lotId}/publish`, 'POST', body, auth),

    photos: (lotId: string) => apiFetch<Photo[]>(`${BASE}/lots/${lotId}/photos`, auth),
    uploadPhoto: (lotId: string, file: File, options?: UploadOptions) =>
      uploadFile<Photo>(`${BASE}/lots/${lotId}/photos`, file, { ...options, ...auth }),

    /** The lot with this label code (case-insensitive; spaces and dashes ignored; O→0, I/L→1). */
    resolveLabel: (code: string) => apiFetch<Lot>(`${BASE}/labels/${encodeURIComponent(code)}`, auth),
    /** One 100×50 mm label (PDF). */
    lotLabel: (lotId: string) => apiBlob(`${BASE}/lots/${lotId}/label.pdf`, auth),
    /** A4 sheets of 70×37 mm labels (PDF): these lots, or without ids every lot with stock at the site. */
    siteLabels: (siteId: string, lotIds?: string[]) =>
      apiBlob(`${BASE}/sites/${siteId}/labels.pdf${lotIds && lotIds.length > 0 ? `?lots=${lotIds.map(encodeURIComponent).join(',')}` : ''}`, auth),

    audit: () => apiFetch<AuditReport>(`${BASE}/audit`, auth),
  }
}

export type StorageApi = ReturnType<typeof createStorageApi>

/**
 * Shows a fetched PDF in a tab. The tab is opened before the fetch (`pending`, still inside the click, so popup
 * blockers let it through) and pointed at the file when it arrives; without a tab the file is downloaded instead.
 */
export function openBlob(blob: Blob, filename: string, pending: Window | null) {
  const url = URL.createObjectURL(blob)
  if (pending && !pending.closed) {
    pending.location.href = url
  } else {
    const link = document.createElement('a')
    link.href = url
    link.download = filename
    document.body.appendChild(link)
    link.click()
    link.remove()
  }
  // Long enough for the viewer to read it; the tab keeps its own copy once loaded.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
