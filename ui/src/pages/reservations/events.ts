import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'

/*
 * "Reservations may have changed": said by the notification bell when new notifications arrive or one is followed
 * (its link may be the page already open), and by the lot page when a reservation of the lot changed. Every query
 * of reservations has a key that starts with RESERVATIONS, so marking them invalid loads the open ones again.
 */

export const RESERVATIONS = 'reservations'

export function reservationsChanged(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: [RESERVATIONS] })
}

export function useReservationsChanged(): () => void {
  const queryClient = useQueryClient()
  return useCallback(() => void reservationsChanged(queryClient), [queryClient])
}
