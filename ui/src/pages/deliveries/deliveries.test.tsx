import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { createQueryClient } from '../../api'
import type { Delivery } from '../../api/deliveries'
import { AuthContext } from '../../auth/context'
import { server } from '../../test/server'
import { anna, descriptionOf, problem } from '../../test/signedIn'
import { CarrierBoardPage } from './CarrierBoardPage'
import { DeliveryRequestForm } from './DeliveryRequestForm'
import { ReceiptPage } from './ReceiptPage'

const CARRIER = { id: 'c1', code: 'kalmarsunds-akeri', name: 'Kalmarsunds Åkeri AB' }

function renderWith(children: ReactNode) {
  render(
    <AuthContext.Provider value={anna}>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter>{children}</MemoryRouter>
      </QueryClientProvider>
    </AuthContext.Provider>,
  )
}

function delivery(overrides: Partial<Delivery> = {}): Delivery {
  const none = { accept: false, decline: false, plan: false, depart: false, deliver: false, confirmReceipt: false, cancel: false }
  return {
    id: 'd1', reservationId: 'r1', status: 'REQUESTED', sellerDelivers: false,
    buyer: { id: 'o1', code: 'smalandsbygg', name: 'Smålandsbygg AB' },
    seller: { id: 'o2', code: 'kalmar-rivning', name: 'Kalmar Rivning & Demontage AB' },
    carrier: { id: 'c1', code: 'kalmarsunds-akeri', name: 'Kalmarsunds Åkeri AB' },
    address: { streetAddress: 'Kungsgatan 5', postalCode: '382 30', city: 'Nybro' },
    windowFrom: '2026-12-10T08:00:00Z', windowTo: '2026-12-10T12:00:00Z',
    contact: { name: 'Sara Nilsson', phone: '070-123 45 67' },
    goods: { title: 'Innerdörrar', quantity: 2, unit: 'st', massKg: 50 },
    source: { kind: 'SITE', address: 'Kalmar' },
    distanceKm: 37.6, version: 0, createdAt: '2026-12-04T08:00:00Z', updatedAt: '2026-12-04T08:00:00Z',
    requestedBy: 'sara',
    ...overrides,
    may: { ...none, ...overrides.may },
  } as Delivery
}

describe('the delivery request form', () => {
  it('refuses an incomplete request before sending it, on the first field, focused', async () => {
    let posted = 0
    server.use(
      http.get('/api/v1/deliveries/carriers', () => HttpResponse.json([CARRIER])),
      http.post('/api/v1/deliveries', () => {
        posted++
        return HttpResponse.json({}, { status: 201 })
      }),
    )
    renderWith(<DeliveryRequestForm reservationId="r1" onDone={() => undefined} />)
    await userEvent.click(screen.getByTestId('delivery-submit'))
    const street = screen.getByTestId('delivery-street')
    await waitFor(() => expect(document.activeElement).toBe(street))
    expect(descriptionOf(screen.getByTestId('delivery-carrier'))).not.toBe('')
    expect(posted).toBe(0)
  })

  it('sends the address, window, contact and the chosen carrier with an Idempotency-Key', async () => {
    let body: Record<string, unknown> | undefined
    let key: string | null = null
    server.use(
      http.get('/api/v1/deliveries/carriers', () => HttpResponse.json([CARRIER])),
      http.post('/api/v1/deliveries', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>
        key = request.headers.get('Idempotency-Key')
        return HttpResponse.json(delivery(), { status: 201 })
      }),
    )
    const onDone = vi.fn()
    renderWith(<DeliveryRequestForm reservationId="r1" onDone={onDone} />)
    await userEvent.type(screen.getByTestId('delivery-street'), 'Kungsgatan 5')
    await userEvent.type(screen.getByTestId('delivery-city'), 'Nybro')
    await userEvent.type(screen.getByTestId('delivery-contact-name'), 'Sara Nilsson')
    await userEvent.type(screen.getByTestId('delivery-contact-phone'), '070-123 45 67')
    await screen.findByRole('option', { name: 'Kalmarsunds Åkeri AB' })
    await userEvent.selectOptions(screen.getByTestId('delivery-carrier'), 'c1')
    await userEvent.click(screen.getByTestId('delivery-submit'))
    await waitFor(() => expect(onDone).toHaveBeenCalled())
    expect(key).toBeTruthy()
    expect(body).toMatchObject({
      reservationId: 'r1',
      address: { streetAddress: 'Kungsgatan 5', city: 'Nybro' },
      contact: { name: 'Sara Nilsson', phone: '070-123 45 67' },
      carrierOrganisationId: 'c1',
    })
    expect(body?.sellerDelivers).toBeUndefined()
    expect(new Date(String(body?.windowTo)) > new Date(String(body?.windowFrom))).toBe(true)
  })

  it('lets the seller deliver, and puts the server’s refusal on the carrier field', async () => {
    let body: Record<string, unknown> | undefined
    server.use(
      http.get('/api/v1/deliveries/carriers', () => HttpResponse.json([CARRIER])),
      http.post('/api/v1/deliveries', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>
        return problem(422, {
          title: 'Unprocessable request', detail: 'There is no active carrier with that id.',
          errors: [{ field: 'carrierOrganisationId', code: 'UnknownReference', message: 'is no active carrier' }],
        })
      }),
    )
    renderWith(<DeliveryRequestForm reservationId="r1" onDone={() => undefined} />)
    await userEvent.type(screen.getByTestId('delivery-street'), 'Kungsgatan 5')
    await userEvent.type(screen.getByTestId('delivery-city'), 'Nybro')
    await userEvent.type(screen.getByTestId('delivery-contact-name'), 'Sara')
    await userEvent.type(screen.getByTestId('delivery-contact-phone'), '0701234567')
    await userEvent.selectOptions(screen.getByTestId('delivery-carrier'), 'seller')
    await userEvent.click(screen.getByTestId('delivery-submit'))
    const carrier = screen.getByTestId('delivery-carrier')
    await waitFor(() => expect(document.activeElement).toBe(carrier))
    expect(body).toMatchObject({ sellerDelivers: true })
    expect(body?.carrierOrganisationId).toBeUndefined()
    expect(descriptionOf(carrier)).not.toBe('')
  })
})

