import { act, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../test/server'
import { renderApp } from '../test/render'

// The first test that opens a lazy page waits for Vite to transform its module: give it time.
const LAZY = { timeout: 10_000 }

describe('routes', () => {
  it('shows a page of its own, with a heading, for a path no route knows', async () => {
    renderApp('/finns/inte')
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte.' })).toBeTruthy()
    expect(screen.getByTestId('not-found')).toBeTruthy()
  })

  it('opens a deep link to a listing and asks the API for that listing', async () => {
    const asked: string[] = []
    server.use(
      http.get('/api/v1/listings/:id', ({ params }) => {
        asked.push(String(params.id))
        return HttpResponse.json(
          { title: 'Not found', status: 404 },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        )
      }),
    )
    renderApp('/annonser/ab12')
    expect(await screen.findByText('Hittades inte.', {}, LAZY)).toBeTruthy()
    expect(asked).toEqual(['ab12'])
  })

  it('shows the sign-in page to a visitor on a page that needs a signed-in user', async () => {
    renderApp('/buildings')
    expect(await screen.findByTestId('landing', {}, LAZY)).toBeTruthy()
  })

  it('moves the focus to the main heading after a navigation, not on the first page', async () => {
    const { router } = renderApp('/')
    await screen.findByTestId('landing')
    expect(document.activeElement).toBe(document.body)

    await act(() => router.navigate('/finns/inte'))
    const heading = await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte.' })
    await waitFor(() => expect(document.activeElement).toBe(heading))
  })
})
