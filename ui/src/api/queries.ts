import { useQuery } from '@tanstack/react-query'
import { apiFetch, fetchMe, loadUiConfig } from './index'
import type { Standing } from './types'

/*
 * Queries that several parts of the UI share, under one key each so that they are fetched once.
 */

/** Who the signed-in user is (roles, organisation); nothing is asked without a token. */
/** Where the signed-in person stands (answered without a registered organisation too): GET /api/v1/me/standing. */
export function useStandingQuery(accessToken: string | undefined) {
  return useQuery({
    queryKey: ['me', 'standing'],
    queryFn: () => apiFetch<Standing>('/api/v1/me/standing', { accessToken }),
    enabled: Boolean(accessToken),
  })
}

export function useMeQuery(accessToken: string | undefined) {
  return useQuery({
    queryKey: ['me'],
    queryFn: () => fetchMe(accessToken ?? ''),
    enabled: Boolean(accessToken),
  })
}

/** The map tiles and other settings of the UI; they do not change while a page is open. */
export function useMapTiles() {
  const query = useQuery({ queryKey: ['ui-config'], queryFn: loadUiConfig, staleTime: Infinity })
  if (query.isPending) return 'loading' as const
  return query.data?.map ?? { url: null, attribution: null }
}
