/*
 * The search filters live in the query string of /sok, so a search is a link that can be shared and the back
 * button undoes a filter. The parameter names are the API's (see the contract), plus `view` for list or map.
 */

export const SORTS = ['relevance', 'distance', 'newest', 'price'] as const
export type Sort = (typeof SORTS)[number]

const NUMBERS = [
  'conditionMax', 'minQuantity', 'priceMax', 'lengthMin', 'lengthMax', 'widthMin', 'widthMax', 'heightMin',
  'heightMax', 'lat', 'lon', 'withinKm',
] as const
type NumberKey = (typeof NUMBERS)[number]

export type Filters = Record<NumberKey, number | null> & {
  q: string
  category: string
  material: string[]
  organisation: string[]
  free: boolean
  availableBy: string
  sort: Sort
  view: 'list' | 'map'
}

export interface Place {
  key: string
  name: string
  lat: number
  lon: number
}

/** Where distances are measured from when the searcher has not chosen: Kalmar. */
export const DEFAULT_PLACE: Place = { key: 'kalmar', name: 'Kalmar', lat: 56.6634, lon: 16.3568 }

/** A few towns of Kalmar county to measure from (proper names: the same in every language). */
export const PLACES: Place[] = [
  DEFAULT_PLACE,
  { key: 'borgholm', name: 'Borgholm', lat: 56.8794, lon: 16.6558 },
  { key: 'emmaboda', name: 'Emmaboda', lat: 56.63, lon: 15.5372 },
  { key: 'farjestaden', name: 'Färjestaden', lat: 56.65, lon: 16.4667 },
  { key: 'hultsfred', name: 'Hultsfred', lat: 57.4883, lon: 15.8417 },
  { key: 'monsteras', name: 'Mönsterås', lat: 57.0411, lon: 16.4453 },
  { key: 'nybro', name: 'Nybro', lat: 56.7446, lon: 15.9065 },
  { key: 'oskarshamn', name: 'Oskarshamn', lat: 57.2645, lon: 16.4484 },
  { key: 'torsas', name: 'Torsås', lat: 56.413, lon: 16.0 },
  { key: 'vastervik', name: 'Västervik', lat: 57.7576, lon: 16.637 },
  { key: 'vimmerby', name: 'Vimmerby', lat: 57.6659, lon: 15.8556 },
]

export const DISTANCES_KM = [5, 10, 25, 50, 100] as const
export const PAGE_SIZE = 20

function number(value: string | null): number | null {
  if (value === null || value.trim() === '') return null
  const n = Number(value.replace(',', '.'))
  return Number.isFinite(n) ? n : null
}

export function parseFilters(search: URLSearchParams): Filters {
  const numbers = Object.fromEntries(NUMBERS.map((key) => [key, number(search.get(key))])) as Record<NumberKey, number | null>
  const sort = search.get('sort')
  return {
    ...numbers,
    q: search.get('q') ?? '',
    category: search.get('category') ?? '',
    material: search.getAll('material'),
    organisation: search.getAll('organisation'),
    free: search.get('free') === 'true',
    availableBy: search.get('availableBy') ?? '',
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'relevance',
    view: search.get('view') === 'map' ? 'map' : 'list',
  }
}

/** The filters as search parameters, without defaults; `forApi` leaves out the view and always names a point. */
function params(f: Filters, forApi: boolean): URLSearchParams {
  const p = new URLSearchParams()
  if (f.q.trim()) p.set('q', f.q.trim())
  if (f.category) p.set('category', f.category)
  for (const m of f.material) p.append('material', m)
  for (const o of f.organisation) p.append('organisation', o)
  for (const key of NUMBERS) {
    const value = f[key]
    if (value !== null && !((key === 'lat' || key === 'lon') && forApi)) p.set(key, String(value))
  }
  if (forApi) {
    // Always a point: then every hit has its distance, and sorting by distance works.
    p.set('lat', String(f.lat ?? DEFAULT_PLACE.lat))
    p.set('lon', String(f.lon ?? DEFAULT_PLACE.lon))
  }
  if (f.free) {
    p.set('free', 'true')
    p.delete('priceMax')
  }
  if (f.availableBy) p.set('availableBy', f.availableBy)
  if (f.sort !== 'relevance') p.set('sort', f.sort)
  if (!forApi && f.view === 'map') p.set('view', 'map')
  return p
}

/** The path of the search page showing these filters. */
export function searchPath(f: Filters): string {
  const query = params(f, false).toString()
  return query ? `/sok?${query}` : '/sok'
}

/** The query string of the search API for these filters (without paging). */
export function apiQuery(f: Filters): string {
  return params(f, true).toString()
}

/** The town the filters measure from, or null for another point (the searcher's own position). */
export function placeOf(f: Filters): Place | null {
  if (f.lat === null || f.lon === null) return DEFAULT_PLACE
  return PLACES.find((p) => Math.abs(p.lat - f.lat!) < 1e-4 && Math.abs(p.lon - f.lon!) < 1e-4) ?? null
}

/** How many filters narrow the search (for the "Filter (3)" summary). */
export function activeFilterCount(f: Filters): number {
  const numbers = NUMBERS.filter((k) => k !== 'lat' && k !== 'lon' && f[k] !== null).length
  return numbers + (f.category ? 1 : 0) + f.material.length + f.organisation.length + (f.free ? 1 : 0) + (f.availableBy ? 1 : 0)
}
