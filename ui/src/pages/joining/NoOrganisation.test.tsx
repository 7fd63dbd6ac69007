import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render'
import { server } from '../../test/server'
import { johan, withoutOrganisation } from './testing'

describe('home page without an organisation', () => {
  it('explains a missing organisation and leads to the application page instead of an error', async () => {
    server.use(...withoutOrganisation(), http.get('/api/v1/organisation-applications', () => HttpResponse.json([])))
    renderApp('/', johan)
    const home = await screen.findByTestId('home-no-organisation')
    expect(home.getAttribute('data-state')).toBe('NONE')
    expect(within(home).getByTestId('user-name').textContent).toBe('Johan Karlsson')
    expect(within(home).getByText('Din inloggning hör inte till någon organisation i Kretslopp än.')).toBeTruthy()
    expect((await within(home).findByTestId('home-apply')).getAttribute('href')).toBe('/ansok')
    expect(screen.queryByTestId('error')).toBeNull()
    expect(screen.queryByTestId('home-admin')).toBeNull()
    // The menu offers the application too.
    expect(screen.getByTestId('nav-apply').getAttribute('href')).toBe('/ansok')
  })

  it('names an unregistered organisation, and says to sign in again once the application is approved', async () => {
    server.use(
      ...withoutOrganisation({ organisationState: 'UNREGISTERED', organisationCode: 'kalmar-rivning' }),
      http.get('/api/v1/organisation-applications', () =>
        HttpResponse.json([{ id: 'a1', status: 'APPROVED', organisationName: 'Kalmar Rivning AB' }]),
      ),
    )
    renderApp('/', johan)
    expect((await screen.findByTestId('home-approved')).textContent).toContain('Logga ut och in igen')
    expect(screen.getByTestId('sign-in-again')).toBeTruthy()
    expect(screen.queryByTestId('home-apply')).toBeNull()
  })

  it('tells the user of a deactivated organisation whom to ask, and offers no application', async () => {
    server.use(...withoutOrganisation({ organisationState: 'DEACTIVATED', organisationCode: 'kalmar-rivning', organisationName: 'Kalmar Rivning AB' }))
    renderApp('/', johan)
    const message = await screen.findByTestId('home-deactivated')
    expect(message.textContent).toContain('Din organisation Kalmar Rivning AB är avaktiverad')
    expect(message.textContent).toContain('installationens administratör')
    expect(screen.queryByTestId('home-apply')).toBeNull()
  })

  it('leads an installation administrator without an organisation to the administration', async () => {
    server.use(...withoutOrganisation({ installationAdmin: true }))
    renderApp('/', johan)
    expect((await screen.findByTestId('home-admin')).getAttribute('href')).toBe('/admin')
    expect(screen.queryByTestId('home-apply')).toBeNull()
  })
})
