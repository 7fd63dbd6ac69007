import { apiBlob, apiFetch, apiSend } from './client'
import { uploadFile, type UploadOptions } from './upload'
import type { OrganisationRef, PageOf, Photo, Unit } from './inventory'
import type { CategoryRef, Listing, PublishRequest } from './listings'
import type { Outcome, OutcomeView } from './outcomes'

/* Types and calls of the intermediate-storage API (/api/v1/storage/...): sites, locations, intakes, lots, labels. */

export interface SiteAddress {
  street: string | null
  postalCode: string | null
  city: string | null
}

export interface SiteRequest {
  name: string
  address: SiteAddress | null
  latitude: number | null
  longitude: number | null
  openingHours: string | null
  floorCapacityM2: number | null
  palletCapacity: number | null
  ageAlertDays: number | null
  /** Ids of the organisations whose contractors may deliver to the site. */
  deliverers: string[]
}

export interface Site extends Omit<SiteRequest, 'deliverers'> {
  id: string
  organisation: OrganisationRef
  deliverers: OrganisationRef[]
  /** Whether the caller operates the site (storage-operator or admin of its organisation). */
  manageable: boolean
  version: number
  createdAt: string
  updatedAt: string
}

export const LOCATION_KINDS = ['RACK', 'FLOOR_ZONE', 'YARD', 'CONTAINER'] as const
export type LocationKind = (typeof LOCATION_KINDS)[number]

export interface LocationRequest {
  /** E.g. "A-03-2": groups of A–Z and 0–9 joined by "-". */
  code: string
  kind: LocationKind
  description: string | null
  floorCapacityM2: number | null
  palletCapacity: number | null
}

export interface StorageLocation extends LocationRequest {
  id: string
  siteId: string
  version: number
}

export interface LocationRef {
  id: string
  code: string
}

export interface LotSummary {
  id: string
  code: string
  siteId: string
  category: CategoryRef
  description: string
  unit: Unit
  condition: number
  onHand: number
  promised: number
  available: number
  /** The lot's stock per location. */
  locations: (LocationRef & { onHand: number })[]
  receivedAt: string
  ageDays: number
  /** Older than the site's ageAlertDays. */
  flagged: boolean
}

/** A location with the lots that have stock there. */
export interface LocationDetail extends StorageLocation {
  lots: LotSummary[]
}

export interface DeliveredBy {
  organisation: OrganisationRef | null
  name: string | null
}

export type LotSourceKind = 'INVENTORY_ITEM' | 'DELIVERY'

export interface Lot extends LotSummary {
  siteName: string
  material: string | null
  conditionNotes: string | null
  weightPerUnitKg: number | null
  receivedQuantity: number
  palletPlaces: number | null
  floorAreaM2: number | null
  source: {
    kind: LotSourceKind
    buildingId: string | null
    buildingName: string | null
    inventoryItemId: string | null
    deliveredBy: DeliveredBy | null
    deliveredAt: string | null
  }
  intakeId: string
  receivedBy: string | null
  /** The URL in the lot's QR code (…/lager/kod/<CODE>). */
  qrContent: string
  version: number
  /** What became of what left the lot, oldest first. */
  outcomes: OutcomeView[]
}

export interface IntakeLotRequest {
  locationId: string
  categoryId: string
  description: string
  material: string | null
  unit: Unit
  quantity: number
  condition: number
  conditionNotes: string | null
  weightPerUnitKg: number | null
  /** The space the whole delivered quantity takes. */
  palletPlaces: number | null
  floorAreaM2: number | null
  source: { kind: LotSourceKind; inventoryItemId: string | null }
}

export interface IntakeRequest {
  siteId: string
  /** Defaults to now on the server. */
  deliveredAt: string | null
  deliveredBy: { organisationId: string | null; name: string | null } | null
  note: string | null
  lots: IntakeLotRequest[]
}

export interface Intake {
  id: string
  siteId: string
  deliveredAt: string
  deliveredBy: DeliveredBy
  note: string | null
  receivedBy: string | null
  lots: Lot[]
}

export const MOVEMENT_KINDS = ['INTAKE', 'TRANSFER', 'PICK', 'HANDOVER', 'ADJUSTMENT', 'DISPOSAL'] as const
export type MovementKind = (typeof MOVEMENT_KINDS)[number]

export interface Movement {
  id: string
  kind: MovementKind
  quantity: number
  signedQuantity: number
  from: LocationRef | null
  to: LocationRef | null
  reason: string | null
  reference: string | null
  actor: string | null
  at: string
}

export interface MoveRequest {
  fromLocationId: string
  toLocationId: string
  quantity: number
  reason: string | null
}

export interface PickRequest {
  locationId: string
  quantity: number
  reason: string | null
  /** A reuse outcome (docs/outcomes.md); without it REUSED_EXTERNAL. */
  outcome?: Outcome
}

export interface DisposeRequest {
  locationId: string
  quantity: number
  reason: string
  /** RECYCLED (without it) or DISPOSED. */
  outcome?: Outcome
}

export interface StocktakeRequest {
  reason: string
  /** The count covers the whole location: lots there that are not in `counts` were counted 0. */
  complete: boolean
  counts: { lotId: string; counted: number }[]
}

export interface StocktakeAdjustment {
  lotId: string
  code: string
  expected: number
  counted: number
  difference: number
}

export interface StocktakeResult {
  locationId: string
  /** Only the lots whose count differed. */
  adjustments: StocktakeAdjustment[]
}

export const AGE_BUCKETS = ['0-30', '31-90', '91-180', '181-365', '>365'] as const

export interface LocationOccupancy {
  id: string
  code: string
  kind: LocationKind
  floorCapacityM2: number | null
  palletCapacity: number | null
  floorM2Used: number
  palletsUsed: number
  lotCount: number
  oldestAgeDays: number | null
  flaggedCount: number
}

export interface Occupancy {
  siteId: string
  ageAlertDays: number
  floorCapacityM2: number | null
  palletCapacity: number | null
  floorM2Used: number
  palletsUsed: number
  lotCount: number
  flaggedCount: number
  locations: LocationOccupancy[]
  ageBuckets: { label: string; lotCount: number }[]
  flagged: LotSummary[]
}

export interface AuditReport {
  checkedAt: string
  lots: number
  balances: number
  movements: number
  consistent: boolean
  discrepancies: { lotId: string; code: string; locationId: string | null; kind: string; expected: number; actual: number }[]
}

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
