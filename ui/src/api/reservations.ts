import { apiFetch, apiSend } from './client'
import { postIdempotent } from './idempotency'
import type { PageOf } from './inventory'
import type { components } from './schema'
import type { RequestBody } from './types'

/*
 * Types and calls of the reservation, handover, notification and preference API (/api/v1/reservations,
 * /notifications, /me/preferences). Every POST sends an Idempotency-Key: pass the key of the user action
 * (see ActionKey) so that a retried action reuses it; without one each call is a new action. The types are the
 * generated schema's (components['schemas']); an answer's property that may be null is optional there and allows
 * null.
 */

type Schemas = components['schemas']

export const RESERVATION_STATUSES = ['REQUESTED', 'CONFIRMED', 'REJECTED', 'CANCELLED', 'EXPIRED', 'HANDED_OVER'] as const satisfies readonly Schemas['ReservationStatus'][]
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number]

/** The statuses in which a reservation still holds its quantity. */
export const ACTIVE_RESERVATION_STATUSES: readonly ReservationStatus[] = ['REQUESTED', 'CONFIRMED']

export type ReservationRole = 'buyer' | 'seller'

/** `stockLotId`, `lotCode` and `storageSiteId` are set when the listing offers a storage lot. */
export type ReservationListingRef = Schemas['ReservationView']['listing']
/** `by`: who handed over (user name); `outcome`: what became of it (docs/outcomes.md). */
export type Handover = NonNullable<Schemas['ReservationView']['handover']>
/** `mayConfirm`, `mayReject`, `mayCancel`, `mayHandOver`: what the caller may do now. */
export type Reservation = Schemas['ReservationView']

export type ReservationRequest = RequestBody<Schemas['ReservationRequest']>
export type ConfirmRequest = RequestBody<Schemas['ConfirmRequest']>
export type RejectRequest = RequestBody<Schemas['RejectRequest']>
/**
 * `handedOverOn`: today when null; `locationId`: for stored lots, the location it is taken from;
 * `transportDistanceKm`: from where the material was to where it goes, for the net climate figures; `outcome`:
 * without it the rules say (sold, given away or reused by the price).
 */
export type HandoverRequest = RequestBody<Schemas['HandoverRequest']>

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
] as const satisfies readonly Schemas['NotificationKind'][]
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** `wantedRequestId` and `listingId`: WANTED_MATCH's request and listing; `conversationId`: MESSAGE_RECEIVED's. */
export type AppNotification = Schemas['NotificationView']
/** `unread`: unread notifications in all, not only on this page. */
export type NotificationPage = Schemas['NotificationPage']

export interface NotificationQuery {
  unread?: boolean
  page?: number
  size?: number
}

export type WantedAlerts = Schemas['WantedAlerts']
/**
 * `wantedAlerts`: email about new matches of wanted requests, one mail per match or one daily digest;
 * `messageEmails`: email of new messages in the organisation's conversations (at most one per conversation per 15
 * minutes).
 */
export type Preferences = Schemas['Preferences']
export type PreferencesRequest = RequestBody<Schemas['PreferencesRequest']>

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
    savePreferences: (body: PreferencesRequest) => apiSend<Preferences | undefined>(`${BASE}/me/preferences`, 'PUT', body, auth),
  }
}

export type NotificationApi = ReturnType<typeof createNotificationApi>
