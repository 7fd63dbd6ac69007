import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { Reservation } from '../../api'
import type { PickupDay, PickupSlot } from '../../api/pickup'
import { renderApp, withAuth } from '../../test/render'
import { server } from '../../test/server'
import { anna, problem, signedInHandlers } from '../../test/signedIn'
import { HoursForm, hoursSchema } from './HoursEditor'
import { addDays, storeToday } from './shared'
import { PickupPanel } from './SlotPicker'

const LAZY = { timeout: 10_000 }
const tomorrow = addDays(storeToday(), 1)
/** Slots of tomorrow at 08:00, 08:30 and 09:00 Swedish winter time (07:00Z …): the same day in Swedish time all year. */
const at = (utc: string) => `${tomorrow}T${utc}:00Z`
const slots: PickupSlot[] = [
  { startsAt: at('07:00'), endsAt: at('07:30'), capacity: 4, free: 3 },
  { startsAt: at('07:30'), endsAt: at('08:00'), capacity: 4, free: 0 },
  { startsAt: at('08:00'), endsAt: at('08:30'), capacity: 4, free: 4 },
]

const reservation = {
  id: 'r1',
  listing: { id: 'l1', title: 'Ekdörr', unit: 'PIECE', status: 'RESERVED', stockLotId: 'lot1', lotCode: 'AB12CD', storageSiteId: 'site1' },
  status: 'CONFIRMED',
} as unknown as Reservation

describe('the slot picker', () => {
  it('offers the free slots of a day, not the full ones, and says so when the slot filled meanwhile (409)', async () => {
    let slotRequests = 0
    const booked: unknown[] = []
    server.use(
      http.get('/api/v1/reservations/r1/pickup', () => problem(404, { title: 'Hittades inte' })),
      http.get('/api/v1/storage/sites/site1/pickup/slots', () => {
        slotRequests++
        return HttpResponse.json(slotRequests === 1 ? slots : slots.map((s, i) => (i === 0 ? { ...s, free: 0 } : s)))
      }),
      http.put('/api/v1/reservations/r1/pickup', async ({ request }) => {
        booked.push(await request.json())
        return problem(409, {
          title: 'Konflikt',
          detail: 'Tiden är fullbokad.',
          errors: [{ field: 'startsAt', code: 'SlotFull', message: 'slot full', max: 4 }],
        })
      }),
    )
    render(withAuth(<PickupPanel reservation={reservation} role="buyer" />, anna))
    const grid = await screen.findByTestId('pickup-slots')
    const inputs = within(grid).getAllByRole('radio')
    expect(inputs).toHaveLength(3)
    expect(inputs.map((i) => (i as HTMLInputElement).disabled)).toEqual([false, true, false])
    expect(within(grid).getByText('Fullbokad')).toBeTruthy()
    expect(within(grid).getByText('3 av 4 lediga')).toBeTruthy()

    // nothing chosen: the form says so and sends nothing
    await userEvent.click(screen.getByTestId('pickup-submit'))
    expect(await screen.findByText('Välj en tid.')).toBeTruthy()
    expect(booked).toEqual([])

    await userEvent.click(inputs[0])
    await userEvent.click(screen.getByTestId('pickup-submit'))
    expect(await screen.findByText('Tiden är fullbokad; välj en annan.')).toBeTruthy()
    expect(booked).toEqual([{ startsAt: slots[0].startsAt }])
    // the slots are asked again, and the one that filled can no longer be chosen
    await waitFor(() => expect((within(screen.getByTestId('pickup-slots')).getAllByRole('radio')[0] as HTMLInputElement).disabled).toBe(true))
  })

  it('books a free slot and then shows it with "move" and "cancel"', async () => {
    let booking: Record<string, unknown> | null = null
    server.use(
      http.get('/api/v1/reservations/r1/pickup', () => (booking ? HttpResponse.json(booking) : problem(404, { title: 'Hittades inte' }))),
      http.get('/api/v1/storage/sites/site1/pickup/slots', () => HttpResponse.json(slots)),
      http.put('/api/v1/reservations/r1/pickup', async ({ request }) => {
        const { startsAt } = (await request.json()) as { startsAt: string }
        booking = { reservationId: 'r1', siteId: 'site1', startsAt, endsAt: slots[2].endsAt, bySeller: false, bookedBy: 'sara', createdAt: new Date().toISOString() }
        return HttpResponse.json(booking)
      }),
    )
    render(withAuth(<PickupPanel reservation={reservation} role="buyer" />, anna))
    const grid = await screen.findByTestId('pickup-slots')
    await userEvent.click(within(grid).getAllByRole('radio')[2])
    await userEvent.click(screen.getByTestId('pickup-submit'))
    expect((await screen.findByTestId('pickup-done')).textContent).toContain('Hämtningen är bokad')
    expect(screen.getByTestId('pickup-booked').getAttribute('data-starts-at')).toBe(slots[2].startsAt)
    expect(screen.getByTestId('pickup-move')).toBeTruthy()
    expect(screen.getByTestId('pickup-cancel')).toBeTruthy()
  })

  it('is not shown for a reservation outside a store, or one not confirmed', () => {
    const { container } = render(
      withAuth(
        <>
          <PickupPanel reservation={{ ...reservation, listing: { ...reservation.listing, storageSiteId: null } }} role="buyer" />
          <PickupPanel reservation={{ ...reservation, status: 'REQUESTED' }} role="buyer" />
        </>,
        anna,
      ),
    )
    expect(container.textContent).toBe('')
  })
})

