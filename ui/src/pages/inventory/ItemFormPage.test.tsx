import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render'
import { server } from '../../test/server'
import { anna, descriptionOf, problem, signedInHandlers } from '../../test/signedIn'

const LAZY = { timeout: 10_000 }

const building = {
  id: 'b1', name: 'Skolan', organisation: { id: 'org-1', code: 'kalmar-kommun', name: 'Kalmar kommun' }, assignedOrganisations: [],
  hazardRisk: { pcb: false, asbestos: false, ageUnknown: false }, itemCount: 0, archived: false, editable: true, version: 0,
  createdAt: '', updatedAt: '', address: null, propertyDesignation: null, position: null, constructionYear: null,
  renovationYear: null, dismantlingWindow: null, contact: null, notes: null,
}
const door = { id: 'c1', parentId: null, code: 'dorrar', nameSv: 'Dörrar', nameEn: 'Doors', sortOrder: 1 }

function handlers(post: (body: Record<string, unknown>) => Response) {
  server.use(
    ...signedInHandlers(['property-unit']),
    http.get('/api/v1/buildings/b1', () => HttpResponse.json(building)),
    http.get('/api/v1/categories', () => HttpResponse.json([door])),
    http.post('/api/v1/buildings/b1/items', async ({ request }) => post((await request.json()) as Record<string, unknown>)),
  )
}

describe('the item form', () => {
  it('refuses what the server would before sending: the category, the quantity, substances of a check that found some', async () => {
    let posted = 0
    handlers(() => {
      posted++
      return HttpResponse.json({}, { status: 201 })
    })
    renderApp('/buildings/b1/items/new', anna)
    await userEvent.type(await screen.findByTestId('item-name', {}, LAZY), 'Innerdörr')
    await userEvent.type(screen.getByTestId('item-quantity'), '0')
    await userEvent.selectOptions(screen.getByTestId('item-hazard-check'), 'CONTAINS')
    await userEvent.click(screen.getByTestId('item-save'))

    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('item-category')))
    expect(descriptionOf(screen.getByTestId('item-category'))).toBe('Välj ett alternativ.')
    expect(descriptionOf(screen.getByTestId('item-quantity'))).toBe('Måste vara mer än 0.')
    expect(descriptionOf(screen.getByTestId('item-fate'))).toBe('Går emot reglerna för farliga ämnen.')
    expect(screen.getByText('Kryssa i minst ett ämne som hittades.')).toBeTruthy()
    expect(posted).toBe(0)
  })

  it('puts the server’s refusal on its field in the page’s language and focuses it', async () => {
    let sent: Record<string, unknown> | undefined
    handlers((body) => {
      sent = body
      return problem(400, {
        title: 'Invalid request', detail: '1 field is invalid.',
        errors: [{ field: 'dimensions.widthMm', code: 'Max', message: 'must be less than or equal to 1000000', max: 1000000 }],
      })
    })
    renderApp('/buildings/b1/items/new', anna)
    await userEvent.selectOptions(await screen.findByTestId('item-category', {}, LAZY), 'c1')
    await userEvent.type(screen.getByTestId('item-name'), 'Innerdörr')
    await userEvent.type(screen.getByTestId('item-quantity'), '12,5')
    await userEvent.click(screen.getByTestId('item-condition-3'))
    await userEvent.click(screen.getByTestId('item-save'))

    const width = screen.getByTestId('item-dimensions-width-mm')
    await waitFor(() => expect(document.activeElement).toBe(width))
    expect(descriptionOf(width)).toBe('Får inte vara större än 1000000.')
    expect(sent).toMatchObject({ categoryId: 'c1', name: 'Innerdörr', quantity: 12.5, unit: 'st', condition: 3, fate: 'REUSE', hazard: { check: 'NOT_CHECKED', substances: [] }, dimensions: null })
  })
})
