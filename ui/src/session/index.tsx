import { createContext, useContext, useMemo, type ReactNode } from 'react'
import {
  createInventoryApi, createListingApi, createNotificationApi, createReservationApi, createStorageApi, createWantedApi,
  type InventoryApi, type ListingApi, type Me, type NotificationApi, type ReservationApi, type StorageApi, type WantedApi,
} from '../api'
import { useMeQuery, useStandingQuery } from '../api/queries'
import type { Standing } from '../api/types'
import { useAuth } from '../auth'

/*
 * What the pages share: the API bound to the current token, and who the user is (for roles). Anonymous visitors
 * get the same session without a token: search and public listings need none.
 */

interface Session {
  api: InventoryApi
  listings: ListingApi
  storage: StorageApi
  reservations: ReservationApi
  notifications: NotificationApi
  wanted: WantedApi
  signedIn: boolean
  me: Me | null
  /** Where the signed-in person stands, also without a registered organisation (null while loading or signed out). */
  standing: Standing | null
  /** Administrators of the installation register organisations and review applications; they need no organisation. */
  installationAdmin: boolean
  /** property-unit and admin users create buildings; what they may change is decided per building (editable). */
  canCreateBuildings: boolean
  /** contractors, property-unit users and admins create listings; what they may change is decided per listing. */
  canList: boolean
  /** storage-operator and admin users create storage sites; what they may manage is decided per site (manageable). */
  canOperateStorage: boolean
  /** Operators manage sites; contractors see the sites they may deliver to and register intakes there. */
  canUseStorage: boolean
  /** Sellers see the reservations of their organisation's listings (and, for operators, of their stored lots). */
  canSell: boolean
  /** The supply side (property units, contractors, storage operators, admins) sees the demand overview. */
  canSeeDemand: boolean
}

const SessionContext = createContext<Session | undefined>(undefined)

export function SessionProvider({ children }: { children: ReactNode }) {
  const { user } = useAuth()
  const token = user?.access_token ?? ''
  const api = useMemo(() => createInventoryApi(token), [token])
  const listings = useMemo(() => createListingApi(token), [token])
  const storage = useMemo(() => createStorageApi(token), [token])
  const reservations = useMemo(() => createReservationApi(token), [token])
  const notifications = useMemo(() => createNotificationApi(token), [token])
  const wanted = useMemo(() => createWantedApi(token), [token])
  // The home page shows profile errors; here roles just stay unknown.
  const meQuery = useMeQuery(token || undefined)
  const me: Me | null = (token && meQuery.data) || null
  const standingQuery = useStandingQuery(token || undefined)
  const standing: Standing | null = (token && standingQuery.data) || null

  const roles = me?.user.roles ?? []
  const value = useMemo<Session>(
    () => ({
      api,
      listings,
      storage,
      reservations,
      notifications,
      wanted,
      signedIn: token !== '',
      me,
      standing,
      installationAdmin: standing?.installationAdmin ?? false,
      canCreateBuildings: roles.includes('property-unit') || roles.includes('admin'),
      canList: roles.includes('contractor') || roles.includes('property-unit') || roles.includes('admin'),
      canOperateStorage: roles.includes('storage-operator') || roles.includes('admin'),
      canUseStorage: roles.includes('storage-operator') || roles.includes('admin') || roles.includes('contractor'),
      canSell: ['contractor', 'property-unit', 'storage-operator', 'admin'].some((role) => roles.includes(role)),
      canSeeDemand: ['contractor', 'property-unit', 'storage-operator', 'admin'].some((role) => roles.includes(role)),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, listings, storage, reservations, notifications, wanted, me, standing],
  )
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession must be used inside <SessionProvider>')
  return session
}