describe('the pickup hours editor', () => {
  it('refuses what the server refuses, before sending anything', async () => {
    let saved = 0
    server.use(http.put('/api/v1/storage/sites/site1/pickup/hours', () => { saved++; return HttpResponse.json({}) }))
    render(
      withAuth(
        <HoursForm
          siteId="site1"
          initial={{ slotMinutes: '5', capacity: '0', opening: [{ weekday: '1', opens: '08:00', closes: '12:00' }, { weekday: '1', opens: '11:00', closes: '15:00' }, { weekday: '2', opens: '10:00', closes: '09:00' }], closedDays: [{ day: '2026-12-24', reason: '' }, { day: '2026-12-24', reason: 'Julafton' }] }}
          onCancel={() => undefined}
          onSaved={() => undefined}
        />,
        anna,
      ),
    )
    await userEvent.click(screen.getByTestId('pickup-hours-save'))
    expect(await screen.findByText('Måste vara efter öppning.')).toBeTruthy()
    expect(screen.getByText('Överlappar 08:00–12:00 samma dag.')).toBeTruthy()
    expect(screen.getByText('Dagen finns redan i listan.')).toBeTruthy()
    expect(screen.getByText('Får inte vara mindre än 10.')).toBeTruthy()
    expect(screen.getByText('Får inte vara mindre än 1.')).toBeTruthy()
    expect(saved).toBe(0)
  })

  it('holds the same rules as a schema, and lets a lunch break through', () => {
    const lunch = { slotMinutes: '30', capacity: '4', opening: [{ weekday: '1', opens: '07:00', closes: '11:30' }, { weekday: '1', opens: '12:30', closes: '16:00' }], closedDays: [] }
    expect(hoursSchema.safeParse(lunch).success).toBe(true)
    expect(hoursSchema.safeParse({ ...lunch, slotMinutes: '241' }).success).toBe(false)
    expect(hoursSchema.safeParse({ ...lunch, capacity: '2.5' }).success).toBe(false)
    expect(hoursSchema.safeParse({ ...lunch, opening: [lunch.opening[0], { weekday: '1', opens: '11:00', closes: '12:00' }] }).success).toBe(false)
  })

  it('puts the server\'s field errors on the fields they name', async () => {
    server.use(
      http.put('/api/v1/storage/sites/site1/pickup/hours', () =>
        problem(400, { title: 'Ogiltig begäran', errors: [{ field: 'opening[0].closes', code: 'BeforeOther', message: 'must be after opens', other: 'opens' }] }),
      ),
    )
    render(withAuth(<HoursForm siteId="site1" initial={{ slotMinutes: '30', capacity: '4', opening: [{ weekday: '3', opens: '08:00', closes: '09:00' }], closedDays: [] }} onCancel={() => undefined} onSaved={() => undefined} />, anna))
    await userEvent.click(screen.getByTestId('pickup-hours-save'))
    const closes = screen.getByTestId('pickup-period-closes')
    await waitFor(() => expect(closes.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText('Rätta de markerade fälten.')).toBeTruthy()
  })
})

describe('the store\'s day view', () => {
  const day: PickupDay = {
    siteId: 'site1',
    day: storeToday(),
    pickups: [
      {
        startsAt: `${storeToday()}T23:00:00Z`, endsAt: `${storeToday()}T23:30:00Z`, reservationId: 'r1', reservationStatus: 'CONFIRMED',
        listingTitle: 'Ekdörr', quantity: 2, unit: 'PIECE', buyerOrganisation: 'Smålandsbygg AB', buyerName: 'Sara Nilsson',
        lotId: 'lot1', lotCode: 'AB12CD', places: [{ locationCode: 'A-01-1', quantity: 6 }],
      },
    ],
  }

  it('lists the pickups with lot and place, refuses another lot\'s label and hands over on the right one', async () => {
    const handovers: unknown[] = []
    server.use(
      ...signedInHandlers(['storage-operator']),
      http.get('/api/v1/storage/sites/site1', () => HttpResponse.json({ id: 'site1', name: 'Tegelviken', manageable: true })),
      http.get('/api/v1/storage/sites/site1/pickup/day', () => HttpResponse.json(day)),
      http.get('/api/v1/storage/labels/:code', ({ params }) =>
        params.code === 'ZZ99ZZ' ? HttpResponse.json({ id: 'lot2', code: 'ZZ99ZZ' })
          : params.code === 'AB12CD' ? HttpResponse.json({ id: 'lot1', code: 'AB12CD' })
            : problem(404, { title: 'Hittades inte' }),
      ),
      http.post('/api/v1/reservations/r1/handover', async ({ request }) => {
        handovers.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() })
        return HttpResponse.json({ id: 'r1', status: 'HANDED_OVER' })
      }),
    )
    renderApp('/lager/site1/dag', anna)
    const row = await screen.findByTestId('pickup-row', {}, LAZY)
    expect(row.textContent).toContain('Smålandsbygg AB')
    expect(within(row).getByTestId('pickup-places').textContent).toContain('A-01-1')
    expect(within(row).getByTestId('pickup-lot').textContent).toBe('AB12CD')
    expect(screen.getByTestId('pickup-day-print')).toBeTruthy()

    await userEvent.click(within(row).getByTestId('pickup-hand-over'))
    await userEvent.type(screen.getByTestId('handover-code'), 'ZZ99ZZ')
    await userEvent.click(screen.getByTestId('handover-code-submit'))
    expect((await screen.findByTestId('handover-wrong-label')).textContent).toContain('post ZZ99ZZ')
    expect(handovers).toEqual([])

    await userEvent.clear(screen.getByTestId('handover-code'))
    await userEvent.type(screen.getByTestId('handover-code'), 'QQ00QQ')
    await userEvent.click(screen.getByTestId('handover-code-submit'))
    expect(await screen.findByTestId('handover-unknown-label')).toBeTruthy()
    expect(handovers).toEqual([])

    await userEvent.clear(screen.getByTestId('handover-code'))
    // the label's address, as a phone's camera app would give it
    await userEvent.type(screen.getByTestId('handover-code'), 'https://kretslopp.example/lager/kod/AB12CD')
    await userEvent.click(screen.getByTestId('handover-code-submit'))
    expect((await screen.findByTestId('pickup-handed-over')).textContent).toContain('Ekdörr')
    expect(handovers).toHaveLength(1)
    expect(handovers[0]).toMatchObject({ body: { quantity: 2, locationId: null } })
    expect((handovers[0] as { key: string }).key).toBeTruthy()
  })

  it('goes to the next and the previous day, and back to today', async () => {
    const asked: string[] = []
    server.use(
      ...signedInHandlers(['storage-operator']),
      http.get('/api/v1/storage/sites/site1', () => HttpResponse.json({ id: 'site1', name: 'Tegelviken', manageable: true })),
      http.get('/api/v1/storage/sites/site1/pickup/day', ({ request }) => {
        const date = new URL(request.url).searchParams.get('date') ?? ''
        asked.push(date)
        return HttpResponse.json({ siteId: 'site1', day: date, pickups: [] })
      }),
    )
    const { router } = renderApp('/lager/site1/dag', anna)
    expect(await screen.findByTestId('pickup-day-empty', {}, LAZY)).toBeTruthy()
    await userEvent.click(screen.getByTestId('pickup-day-next'))
    await waitFor(() => expect(screen.getByTestId('pickup-day-title').getAttribute('data-date')).toBe(addDays(storeToday(), 1)))
    expect(router.state.location.search).toBe(`?datum=${addDays(storeToday(), 1)}`)
    await userEvent.click(screen.getByTestId('pickup-day-previous'))
    await userEvent.click(screen.getByTestId('pickup-day-previous'))
    await waitFor(() => expect(screen.getByTestId('pickup-day-title').getAttribute('data-date')).toBe(addDays(storeToday(), -1)))
    await userEvent.click(screen.getByTestId('pickup-day-today'))
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(asked.slice(0, 2)).toEqual([storeToday(), addDays(storeToday(), 1)])
    expect(asked).toContain(addDays(storeToday(), -1))
  })
})
