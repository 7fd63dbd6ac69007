import { infiniteQueryOptions } from '@tanstack/react-query'
import type { ListingApi } from '../../api'
import { PAGE_SIZE } from './filters'

/**
 * The search answers for one query string (`apiQuery(filters)`): the first page, and one more page for each
 * "show more" (search_after paging); each page says which query it answers. Shared by the search page and by the
 * start of the app, which asks for the first page while the page's own code is still on its way
 * (`router/entryPage.ts`), so both must build the same key.
 */
export function searchQueryOptions(query: string, listings: ListingApi) {
  return infiniteQueryOptions({
    queryKey: ['search', query],
    queryFn: ({ pageParam }) =>
      listings
        .search(`${query}&size=${PAGE_SIZE}${pageParam ? `&searchAfter=${encodeURIComponent(pageParam)}` : ''}`)
        .then((answer) => ({ query, answer })),
    initialPageParam: '',
    getNextPageParam: (last) => last.answer.searchAfter || undefined,
    // A search node that is down says so at once, with its own "try again".
    retry: false,
  })
}
