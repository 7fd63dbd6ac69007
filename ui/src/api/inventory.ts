import { apiBlob, apiFetch, apiSend } from './client'
import { uploadFile, type UploadOptions } from './upload'
import type { components } from './schema'
import type { RequestBody } from './types'

/*
 * Types and calls of the reuse-inventory API (/api/v1/categories, buildings, items, photos, import/export). The
 * types are the generated schema's (components['schemas']); an answer's property that may be null is optional
 * there and allows null.
 */

type Schemas = components['schemas']

export type Category = Schemas['CategoryView']
export type HazardRisk = Schemas['HazardRisk']
export type OrganisationRef = Schemas['BuildingView']['organisation']

export type BuildingRequest = RequestBody<Schemas['BuildingRequest']>
export type Building = Schemas['BuildingView']

export const UNITS = ['st', 'm', 'm2', 'm3', 'kg'] as const satisfies readonly Schemas['ItemRequest']['unit'][]
export type Unit = (typeof UNITS)[number]
export const FATES = ['REUSE', 'RECYCLE', 'HAZARDOUS_WASTE'] as const satisfies readonly Schemas['ItemRequest']['fate'][]
export type Fate = (typeof FATES)[number]
export const HAZARD_CHECKS = ['NOT_CHECKED', 'FREE', 'CONTAINS'] as const satisfies readonly Schemas['Hazard']['check'][]
export type HazardCheck = (typeof HAZARD_CHECKS)[number]
export const SUBSTANCES = ['ASBESTOS', 'PCB', 'LEAD', 'OTHER'] as const satisfies readonly Schemas['Substance'][]
export type Substance = (typeof SUBSTANCES)[number]
export const STATUSES = ['INVENTORIED', 'DISMANTLED', 'IN_STORAGE', 'LISTED', 'REUSED', 'DISCARDED'] as const satisfies readonly NonNullable<Schemas['ItemRequest']['status']>[]
export type ItemStatus = (typeof STATUSES)[number]
export const CONDITIONS = [1, 2, 3, 4] as const

export type ItemRequest = RequestBody<Schemas['ItemRequest']>
/** `outcomes`: what became of what left the item (directly, or through its lots), oldest first. */
export type Item = Schemas['ItemView']

export type Photo = Schemas['PhotoView']

/** One page of a list answer (the schema's Page… types, for any item type). */
export interface PageOf<T> {
  items: T[]
  page: number
  size: number
  total: number
}

/** `problems`: `code`, `min`, `max`, `allowed` and `other` as in a problem answer's field errors (docs/api.md). */
export type ImportReport = Schemas['ImportReport']

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
