import { ApiError, apiFetch, apiSend } from './client'
import type { components } from './schema'

/*
 * Pickup slots at a store (docs/storage.md#pickup-slots): a storage site's pickup hours, its free slots, a
 * reservation's booked pickup, and the store's pickups of a day. The types are the generated schema's
 * (components['schemas']); an answer's property that may be null is optional there and allows null.
 */

type Schemas = components['schemas']

export type PickupHours = Schemas['PickupHours']
export type PickupPeriod = Schemas['Period']
export type PickupClosedDay = Schemas['ClosedDay']
export type PickupSlot = Schemas['PickupSlot']
export type PickupBooking = Schemas['PickupBooking']
export type PickupDay = Schemas['PickupDay']
export type DayPickup = PickupDay['pickups'][number]
export type PickupPlace = DayPickup['places'][number]

/** The slot length and capacity the server takes (PickupHours' Bean Validation). */
export const SLOT_MINUTES = { min: 10, max: 240 } as const
export const SLOT_CAPACITY = { min: 1, max: 100 } as const
/** How many days ahead a slot can be booked (SlotGrid.DAYS_AHEAD). */
export const PICKUP_DAYS_AHEAD = 90
/** The longest range of days one slots request may ask for. */
export const SLOTS_MAX_DAYS = 31

const BASE = '/api/v1'
const enc = encodeURIComponent

/** Query keys: every pickup query starts with PICKUP, so a booking marks them all stale at once. */
export const PICKUP = 'pickup'
export const pickupKeys = {
  hours: (siteId: string) => [PICKUP, 'hours', siteId] as const,
  slots: (siteId: string, from: string, to: string) => [PICKUP, 'slots', siteId, from, to] as const,
  booking: (reservationId: string) => [PICKUP, 'booking', reservationId] as const,
  day: (siteId: string, date: string) => [PICKUP, 'day', siteId, date] as const,
}

/** A 404 read as "there is none" (no hours published, nothing booked). */
async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

export function createPickupApi(accessToken: string) {
  const auth = { accessToken }
  return {
    /** The store's pickup hours; null until its operators publish them (or for a site one may not see). */
    hours: (siteId: string) => orNull(apiFetch<PickupHours>(`${BASE}/storage/sites/${enc(siteId)}/pickup/hours`, auth)),
    saveHours: (siteId: string, hours: PickupHours) =>
      apiSend<PickupHours>(`${BASE}/storage/sites/${enc(siteId)}/pickup/hours`, 'PUT', hours, auth),
    /** The coming slots of the days from–to (YYYY-MM-DD, both included, at most 31 days) with how many are free. */
    slots: (siteId: string, from: string, to: string) =>
      apiFetch<PickupSlot[]>(`${BASE}/storage/sites/${enc(siteId)}/pickup/slots?from=${enc(from)}&to=${enc(to)}`, auth),
    /** The store's booked pickups of a day (YYYY-MM-DD), its operators' pick list. */
    day: (siteId: string, date: string) => apiFetch<PickupDay>(`${BASE}/storage/sites/${enc(siteId)}/pickup/day?date=${enc(date)}`, auth),
    /** The reservation's booked pickup, null when none is booked. */
    booking: (reservationId: string) => orNull(apiFetch<PickupBooking>(`${BASE}/reservations/${enc(reservationId)}/pickup`, auth)),
    /** Books the slot that starts at `startsAt`, or moves the booking there (a PUT: repeating it changes nothing). */
    book: (reservationId: string, startsAt: string) =>
      apiSend<PickupBooking>(`${BASE}/reservations/${enc(reservationId)}/pickup`, 'PUT', { startsAt }, auth),
    cancel: (reservationId: string) => apiFetch<void>(`${BASE}/reservations/${enc(reservationId)}/pickup`, { ...auth, method: 'DELETE' }),
  }
}

export type PickupApi = ReturnType<typeof createPickupApi>
