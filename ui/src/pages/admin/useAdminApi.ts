import { useMemo } from 'react'
import { createAdminApi } from '../../api/admin'
import { useAuth } from '../../auth'

/** The admin API bound to the signed-in user's token. */
export function useAdminApi() {
  const { user } = useAuth()
  const token = user?.access_token ?? ''
  return useMemo(() => createAdminApi(token), [token])
}
