import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render'
import { server } from '../../test/server'
import { anna, descriptionOf, problem, signedInHandlers } from '../../test/signedIn'

const LAZY = { timeout: 10_000 }

const kalmar = { id: 'org-1', code: 'kalmar-kommun', name: 'Kalmar kommun' }
const site = {
  id: 's1', name: 'Returhallen', organisation: kalmar, deliverers: [], manageable: true, version: 0, createdAt: '',
  updatedAt: '', address: null, latitude: null, longitude: null, openingHours: null, floorCapacityM2: null,
  palletCapacity: null, ageAlertDays: 180,
}
const rack = { id: 'l1', siteId: 's1', code: 'A-01', kind: 'RACK', description: null, floorCapacityM2: null, palletCapacity: 10, version: 0 }
const door = { id: 'c1', parentId: null, code: 'dorrar', nameSv: 'Dörrar', nameEn: 'Doors', sortOrder: 1 }
const school = { id: 'b1', name: 'Skolan' }
const innerDoor = {
  id: 'i1', name: 'Innerdörr', category: { id: 'c1', code: 'dorrar', nameSv: 'Dörrar', nameEn: 'Doors' }, material: 'Trä',
  quantity: 12, unit: 'st', condition: 3, functionalDamage: 'Repad', aestheticDamage: null, weightPerUnitKg: 25, status: 'INVENTORIED',
}

function intakeHandlers(post: (body: Record<string, unknown>) => Response) {
  server.use(
    ...signedInHandlers(['storage-operator']),
    http.get('/api/v1/storage/sites/s1', () => HttpResponse.json(site)),
    http.get('/api/v1/storage/sites/s1/locations', () => HttpResponse.json([rack])),
    http.get('/api/v1/categories', () => HttpResponse.json([door])),
    http.get('/api/v1/buildings', () => HttpResponse.json({ items: [school], page: 0, size: 100, total: 1 })),
    http.get('/api/v1/buildings/b1/items', () => HttpResponse.json({ items: [innerDoor], page: 0, size: 100, total: 1 })),
    http.post('/api/v1/storage/intakes', async ({ request }) => post((await request.json()) as Record<string, unknown>)),
  )
}

