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

export function createQueryClient(): QueryClient {
  return new QueryClient({
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
