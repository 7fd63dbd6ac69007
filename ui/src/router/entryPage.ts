import type { QueryClient } from '@tanstack/react-query'
import { createListingApi } from '../api'
import { withTexts } from '../i18n'
import { apiQuery, parseFilters } from '../pages/search/filters'
import { searchQueryOptions } from '../pages/search/searchQuery'

/*
 * The first page of a visit, started early. Pages are loaded lazily, and the router is made only once the sign-in
 * has settled (App.tsx), so without this a visitor opening a search link waits for the start code, then the UI
 * configuration and the sign-in, then the search page's code, and only then for the search itself, one after the
 * other. Measured with bench/ui (bench/README.md, "Web UI").
 */

/** Starts fetching the code (and texts) of the public page a visit opens on (search, a listing), beside the sign-in. */
export function preloadEntryPage(pathname: string) {
  if (pathname === '/sok') void import('../pages/search/SearchPage')
  else if (/^\/annonser\/[^/]+$/.test(pathname) && pathname !== '/annonser/ny') void withTexts(['listings', 'reservations'], () => import('../pages/listings/ListingPage'))()
}

/**
 * Asks for the first page of search answers as soon as the token is known (empty for visitors), while the search
 * page's code may still be loading; the page then finds the answer, or the request under way, in the cache.
 */
export function prefetchEntryData(queryClient: QueryClient, token: string, location: Location = window.location) {
  if (location.pathname !== '/sok') return
  const query = apiQuery(parseFilters(new URLSearchParams(location.search)))
  void queryClient.prefetchInfiniteQuery(searchQueryOptions(query, createListingApi(token)))
}
