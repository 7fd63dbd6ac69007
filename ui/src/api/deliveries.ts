import { apiBlob, apiFetch } from './client'
import { postIdempotent } from './idempotency'
import type { components } from './schema'

/*
 * Deliveries (/api/v1/deliveries, docs/deliveries.md): the buyer asks for delivery of a confirmed reservation,
 * the carrier's board moves it on, the note prints with its QR code and the receiver confirms receipt. Types are
 * the generated ones of the OpenAPI document. Every POST sends an Idempotency-Key (pass the user action's key).
 */

export type Delivery = components['schemas']['Delivery']
export type DeliveryRequest = components['schemas']['DeliveryRequest']
export type DeliveryStatus = components['schemas']['DeliveryStatus']
export type Carrier = components['schemas']['Carrier']

export const DELIVERY_STATUSES = ['REQUESTED', 'ACCEPTED', 'PLANNED', 'ON_THE_WAY', 'DELIVERED', 'DECLINED', 'CANCELLED'] as const satisfies readonly DeliveryStatus[]

export type DeliveryRole = 'carrier' | 'buyer' | 'seller'

export interface DeliveryQuery {
  role?: DeliveryRole
  status?: DeliveryStatus
  reservationId?: string
  page?: number
  size?: number
}

export interface DeliveryPage {
  items: Delivery[]
  page: number
  size: number
  total: number
}

/** The carrier's next step of a delivery, as the board offers it. */
export type DeliveryStep = 'accept' | 'depart'

const BASE = '/api/v1/deliveries'

function query(params: DeliveryQuery): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value))
  }
  return search.toString()
}

export function createDeliveryApi(accessToken: string) {
  const auth = { accessToken }
  const post = (path: string, body: unknown, key?: string) => postIdempotent<Delivery>(`${BASE}${path}`, body, auth, key)
  return {
    list: (q: DeliveryQuery) => apiFetch<DeliveryPage>(`${BASE}?${query(q)}`, auth),
    get: (id: string) => apiFetch<Delivery>(`${BASE}/${id}`, auth),
    carriers: () => apiFetch<Carrier[]>(`${BASE}/carriers`, auth),
    request: (body: DeliveryRequest, key?: string) => post('', body, key),
    accept: (id: string, key?: string) => post(`/${id}/accept`, undefined, key),
    decline: (id: string, reason: string, key?: string) => post(`/${id}/decline`, { reason }, key),
    plan: (id: string, plannedAt: string, key?: string) => post(`/${id}/plan`, { plannedAt }, key),
    depart: (id: string, key?: string) => post(`/${id}/depart`, undefined, key),
    deliver: (id: string, drivenKm: number | null, key?: string) => post(`/${id}/deliver`, { drivenKm }, key),
    cancel: (id: string, key?: string) => post(`/${id}/cancel`, undefined, key),
    receipt: (token: string, key?: string) => post('/receipt', { token }, key),
    note: (id: string) => apiBlob(`${BASE}/${id}/note.pdf`, auth),
  }
}

export type DeliveryApi = ReturnType<typeof createDeliveryApi>