describe('the intake form', () => {
  it('refuses what the server would before sending, and focuses the first field it refuses', async () => {
    let posted = 0
    intakeHandlers(() => {
      posted++
      return HttpResponse.json({}, { status: 201 })
    })
    renderApp('/lager/s1/inleverans', anna)
    await userEvent.type(await screen.findByTestId('intake-lot-0-quantity', {}, LAZY), '0')
    await userEvent.type(screen.getByTestId('intake-lot-0-palletPlaces'), 'två')
    await userEvent.click(screen.getByTestId('intake-submit'))

    // a lot from the inventory names its item: the first field refused, in the order of the form
    const item = screen.getByTestId('intake-lot-0-item')
    await waitFor(() => expect(document.activeElement).toBe(item))
    expect(descriptionOf(item)).toContain('Välj ett alternativ.')
    expect(descriptionOf(screen.getByTestId('intake-lot-0-location'))).toContain('Välj ett alternativ.')
    expect(descriptionOf(screen.getByTestId('intake-lot-0-category'))).toBe('Välj ett alternativ.')
    expect(descriptionOf(screen.getByTestId('intake-lot-0-description'))).toBe('Fyll i fältet.')
    expect(descriptionOf(screen.getByTestId('intake-lot-0-quantity'))).toBe('Måste vara mer än 0.')
    expect(descriptionOf(screen.getByTestId('intake-lot-0-palletPlaces'))).toBe('Skriv ett tal.')

    // a delivery needs no item; the category (a Controller) is then the first refused field after the location
    await userEvent.click(screen.getByTestId('intake-lot-0-source-DELIVERY'))
    await userEvent.selectOptions(screen.getByTestId('intake-lot-0-location'), 'l1')
    await userEvent.click(screen.getByTestId('intake-submit'))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('intake-lot-0-category')))
    expect(posted).toBe(0)
  })

  it('fills a lot from an inventory item, sends it, and puts the server’s refusals on their fields in Swedish', async () => {
    let sent: Record<string, unknown> | undefined
    intakeHandlers((body) => {
      sent = body
      return problem(400, {
        title: 'Invalid request', detail: '2 fields are invalid.',
        errors: [
          { field: 'lots[1].quantity', code: 'Digits', message: 'numeric value out of bounds (<9 digits>.<3 digits> expected)', max: 3 },
          { field: 'lots[0].source.inventoryItemId', code: 'ExceedsAvailable', message: 'exceeds what is left of the item', max: 2 },
        ],
      })
    })
    renderApp('/lager/s1/inleverans', anna)
    await screen.findByRole('option', { name: 'Skolan' }, LAZY)
    await userEvent.selectOptions(screen.getByTestId('intake-lot-0-building'), 'b1')
    await waitFor(() => expect(screen.getByTestId('intake-lot-0-item').querySelectorAll('option')).toHaveLength(2))
    await userEvent.selectOptions(screen.getByTestId('intake-lot-0-item'), 'i1')
    await userEvent.selectOptions(screen.getByTestId('intake-lot-0-location'), 'l1')
    expect((screen.getByTestId('intake-lot-0-description') as HTMLInputElement).value).toBe('Innerdörr')
    expect((screen.getByTestId('intake-lot-0-quantity') as HTMLInputElement).value).toBe('12')

    await userEvent.click(screen.getByTestId('intake-add-lot'))
    await userEvent.click(screen.getByTestId('intake-lot-1-source-DELIVERY'))
    await userEvent.selectOptions(screen.getByTestId('intake-lot-1-category'), 'c1')
    await userEvent.type(screen.getByTestId('intake-lot-1-description'), 'Tegel')
    await userEvent.type(screen.getByTestId('intake-lot-1-quantity'), '1,23456')
    await userEvent.type(screen.getByTestId('intake-person'), 'Kim')
    await userEvent.click(screen.getByTestId('intake-submit'))

    const item = screen.getByTestId('intake-lot-0-item')
    await waitFor(() => expect(document.activeElement).toBe(item))
    expect(descriptionOf(item)).not.toContain('exceeds')
    expect(descriptionOf(screen.getByTestId('intake-lot-1-quantity'))).not.toContain('numeric value')
    expect(descriptionOf(screen.getByTestId('intake-lot-1-quantity'))).toMatch(/decimal/)
    expect(screen.getByTestId('error-message').textContent).toBe('Rätta de markerade fälten.')
    expect(sent).toMatchObject({
      siteId: 's1',
      deliveredBy: { organisationId: null, name: 'Kim' },
      lots: [
        {
          locationId: 'l1', categoryId: 'c1', description: 'Innerdörr', quantity: 12, unit: 'st', condition: 3,
          conditionNotes: 'Repad', weightPerUnitKg: 25, source: { kind: 'INVENTORY_ITEM', inventoryItemId: 'i1' },
        },
        { locationId: 'l1', categoryId: 'c1', description: 'Tegel', quantity: 1.23456, source: { kind: 'DELIVERY', inventoryItemId: null } },
      ],
    })
  })
})

const lot = (id: string, code: string, onHand: number) => ({
  id, code, siteId: 's1', category: door, description: `Parti ${code}`, unit: 'st', condition: 2, onHand, promised: 0,
  available: onHand, locations: [{ id: 'l1', code: 'A-01', onHand }], receivedAt: '', ageDays: 3, flagged: false,
})

function stocktakeHandlers(post: (body: Record<string, unknown>) => Response) {
  server.use(
    ...signedInHandlers(['storage-operator']),
    http.get('/api/v1/storage/sites/s1', () => HttpResponse.json(site)),
    http.get('/api/v1/storage/locations/l1', () => HttpResponse.json({ ...rack, lots: [lot('p1', 'KL-0001', 5), lot('p2', 'KL-0002', 2)] })),
    http.get('/api/v1/storage/labels/:code', ({ params }) =>
      params.code === 'KL-0009'
        ? HttpResponse.json(lot('p9', 'KL-0009', 0))
        : problem(404, { title: 'Not found', detail: 'No such label.' }),
    ),
    http.post('/api/v1/storage/locations/l1/stocktake', async ({ request }) => post((await request.json()) as Record<string, unknown>)),
  )
}

