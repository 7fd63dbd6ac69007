import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render'
import { server } from '../../test/server'
import { anna, descriptionOf, problem, signedInHandlers } from '../../test/signedIn'

const LAZY = { timeout: 10_000 }

describe('the building form', () => {
  it('checks what the server checks before sending, and focuses the first field it refuses', async () => {
    let posted = 0
    server.use(...signedInHandlers(['property-unit']), http.post('/api/v1/buildings', () => {
      posted++
      return HttpResponse.json({}, { status: 201 })
    }))
    renderApp('/buildings/new', anna)
    const name = await screen.findByTestId('building-name', {}, LAZY)
    await userEvent.type(screen.getByTestId('building-construction-year'), '1965')
    await userEvent.type(screen.getByTestId('building-renovation-year'), '1950')
    await userEvent.type(screen.getByTestId('building-position-lat'), '56,66')
    await userEvent.type(screen.getByTestId('building-contact-email'), 'inte-en-adress')
    await userEvent.click(screen.getByTestId('building-save'))

    await waitFor(() => expect(document.activeElement).toBe(name))
    expect(descriptionOf(name)).toBe('Fyll i fältet.')
    expect(descriptionOf(screen.getByTestId('building-renovation-year'))).toBe('Renoveringsåret kan inte vara före byggåret.')
    expect(descriptionOf(screen.getByTestId('building-position-lon'))).toBe('Fyll i fältet.')
    expect(descriptionOf(screen.getByTestId('building-contact-email'))).toBe('Skriv en e-postadress, till exempel namn@exempel.se.')
    expect(posted).toBe(0)
  })

  it('puts the server’s refusals on their fields in Swedish and focuses the first', async () => {
    let body: Record<string, unknown> | undefined
    server.use(
      ...signedInHandlers(['property-unit']),
      http.post('/api/v1/buildings', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>
        return problem(400, {
          title: 'Invalid request', detail: '2 fields are invalid.',
          errors: [
            { field: 'contact.phone', code: 'Size', message: 'size must be between 0 and 40', max: 40 },
            { field: 'assignedOrganisations[0]', code: 'UnknownReference', message: "'nobody' is not a registered organisation" },
          ],
        })
      }),
    )
    renderApp('/buildings/new', anna)
    await userEvent.type(await screen.findByTestId('building-name', {}, LAZY), 'Skolan')
    await userEvent.type(screen.getByTestId('building-position-lat'), '56,66')
    await userEvent.type(screen.getByTestId('building-position-lon'), '16.36')
    await userEvent.type(screen.getByTestId('building-assigned-organisations'), 'nobody')
    await userEvent.click(screen.getByTestId('building-save'))

    const phone = screen.getByTestId('building-contact-phone')
    await waitFor(() => expect(document.activeElement).toBe(phone))
    expect(descriptionOf(phone)).toBe('För långt: högst 40 tecken.')
    expect(descriptionOf(screen.getByTestId('building-assigned-organisations'))).toContain('Finns inte, eller så får du inte använda det.')
    expect(screen.getByTestId('error-message').textContent).toBe('Rätta de markerade fälten.')
    expect(body).toMatchObject({ name: 'Skolan', position: { lat: 56.66, lon: 16.36 }, assignedOrganisations: ['nobody'], address: null })
  })
})
