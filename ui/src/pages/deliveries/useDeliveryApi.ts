import { useMemo } from 'react'
import { createDeliveryApi, type DeliveryApi } from '../../api/deliveries'
import { useAuth } from '../../auth'

/** The delivery API bound to the signed-in user's token. */
export function useDeliveryApi(): DeliveryApi {
  const { user } = useAuth()
  const token = user?.access_token ?? ''
  return useMemo(() => createDeliveryApi(token), [token])
}