describe('the carrier’s board', () => {
  it('shows only the steps the carrier may take, and the next one after each', async () => {
    const steps: string[] = []
    server.use(
      http.get('/api/v1/deliveries', () =>
        HttpResponse.json({ items: [delivery({ may: { accept: true, decline: true } as Delivery['may'] })], page: 0, size: 50, total: 1 }),
      ),
      http.post('/api/v1/deliveries/d1/accept', ({ request }) => {
        steps.push(`accept ${request.headers.get('Idempotency-Key') ? 'with key' : 'without key'}`)
        return HttpResponse.json(delivery({ status: 'ACCEPTED', version: 1, may: { plan: true, cancel: false } as Delivery['may'] }))
      }),
      http.post('/api/v1/deliveries/d1/plan', async ({ request }) => {
        const sent = (await request.json()) as { plannedAt: string }
        steps.push(`plan ${sent.plannedAt ? 'with time' : 'without time'}`)
        return HttpResponse.json(delivery({ status: 'PLANNED', version: 2, plannedAt: sent.plannedAt, may: { plan: true, depart: true } as Delivery['may'] }))
      }),
      http.post('/api/v1/deliveries/d1/depart', () => {
        steps.push('depart')
        return HttpResponse.json(delivery({ status: 'ON_THE_WAY', version: 3, plannedAt: '2026-12-10T09:00:00Z', may: { deliver: true } as Delivery['may'] }))
      }),
      http.post('/api/v1/deliveries/d1/deliver', async ({ request }) => {
        const sent = (await request.json()) as { drivenKm: number | null }
        steps.push(`deliver ${sent.drivenKm}`)
        return HttpResponse.json(delivery({ status: 'DELIVERED', version: 4, drivenKm: sent.drivenKm ?? undefined }))
      }),
    )
    renderWith(<CarrierBoardPage />)
    const card = await screen.findByTestId('delivery-card')
    expect(card.getAttribute('data-status')).toBe('REQUESTED')
    expect(screen.getByTestId('delivery-decline')).toBeTruthy()
    expect(screen.queryByTestId('delivery-depart')).toBeNull()
    expect(screen.queryByTestId('delivery-deliver')).toBeNull()

    await userEvent.click(screen.getByTestId('delivery-accept'))
    await waitFor(() => expect(screen.getByTestId('delivery-status').textContent).toBe('Accepterad'))
    expect(screen.queryByTestId('delivery-accept')).toBeNull()
    await userEvent.click(screen.getByTestId('delivery-plan'))
    await waitFor(() => expect(screen.getByTestId('delivery-status').textContent).toBe('Planerad'))
    await userEvent.click(screen.getByTestId('delivery-depart'))
    await waitFor(() => expect(screen.getByTestId('delivery-status').textContent).toBe('På väg'))
    await userEvent.type(screen.getByTestId('delivery-driven-km'), '41,5')
    await userEvent.click(screen.getByTestId('delivery-deliver'))
    await waitFor(() => expect(screen.getByTestId('delivery-status').textContent).toBe('Levererad'))
    expect(steps).toEqual(['accept with key', 'plan with time', 'depart', 'deliver 41.5'])
    expect(screen.getByTestId('delivery-note')).toBeTruthy()
  })

  it('puts the server’s refusal of the km driven on that field, and checks the number before sending', async () => {
    let sent = 0
    server.use(
      http.get('/api/v1/deliveries', () =>
        HttpResponse.json({ items: [delivery({ status: 'ON_THE_WAY', version: 3, may: { deliver: true } as Delivery['may'] })], page: 0, size: 50, total: 1 }),
      ),
      http.post('/api/v1/deliveries/d1/deliver', () => {
        sent++
        return problem(400, { title: 'Invalid request', errors: [{ field: 'drivenKm', code: 'Digits', message: 'numeric value out of bounds' }] })
      }),
    )
    renderWith(<CarrierBoardPage />)
    const km = await screen.findByTestId('delivery-driven-km')
    await userEvent.type(km, '-3')
    await userEvent.click(screen.getByTestId('delivery-deliver'))
    expect(await screen.findByText('Får inte vara mindre än 0.')).toBeTruthy()
    expect(sent).toBe(0)
    await userEvent.clear(km)
    await userEvent.type(km, '41,55')
    await userEvent.click(screen.getByTestId('delivery-deliver'))
    await waitFor(() => expect(sent).toBe(1))
    expect(km.closest('.field')?.textContent).toMatch(/ogiltigt|siffror/)
    expect(screen.getByTestId('delivery-status').textContent).toBe('På väg')
  })

  it('declines only with a reason', async () => {
    let reason: string | undefined
    server.use(
      http.get('/api/v1/deliveries', () =>
        HttpResponse.json({ items: [delivery({ may: { accept: true, decline: true } as Delivery['may'] })], page: 0, size: 50, total: 1 }),
      ),
      http.post('/api/v1/deliveries/d1/decline', async ({ request }) => {
        reason = ((await request.json()) as { reason: string }).reason
        return HttpResponse.json(delivery({ status: 'DECLINED', version: 1, declineReason: reason }))
      }),
    )
    renderWith(<CarrierBoardPage />)
    await userEvent.click(await screen.findByTestId('delivery-decline'))
    const submit = screen.getByTestId('delivery-decline-submit')
    await userEvent.click(submit)
    expect(await screen.findByText('Fyll i fältet.')).toBeTruthy()
    expect(reason).toBeUndefined()
    expect(document.activeElement).toBe(screen.getByTestId('delivery-decline-reason'))
    await userEvent.type(screen.getByTestId('delivery-decline-reason'), 'Ingen bil ledig')
    await userEvent.click(submit)
    await waitFor(() => expect(screen.getByTestId('delivery-status').textContent).toBe('Avböjd'))
    expect(reason).toBe('Ingen bil ledig')
    expect(screen.queryByTestId('delivery-note')).toBeNull()
  })
})