describe('the stocktake form', () => {
  it('refuses what the server would before sending, and focuses the first field it refuses', async () => {
    let posted = 0
    stocktakeHandlers(() => {
      posted++
      return HttpResponse.json({ locationId: 'l1', adjustments: [] })
    })
    renderApp('/lager/platser/l1', anna)
    const first = await screen.findByTestId('stocktake-counted-KL-0001', {}, LAZY)
    await userEvent.clear(first)
    await userEvent.clear(screen.getByTestId('stocktake-counted-KL-0002'))
    await userEvent.type(screen.getByTestId('stocktake-counted-KL-0002'), '-1')
    await userEvent.click(screen.getByTestId('stocktake-add-found'))
    await userEvent.type(screen.getByTestId('stocktake-found-code-0'), 'KL-0009')
    await userEvent.click(screen.getByTestId('stocktake-submit'))

    await waitFor(() => expect(document.activeElement).toBe(first))
    expect(descriptionOf(first)).toBe('Parti KL-0001: 5 st enligt saldot. Fyll i fältet.')
    expect(descriptionOf(screen.getByTestId('stocktake-counted-KL-0002'))).toBe('Parti KL-0002: 2 st enligt saldot. Får inte vara mindre än 0.')
    expect(descriptionOf(screen.getByTestId('stocktake-found-counted-0'))).toBe('Fyll i fältet.')
    expect(descriptionOf(screen.getByTestId('stocktake-reason'))).toBe('Fyll i fältet.')
    expect(posted).toBe(0)
  })

  it('says which found label is unknown, and puts the server’s refusals on the lot they belong to', async () => {
    let sent: Record<string, unknown> | undefined
    stocktakeHandlers((body) => {
      sent = body
      return problem(400, {
        title: 'Invalid request', detail: '2 fields are invalid.',
        errors: [
          { field: 'counts[1].counted', code: 'Digits', message: 'numeric value out of bounds', max: 3 },
          { field: 'counts[2].counted', code: 'DecimalMax', message: 'must be less than or equal to 1000000000', max: '1000000000' },
        ],
      })
    })
    renderApp('/lager/platser/l1', anna)
    await userEvent.click(await screen.findByTestId('stocktake-add-found', {}, LAZY))
    await userEvent.type(screen.getByTestId('stocktake-found-code-0'), 'KL-0404')
    await userEvent.type(screen.getByTestId('stocktake-found-counted-0'), '1')
    await userEvent.type(screen.getByTestId('stocktake-reason'), 'Årlig inventering')
    await userEvent.click(screen.getByTestId('stocktake-submit'))

    const code = screen.getByTestId('stocktake-found-code-0')
    await waitFor(() => expect(document.activeElement).toBe(code))
    expect(descriptionOf(code)).toContain('KL-0404')
    expect(sent).toBeUndefined()

    await userEvent.clear(code)
    await userEvent.type(code, 'KL-0009')
    await userEvent.click(screen.getByTestId('stocktake-complete'))
    await userEvent.click(screen.getByTestId('stocktake-submit'))

    const second = screen.getByTestId('stocktake-counted-KL-0002')
    await waitFor(() => expect(document.activeElement).toBe(second))
    expect(descriptionOf(second)).not.toContain('numeric value')
    expect(descriptionOf(screen.getByTestId('stocktake-found-counted-0'))).not.toContain('must be')
    expect(descriptionOf(screen.getByTestId('stocktake-found-counted-0')).length).toBeGreaterThan(3)
    expect(sent).toEqual({
      reason: 'Årlig inventering',
      complete: true,
      counts: [{ lotId: 'p1', counted: 5 }, { lotId: 'p2', counted: 2 }, { lotId: 'p9', counted: 1 }],
    })
  })
})
