import { apiFetch, apiSend } from './client'
import { postIdempotent } from './idempotency'
import type { OrganisationRef, PageOf, Unit } from './inventory'
import type { ListingStatus } from './listings'
import type { Outcome, OutcomeView } from './outcomes'

/*
 * Types and calls of the reservation, handover, notification and preference API (/api/v1/reservations,
 * /notifications, /me/preferences). Every POST sends an Idempotency-Key: pass the key of the user action
 * (see ActionKey) so that a retried action reuses it; without one each call is a new action.
 */

export const RESERVATION_STATUSES = ['REQUESTED', 'CONFIRMED', 'REJECTED', 'CANCELLED', 'EXPIRED', 'HANDED_OVER'] as const
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number]
/** The statuses in which a reservation still holds its quantity. */
export const ACTIVE_RESERVATION_STATUSES: readonly ReservationStatus[] = ['REQUESTED', 'CONFIRMED']

export type ReservationRole = 'buyer' | 'seller'

export interface ReservationListingRef {
  id: string
  title: string
  unit: Unit
  status: ListingStatus
  /** Set when the listing offers a storage lot. */
  stockLotId: string | null
  lotCode: string | null
  storageSiteId: string | null
}

export interface Handover {
  quantity: number
  /** YYYY-MM-DD */
  handedOverOn: string
  destinationProject: string | null
  destinationAddress: string | null
  /** Who handed over (user name). */
  by: string | null
  /** What became of it: internal or external reuse, sold or given away (docs/outcomes.md). */
  outcome?: OutcomeView | null
}

export interface Reservation {
  id: string
  listing: ReservationListingRef
  seller: OrganisationRef
  buyer: OrganisationRef
  buyerUsername: string | null
  buyerName: string | null
  quantity: number
  message: string | null
  wishedPickupAt: string | null
  status: ReservationStatus
  expiresAt: string | null
  rejectReason: string | null
  pickupFrom: string | null
  pickupTo: string | null
  handover: Handover | null
  /** What the caller may do now. */
  mayConfirm: boolean
  mayReject: boolean
  mayCancel: boolean
  mayHandOver: boolean
  version: number
  createdAt: string
  updatedAt: string
}

export interface ReservationRequest {
  listingId: string
  quantity: number
  message: string | null
  /** A timestamp (ISO 8601), optional. */
  wishedPickupAt: string | null
}

export interface ConfirmRequest {
  pickupFrom: string
  pickupTo: string
}

export interface RejectRequest {
  reason: string
}

export interface HandoverRequest {
  quantity: number
  /** YYYY-MM-DD; the server uses today when null. */
  handedOverOn: string | null
  destinationProject: string | null
  destinationAddress: string | null
  /** For stored lots: the storage location it is taken from. */
  locationId: string | null
  /** km from where the material was to where it goes, for the net climate figures (optional). */
  transportDistanceKm?: number | null
  /** What became of it (docs/outcomes.md); without it the rules say: sold, given away or reused by the price. */
  outcome?: Outcome
}

export interface ReservationQuery {
  /** Defaults to buyer on the server. */
  role?: ReservationRole
  status?: ReservationStatus
  listingId?: string
  lotId?: string
  page: number
  size: number
}

export const NOTIFICATION_KINDS = [
  'RESERVATION_RECEIVED',
  'RESERVATION_CONFIRMED',
  'RESERVATION_REJECTED',
  'RESERVATION_CANCELLED',
  'RESERVATION_EXPIRING',
  'RESERVATION_EXPIRED',
  'RESERVATION_HANDED_OVER',
  'WANTED_MATCH',
  'PICKUP_BOOKED',
  'PICKUP_REMINDER',
  'MESSAGE_RECEIVED',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export interface AppNotification {
  id: string
  /** One of NOTIFICATION_KINDS; a newer server may send others. */
  kind: NotificationKind | string
  reservationId: string | null
  listingTitle: string | null
  quantity: number | null
  unit: Unit | null
  reason: string | null
  createdAt: string
  readAt: string | null
  /** WANTED_MATCH: the request that matched and the listing that satisfies it. */
  wantedRequestId?: string | null
  listingId?: string | null
  /** MESSAGE_RECEIVED: the conversation with the new message. */
  conversationId?: string | null
}

export interface NotificationPage extends PageOf<AppNotification> {
  /** Unread notifications in all, not only on this page. */
  unread: number
}

export interface NotificationQuery {
  unread?: boolean
  page?: number
  size?: number
}

export type WantedAlerts = 'AT_ONCE' | 'DAILY_DIGEST'

export interface Preferences {
  emailNotifications: boolean
  email: string | null
  /** Email about new matches of wanted requests: one mail per match, or one daily digest. */
  wantedAlerts: WantedAlerts
  /** Email of new messages in the organisation's conversations (at most one per conversation per 15 minutes). */
  messageEmails?: boolean
}

const BASE = '/api/v1'

function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value))
  }
  return search.toString()
}

export function createReservationApi(accessToken: string) {
  const auth = { accessToken }
  const post = <T>(path: string, body: unknown, key?: string) => postIdempotent<T>(`${BASE}${path}`, body, auth, key)
  return {
    list: (q: ReservationQuery) => apiFetch<PageOf<Reservation>>(`${BASE}/reservations?${query({ ...q })}`, auth),
    get: (id: string) => apiFetch<Reservation>(`${BASE}/reservations/${id}`, auth),
    create: (body: ReservationRequest, key?: string) => post<Reservation>('/reservations', body, key),
    confirm: (id: string, body: ConfirmRequest, key?: string) => post<Reservation>(`/reservations/${id}/confirm`, body, key),
    reject: (id: string, body: RejectRequest, key?: string) => post<Reservation>(`/reservations/${id}/reject`, body, key),
    cancel: (id: string, key?: string) => post<Reservation>(`/reservations/${id}/cancel`, undefined, key),
    handover: (id: string, body: HandoverRequest, key?: string) => post<Reservation>(`/reservations/${id}/handover`, body, key),
  }
}

export type ReservationApi = ReturnType<typeof createReservationApi>

export function createNotificationApi(accessToken: string) {
  const auth = { accessToken }
  return {
    list: (q: NotificationQuery = {}) => apiFetch<NotificationPage>(`${BASE}/notifications?${query({ ...q })}`, auth),
    markRead: (id: string, key?: string) => postIdempotent<AppNotification>(`${BASE}/notifications/${id}/read`, undefined, auth, key),
    markAllRead: (key?: string) => postIdempotent<{ unread: number }>(`${BASE}/notifications/read-all`, undefined, auth, key),
    preferences: () => apiFetch<Preferences>(`${BASE}/me/preferences`, auth),
    /** Answers the saved preferences (or nothing, 204). */
    savePreferences: (body: { emailNotifications: boolean; wantedAlerts?: WantedAlerts; messageEmails?: boolean }) => apiSend<Preferences | undefined>(`${BASE}/me/preferences`, 'PUT', body, auth),
  }
}

export type NotificationApi = ReturnType<typeof createNotificationApi>
