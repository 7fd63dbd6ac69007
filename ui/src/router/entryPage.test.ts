import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createQueryClient } from '../api/query'
import { apiQuery, parseFilters } from '../pages/search/filters'
import { server } from '../test/server'
import { prefetchEntryData } from './entryPage'

const at = (address: string) => new URL(address, 'http://localhost') as unknown as Location

describe('the first page of a visit', () => {
  it('asks for the search answers of a search link before the page is there, under the key the page reads', async () => {
    const asked: URL[] = []
    server.use(
      http.get('/api/v1/search/listings', ({ request }) => {
        asked.push(new URL(request.url))
        return HttpResponse.json({ total: 0, items: [], facets: {}, searchAfter: null })
      }),
    )
    const client = createQueryClient()
    prefetchEntryData(client, '', at('/sok?q=d%C3%B6rr&material=tr%C3%A4'))

    const key = ['search', apiQuery(parseFilters(new URLSearchParams('q=d%C3%B6rr&material=tr%C3%A4')))]
    await expect.poll(() => client.getQueryState(key)?.status).toBe('success')
    expect(asked).toHaveLength(1)
    expect(asked[0].searchParams.get('q')).toBe('dörr')
    expect(asked[0].searchParams.get('material')).toBe('trä')
  })

  it('asks for nothing on other pages (a request no test handles fails the test)', async () => {
    const client = createQueryClient()
    prefetchEntryData(client, '', at('/annonser/abc'))
    prefetchEntryData(client, '', at('/'))
    expect(client.getQueryCache().getAll()).toHaveLength(0)
  })
})
