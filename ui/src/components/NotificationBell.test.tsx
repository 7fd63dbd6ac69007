import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import type { User } from 'oidc-client-ts'
import { describe, expect, it } from 'vitest'
import type { NotificationPage } from '../api'
import { anonymous, renderApp } from '../test/render'
import { server } from '../test/server'

const anna = {
  ...anonymous,
  status: 'authenticated' as const,
  user: { access_token: 'token-anna', profile: { sub: 'sub-anna' } } as unknown as User,
}

const page: NotificationPage = {
  items: [
    { id: 'n1', kind: 'RESERVATION_CONFIRMED', reservationId: 'r1', listingTitle: 'Innerdörr', quantity: null, unit: null, reason: null, createdAt: '2026-12-01T10:00:00Z', readAt: null },
    { id: 'n2', kind: 'RESERVATION_REJECTED', reservationId: 'r2', listingTitle: 'Fönster', quantity: null, unit: null, reason: null, createdAt: '2026-12-01T09:00:00Z', readAt: null },
  ],
  page: 0,
  size: 10,
  total: 2,
  unread: 2,
}

describe('notification bell', () => {
  it('marks all read at once and on the server, and a failed write brings the server state back', async () => {
    let readAll = 0
    server.use(
      http.get('/api/v1/me', () => HttpResponse.json({ message: 'not needed' }, { status: 404 })),
      http.get('/api/v1/notifications', () => HttpResponse.json(page)),
      http.post('/api/v1/notifications/read-all', async () => {
        readAll++
        await delay(500)
        return HttpResponse.json({ title: 'down' }, { status: 503 })
      }),
    )
    renderApp('/finns/inte', anna)
    const bell = await screen.findByRole('button', { name: 'Aviseringar, 2 olästa' }, { timeout: 10_000 })
    await userEvent.click(bell)
    await userEvent.click(await screen.findByTestId('notifications-read-all'))
    // Shown at once ...
    await screen.findByRole('button', { name: 'Aviseringar' })
    // ... written, failed, and loaded again from the server, which still counts two.
    await waitFor(() => expect(readAll).toBe(1))
    expect(await screen.findByRole('button', { name: 'Aviseringar, 2 olästa' })).toBeTruthy()
  })
})
