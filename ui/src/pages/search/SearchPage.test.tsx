import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { SearchAnswer, SearchHit } from '../../api'
import { renderApp } from '../../test/render'
import { server } from '../../test/server'

const LAZY = { timeout: 10_000 }

function hit(n: number): SearchHit {
  return {
    id: `l${n}`,
    title: `Innerdörr ${n}`,
    snippet: null,
    highlight: null,
    category: { id: 'c1', code: 'doors', nameSv: 'Dörrar', nameEn: 'Doors' },
    material: null,
    quantity: 1,
    unit: 'st',
    dimensions: null,
    condition: 4,
    price: { kind: 'FREE', sek: null },
    city: 'Kalmar',
    position: null,
    distanceKm: null,
    organisation: { id: 'o1', code: 'kalmar', name: 'Kalmar kommun' },
    thumbnailUrl: null,
    availableFrom: null,
    publishedAt: null,
    status: 'PUBLISHED',
    public: true,
  }
}

function answer(from: number, count: number, searchAfter: string | null): SearchAnswer {
  return {
    total: 3,
    totalExact: true,
    page: 0,
    size: 2,
    items: Array.from({ length: count }, (_, i) => hit(from + i)),
    searchAfter,
    facets: {},
  }
}

describe('search page', () => {
  it('shows the first page, then the next one after "show more", focusing its first result', async () => {
    const asked: (string | null)[] = []
    server.use(
      http.get('/api/v1/search/listings', ({ request }) => {
        const after = new URL(request.url).searchParams.get('searchAfter')
        asked.push(after)
        return HttpResponse.json(after ? answer(3, 1, null) : answer(1, 2, 'cursor-2'))
      }),
    )
    renderApp('/sok?q=d%C3%B6rr')
    expect(await screen.findByText('Innerdörr 1', {}, LAZY)).toBeTruthy()
    expect(screen.getByText('Innerdörr 2')).toBeTruthy()

    await userEvent.click(screen.getByTestId('search-more'))
    const third = await screen.findByRole('link', { name: 'Innerdörr 3' })
    await waitFor(() => expect(document.activeElement).toBe(third))
    expect(asked).toEqual([null, 'cursor-2'])
    expect(screen.queryByTestId('search-more')).toBeNull()
  })

  it('says the search is unavailable and searches again on "try again", without retrying by itself', async () => {
    let calls = 0
    server.use(
      http.get('/api/v1/search/listings', () => {
        calls++
        return calls === 1
          ? HttpResponse.json({ title: 'Search unavailable', status: 503 }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } })
          : HttpResponse.json(answer(1, 2, null))
      }),
    )
    renderApp('/sok')
    const retry = await screen.findByRole('button', { name: 'Försök igen' }, LAZY)
    expect(calls).toBe(1)
    await userEvent.click(retry)
    expect(await screen.findByText('Innerdörr 1')).toBeTruthy()
    expect(calls).toBe(2)
  })

  it('shows a chosen filter as chosen at once: the address changes in the same update as the click', async () => {
    const asked: string[] = []
    server.use(
      http.get('/api/v1/search/listings', ({ request }) => {
        asked.push(new URL(request.url).search)
        return HttpResponse.json(answer(1, 2, null))
      }),
    )
    renderApp('/sok?q=d%C3%B6rr')
    await screen.findByText('Innerdörr 1', {}, LAZY)
    const radio = screen.getByTestId('filter-condition-2') as HTMLInputElement
    // A real click, outside act(), so that React schedules the update as a browser would (act would flush it all).
    const reactAct = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
    reactAct.IS_REACT_ACT_ENVIRONMENT = false
    try {
      radio.click()
      expect(radio.checked).toBe(true)
    } finally {
      reactAct.IS_REACT_ACT_ENVIRONMENT = true
    }
    await waitFor(() => expect(asked.some((q) => q.includes('conditionMax=2'))).toBe(true))
  })
})
