import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render'
import { server } from '../../test/server'
import { johan, problem, withoutOrganisation } from './testing'

const LAZY = { timeout: 10_000 }

const pending = {
  id: 'a1',
  status: 'PENDING',
  organisationName: 'Kalmar Rivning AB',
  organisationNumber: '556677-8899',
  kind: 'CONTRACTOR',
  contact: { name: 'Johan Karlsson', email: 'johan@example.org' },
  activity: 'Vi river.',
  applicant: { username: 'johan', name: 'Johan Karlsson' },
  createdAt: '2026-12-03T10:00:00Z',
}

describe('review of an application', () => {
  it('says that nothing changed when the identity provider is away, and approves when asked again', async () => {
    const approvals: unknown[] = []
    let application: Record<string, unknown> = pending
    server.use(
      ...withoutOrganisation({ installationAdmin: true }),
      http.get('/api/v1/admin/organisation-applications/a1', () => HttpResponse.json(application)),
      http.post('/api/v1/admin/organisation-applications/a1/approve', async ({ request }) => {
        approvals.push(await request.json())
        if (approvals.length === 1) {
          return problem(503, { type: 'urn:kretslopp:problem:identity-provider-unavailable', title: 'Inloggningstjänsten svarar inte' })
        }
        application = { ...pending, status: 'APPROVED', organisation: { id: 'o1', code: 'kalmar-rivning' } }
        return HttpResponse.json(application)
      }),
    )
    renderApp('/admin/ansokningar/a1', johan)
    const user = userEvent.setup()
    await user.type(await screen.findByTestId('approve-code', {}, LAZY), 'kalmar-rivning')
    await user.click(screen.getByTestId('approve-submit'))

    const unavailable = await screen.findByTestId('approve-unavailable')
    expect(unavailable.textContent).toContain('Ingenting ändrades')
    expect(unavailable.textContent).toContain('Försök igen om en stund')
    expect(screen.getByTestId('approve-submit').textContent).toBe('Försök godkänna igen')

    await user.click(screen.getByTestId('approve-submit'))
    expect((await screen.findByTestId('review-approved')).textContent).toContain('kalmar-rivning')
    expect(screen.queryByTestId('approve-unavailable')).toBeNull()
    expect(approvals).toEqual([{ code: 'kalmar-rivning' }, { code: 'kalmar-rivning' }])
  })

  it('shows the problem of an application decided meanwhile, and its decision', async () => {
    let application: Record<string, unknown> = pending
    server.use(
      ...withoutOrganisation({ installationAdmin: true }),
      http.get('/api/v1/admin/organisation-applications/a1', () => HttpResponse.json(application)),
      http.post('/api/v1/admin/organisation-applications/a1/approve', () => {
        application = { ...pending, status: 'APPROVED', organisation: { id: 'o1', code: 'kalmar-rivning-ab' } }
        return problem(409, { type: 'urn:kretslopp:problem:application-decided', title: 'Ansökan är redan avgjord' })
      }),
    )
    renderApp('/admin/ansokningar/a1', johan)
    await userEvent.click(await screen.findByTestId('approve-submit', {}, LAZY))
    const error = await screen.findByTestId('approve-error')
    expect(error.textContent).toContain('Ansökan är redan avgjord')
    await waitFor(() => expect(screen.getByTestId('review-approved').textContent).toContain('kalmar-rivning-ab'))
    expect(screen.getByTestId('approve-error')).toBeTruthy()
  })

  it('wants a reason to reject', async () => {
    let rejected = 0
    server.use(
      ...withoutOrganisation({ installationAdmin: true }),
      http.get('/api/v1/admin/organisation-applications/a1', () => HttpResponse.json(pending)),
      http.post('/api/v1/admin/organisation-applications/a1/reject', () => {
        rejected++
        return HttpResponse.json({ ...pending, status: 'REJECTED' })
      }),
    )
    renderApp('/admin/ansokningar/a1', johan)
    await userEvent.click(await screen.findByTestId('reject-submit', {}, LAZY))
    expect((await screen.findByText('Fyll i fältet.')).closest('.field')?.querySelector('textarea')).toBe(screen.getByTestId('reject-reason'))
    expect(rejected).toBe(0)
  })
})
