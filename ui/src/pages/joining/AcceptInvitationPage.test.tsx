import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render'
import { server } from '../../test/server'
import { johan, problem, withoutOrganisation } from './testing'

const LAZY = { timeout: 10_000 }

describe('invitation page', () => {
  it('asks a visitor to sign in first, and accepts nothing meanwhile', async () => {
    renderApp('/joining/invitation?token=abc')
    expect(await screen.findByTestId('invitation-login', {}, LAZY)).toBeTruthy()
    expect(screen.queryByTestId('invitation-accept')).toBeNull()
  })

  it('says in words that an expired invitation cannot be used', async () => {
    const tokens: string[] = []
    server.use(
      ...withoutOrganisation(),
      http.post('/api/v1/invitations/:token/accept', ({ params }) => {
        tokens.push(String(params.token))
        return problem(410, { type: 'urn:kretslopp:problem:invitation-expired', title: 'Inbjudan har gått ut' })
      }),
    )
    renderApp('/joining/invitation?token=tok-123_x', johan)
    await userEvent.click(await screen.findByTestId('invitation-accept', {}, LAZY))
    const error = await screen.findByTestId('invitation-error')
    expect(error.textContent).toContain('Inbjudan har gått ut')
    expect(error.textContent).toContain('Be administratören i organisationen om en ny.')
    expect(tokens).toEqual(['tok-123_x'])
    expect(screen.queryByTestId('invitation-accepted')).toBeNull()
  })

  it('tells who accepted which organisation they joined and to sign in again', async () => {
    server.use(
      ...withoutOrganisation(),
      http.post('/api/v1/invitations/:token/accept', () =>
        HttpResponse.json({ organisationCode: 'kalmar-rivning', organisationName: 'Kalmar Rivning AB', role: 'builder' }),
      ),
    )
    renderApp('/joining/invitation?token=tok', johan)
    await userEvent.click(await screen.findByTestId('invitation-accept', {}, LAZY))
    expect((await screen.findByTestId('invitation-accepted')).textContent).toContain('Du är nu med i Kalmar Rivning AB som Byggherre.')
    expect(screen.getByTestId('sign-in-again')).toBeTruthy()
  })

  it('offers nothing to accept to someone of an active organisation, as after signing in again', async () => {
    server.use(
      ...withoutOrganisation({ organisationState: 'ACTIVE', organisationCode: 'kalmar-rivning', organisationName: 'Kalmar Rivning AB' }),
    )
    renderApp('/joining/invitation?token=tok', johan)
    expect((await screen.findByTestId('invitation-member', {}, LAZY)).textContent).toContain('Du är med i Kalmar Rivning AB.')
    expect(screen.queryByTestId('invitation-accept')).toBeNull()
  })
})
