import { apiBlob, apiFetch, apiSend } from './client'
import { uploadFile, type UploadOptions } from './upload'
import type { Outcome, OutcomeView } from './outcomes'

/* Types and calls of the reuse-inventory API (/api/v1/categories, buildings, items, photos, import/export). */

export interface Category {
  id: string
  parentId: string | null
  code: string
  nameSv: string
  nameEn: string
  boverketId?: string | null
  sortOrder: number
  children?: Category[]
}

export interface HazardRisk {
  pcb: boolean
  asbestos: boolean
  ageUnknown: boolean
}

export interface OrganisationRef {
  id: string
  code: string
  name: string
}

export interface BuildingRequest {
  name: string
  address: { street: string | null; postalCode: string | null; city: string | null } | null
  propertyDesignation: string | null
  position: { lat: number; lon: number } | null
  constructionYear: number | null
  renovationYear: number | null
  dismantlingWindow: { from: string | null; to: string | null } | null
  contact: { name: string | null; phone: string | null; email: string | null } | null
  notes: string | null
  assignedOrganisations: string[]
}

export interface Building extends Omit<BuildingRequest, 'assignedOrganisations'> {
  id: string
  organisation: OrganisationRef
  assignedOrganisations: OrganisationRef[]
  hazardRisk: HazardRisk
  itemCount: number
  archived: boolean
  editable: boolean
  version: number
  createdAt: string
  updatedAt: string
}

export const UNITS = ['st', 'm', 'm2', 'm3', 'kg'] as const
export type Unit = (typeof UNITS)[number]
export const FATES = ['REUSE', 'RECYCLE', 'HAZARDOUS_WASTE'] as const
export type Fate = (typeof FATES)[number]
export const HAZARD_CHECKS = ['NOT_CHECKED', 'FREE', 'CONTAINS'] as const
export type HazardCheck = (typeof HAZARD_CHECKS)[number]
export const SUBSTANCES = ['ASBESTOS', 'PCB', 'LEAD', 'OTHER'] as const
export type Substance = (typeof SUBSTANCES)[number]
export const STATUSES = ['INVENTORIED', 'DISMANTLED', 'IN_STORAGE', 'LISTED', 'REUSED', 'DISCARDED'] as const
export type ItemStatus = (typeof STATUSES)[number]
export const CONDITIONS = [1, 2, 3, 4] as const

export interface ItemRequest {
  categoryId: string
  name: string
  material: string | null
  quantity: number
  unit: Unit
  dimensions: { lengthMm: number | null; widthMm: number | null; heightMm: number | null } | null
  weightPerUnitKg: number | null
  manufacturer: string | null
  productName: string | null
  year: number | null
  condition: number
  functionalDamage: string | null
  aestheticDamage: string | null
  location: { floor: string | null; room: string | null; notes: string | null } | null
  dismantling: { method: string | null; notes: string | null } | null
  availableFrom: string | null
  fate: Fate
  hazard: { check: HazardCheck; substances: Substance[] } | null
  status: ItemStatus | null
  /** What became of it, when this request marks it reused or discarded (docs/outcomes.md). */
  outcome?: Outcome
}

export interface Item extends Omit<ItemRequest, 'categoryId'> {
  id: string
  buildingId: string
  category: { id: string; code: string; nameSv: string; nameEn: string }
  hazardRisk: HazardRisk
  photoCount: number
  /** What became of what left the item (directly, or through its lots), oldest first. */
  outcomes?: OutcomeView[]
  version: number
  createdAt: string
  updatedAt: string
}

export interface Photo {
  id: string
  contentType: string
  width: number
  height: number
  sizeBytes: number
  originalFilename: string
  createdAt: string
  url: string
  thumbnailUrl: string
}

export interface PageOf<T> {
  items: T[]
  page: number
  size: number
  total: number
}

