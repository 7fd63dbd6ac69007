import { keepPreviousData, QueryClient, type UseQueryResult } from '@tanstack/react-query'
import { ApiError } from './client'

/*
 * Server data in the UI goes through TanStack Query: one cache per page load, cleared when the signed-in user
 * changes. Answers stay cached for back and forth navigation (shown at once, then fetched again in the
 * background); every successful write drops what no page shows and marks the rest stale (see App.tsx).
 */

/** A 4xx answer (not found, forbidden, invalid) comes out the same when asked again: only 5xx and network failures retry, once. */
export function shouldRetry(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false
  return failures < 1
}

/**
 * The first element of the key of a query whose data is an object URL (a photo fetched with the token, see
 * `AuthImage`): the cache revokes the URL when the query is removed or its data replaced, so a photo's memory is
 * freed when no page has shown it for a while, when a write drops what no page shows, and when the cache is cleared.
 */
export const OBJECT_URL = 'objectUrl'

function revokeObjectUrls(client: QueryClient) {
  const urls = new Map<string, string>()
  client.getQueryCache().subscribe((event) => {
    const { query } = event
    if (query.queryKey[0] !== OBJECT_URL) return
    const before = urls.get(query.queryHash)
    const now = event.type === 'removed' ? undefined : (query.state.data as string | undefined)
    if (before && before !== now) URL.revokeObjectURL(before)
    if (now) urls.set(query.queryHash, now)
    else urls.delete(query.queryHash)
  })
}

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // Pages reload after their own writes; a window focus does not reload a half-filled form's data.
        refetchOnWindowFocus: false,
        // New filters or another page of a list keep the old rows on screen until the new ones are there.
        placeholderData: keepPreviousData,
      },
    },
  })
  revokeObjectUrls(client)
  return client
}

/** A page's view of one query: loading (nothing yet, or fetching again after a failure), loaded or failed. */
export type Loadable<T> =
  | { kind: 'loading' }
  | { kind: 'loaded'; data: T }
  | { kind: 'failed'; error: unknown }

/** The query's state as the three cases the pages render. */
export function loadable<T>(query: UseQueryResult<T>): Loadable<T> {
  if (query.isError && !query.isFetching) return { kind: 'failed', error: query.error }
  if (query.data !== undefined) return { kind: 'loaded', data: query.data }
  return { kind: 'loading' }
}
