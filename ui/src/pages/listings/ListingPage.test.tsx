import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import type { Listing } from '../../api'
import { anonymous, renderApp } from '../../test/render'
import { server } from '../../test/server'

const LAZY = { timeout: 10_000 }

const door = {
  id: 'l1',
  organisation: { id: 'org-r', code: 'kalmar-rivning', name: 'Kalmar Rivning AB' },
  inventoryItemId: null,
  storageSiteId: null,
  category: { id: 'c1', code: 'door', nameSv: 'Dörrar', nameEn: 'Doors' },
  title: 'Innerdörr i ek',
  description: null,
  material: 'Ek',
  quantity: 4,
  held: 0,
  available: 4,
  unit: 'PIECE',
  dimensions: null,
  weightPerUnitKg: null,
  condition: 4,
  conditionNotes: null,
  price: { kind: 'FREE', amountSek: null },
  location: null,
  pickupInstructions: null,
  availableFrom: null,
  visibility: 'PUBLIC',
  publicFrom: null,
  public: true,
  status: 'PUBLISHED',
  publishedAt: '2026-12-01T10:00:00Z',
  expiresOn: null,
  photoCount: 0,
  thumbnailUrl: null,
  editable: false,
  version: 1,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
} as unknown as Listing

describe('a listing seen by a visitor', () => {
  it('offers a visitor to sign in to reserve what is left, instead of "Reservera"', async () => {
    server.use(
      http.get('/api/v1/listings/l1', () => HttpResponse.json(door)),
      http.get('/api/v1/climate/listings/l1/savings', () => HttpResponse.json({ status: 404, title: 'Not Found' }, { status: 404 })),
    )
    const login = vi.fn(() => Promise.resolve())
    renderApp('/annonser/l1', { ...anonymous, login })
    const button = await screen.findByRole('button', { name: 'Logga in för att reservera' }, LAZY)
    expect(screen.queryByTestId('reserve-open')).toBeNull()
    await userEvent.click(button)
    expect(login).toHaveBeenCalledTimes(1)
  })

  it('offers nothing to reserve when nothing is left', async () => {
    server.use(
      http.get('/api/v1/listings/l1', () => HttpResponse.json({ ...door, held: 4, available: 0, status: 'RESERVED' })),
      http.get('/api/v1/climate/listings/l1/savings', () => HttpResponse.json({ status: 404, title: 'Not Found' }, { status: 404 })),
    )
    renderApp('/annonser/l1')
    expect(await screen.findByTestId('listing-title', {}, LAZY)).toBeTruthy()
    expect(screen.queryByTestId('reserve-login')).toBeNull()
  })
})