describe('the receipt page', () => {
  const token = 'A'.repeat(43)

  it('confirms receipt with the token of the note and says what was received', async () => {
    let sent: string | undefined
    server.use(
      http.post('/api/v1/deliveries/receipt', async ({ request }) => {
        sent = ((await request.json()) as { token: string }).token
        return HttpResponse.json(delivery({ status: 'DELIVERED', receivedAt: '2026-12-10T10:00:00Z', receivedBy: 'sara' }))
      }),
    )
    renderWith(<ReceiptPage token={token} />)
    await userEvent.click(screen.getByTestId('receipt-confirm'))
    expect((await screen.findByTestId('receipt-done')).textContent).toContain('Innerdörrar')
    expect(sent).toBe(token)
    expect(screen.queryByTestId('receipt-confirm')).toBeNull()
  })

  it('says the code is not for the organisation when the server does not find it', async () => {
    server.use(http.post('/api/v1/deliveries/receipt', () => problem(404, { title: 'Not found', detail: 'No delivery to your organisation has that code.' })))
    renderWith(<ReceiptPage token={token} />)
    await userEvent.click(screen.getByTestId('receipt-confirm'))
    expect((await screen.findByTestId('error')).textContent).toContain('Koden hör inte till någon leverans till din organisation')
  })
})