export interface ImportReport {
  dryRun: boolean
  rowCount: number
  importedCount: number
  /** `code`, `min`, `max`, `allowed` and `other` as in a problem answer's field errors (docs/api.md). */
  problems: {
    row: number
    column: string | null
    code?: string
    message: string
    min?: unknown
    max?: unknown
    allowed?: string[]
    other?: string
  }[]
}

export type ItemSort = 'name' | 'category' | 'condition' | 'status' | 'createdAt'

export interface ItemQuery {
  page: number
  size: number
  sort: ItemSort
  dir: 'asc' | 'desc'
  q?: string
  categoryId?: string
  status?: string
  fate?: string
}

const BASE = '/api/v1'

function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value))
  }
  return search.toString()
}

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` })

export function createInventoryApi(accessToken: string) {
  const auth = { accessToken }
  const upload = <T,>(path: string, file: File, options?: UploadOptions) => uploadFile<T>(path, file, { ...options, ...auth })
  return {
    categories: () => apiFetch<Category[]>(`${BASE}/categories`, auth),

    buildings: (page = 0, size = 50, archived = false) =>
      apiFetch<PageOf<Building>>(`${BASE}/buildings?${query({ page, size, archived })}`, auth),
    building: (id: string) => apiFetch<Building>(`${BASE}/buildings/${id}`, auth),
    createBuilding: (body: BuildingRequest) => apiSend<Building>(`${BASE}/buildings`, 'POST', body, auth),
    updateBuilding: (id: string, version: number, body: BuildingRequest) =>
      apiSend<Building>(`${BASE}/buildings/${id}`, 'PUT', body, { ...auth, headers: ifMatch(version) }),
    /** With the version shown: 412 if someone changed the building meanwhile. */
    archiveBuilding: (id: string, version: number) =>
      apiFetch<void>(`${BASE}/buildings/${id}`, { ...auth, method: 'DELETE', headers: ifMatch(version) }),

    items: (buildingId: string, q: ItemQuery) =>
      apiFetch<PageOf<Item>>(`${BASE}/buildings/${buildingId}/items?${query({ ...q })}`, auth),
    item: (id: string) => apiFetch<Item>(`${BASE}/items/${id}`, auth),
    createItem: (buildingId: string, body: ItemRequest) =>
      apiSend<Item>(`${BASE}/buildings/${buildingId}/items`, 'POST', body, auth),
    updateItem: (id: string, version: number, body: ItemRequest) =>
      apiSend<Item>(`${BASE}/items/${id}`, 'PUT', body, { ...auth, headers: ifMatch(version) }),
    /** With the version shown: 412 if someone changed the item meanwhile. */
    deleteItem: (id: string, version: number) =>
      apiFetch<void>(`${BASE}/items/${id}`, { ...auth, method: 'DELETE', headers: ifMatch(version) }),

    photos: (itemId: string) => apiFetch<Photo[]>(`${BASE}/items/${itemId}/photos`, auth),
    uploadPhoto: (itemId: string, file: File, options?: UploadOptions) => upload<Photo>(`${BASE}/items/${itemId}/photos`, file, options),
    deletePhoto: (id: string) => apiFetch<void>(`${BASE}/photos/${id}`, { ...auth, method: 'DELETE' }),
    photoBlob: (url: string) => apiBlob(url, auth),

    importItems: (buildingId: string, file: File, dryRun: boolean, options?: UploadOptions) =>
      upload<ImportReport>(`${BASE}/buildings/${buildingId}/items/import?${query({ dryRun })}`, file, options),
    importTemplate: (format: 'xlsx' | 'csv') => apiBlob(`${BASE}/items/import-template?${query({ format })}`, auth),
    exportItems: (buildingId: string, format: 'xlsx' | 'csv') =>
      apiBlob(`${BASE}/buildings/${buildingId}/items/export?${query({ format })}`, auth),
  }
}

export type InventoryApi = ReturnType<typeof createInventoryApi>

/** Saves a fetched file through a temporary link (the download needs the bearer token, so no plain href). */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
