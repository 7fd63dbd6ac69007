import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render'
import { server } from '../../test/server'
import { johan, problem, withoutOrganisation } from './testing'

const LAZY = { timeout: 10_000 }

/** The field (label, control and message) around the control of that test id. */
const field = (testId: string) => screen.getByTestId(testId).closest('.field') as HTMLElement

async function fillIn(number: string) {
  const user = userEvent.setup()
  await user.type(screen.getByTestId('apply-name'), 'Kalmar Rivning & Demontage AB')
  await user.type(screen.getByTestId('apply-number'), number)
  await user.selectOptions(screen.getByTestId('apply-kind'), 'CONTRACTOR')
  await user.type(screen.getByTestId('apply-contact-name'), 'Johan Karlsson')
  await user.type(screen.getByTestId('apply-contact-email'), 'johan@example.org')
  await user.type(screen.getByTestId('apply-activity'), 'Vi river och demonterar byggnader.')
  return user
}

describe('application page', () => {
  it('shows the schema messages in Swedish on their fields and sends nothing', async () => {
    let posted = 0
    server.use(
      ...withoutOrganisation(),
      http.get('/api/v1/organisation-applications', () => HttpResponse.json([])),
      http.post('/api/v1/organisation-applications', () => {
        posted++
        return HttpResponse.json({}, { status: 201 })
      }),
    )
    renderApp('/ansok', johan)
    const user = userEvent.setup()
    await user.click(await screen.findByTestId('apply-submit', {}, LAZY))

    expect(within(field('apply-name')).getByTestId('field-error').textContent).toBe('Fyll i fältet.')
    expect(within(field('apply-kind')).getByTestId('field-error').textContent).toBe('Fyll i fältet.')
    expect(within(field('apply-contact-email')).getByTestId('field-error').textContent).toBe('Fyll i fältet.')
    // Optional fields stay quiet.
    expect(within(field('apply-group')).queryByTestId('field-error')).toBeNull()
    expect(within(field('apply-contact-phone')).queryByTestId('field-error')).toBeNull()

    await user.type(screen.getByTestId('apply-number'), '556677-8890')
    await user.click(screen.getByTestId('apply-submit'))
    await waitFor(() =>
      expect(within(field('apply-number')).getByTestId('field-error').textContent).toBe(
        'Fel kontrollsiffra: kontrollera organisationsnumret.',
      ),
    )
    expect(screen.getByTestId('apply-number').getAttribute('aria-invalid')).toBe('true')
    expect(posted).toBe(0)
  })

  it('puts the API field error on its field, and shows the pending application once it is accepted', async () => {
    const sent: unknown[] = []
    let applications: Record<string, unknown>[] = []
    server.use(
      ...withoutOrganisation(),
      http.get('/api/v1/organisation-applications', () => HttpResponse.json(applications)),
      http.post('/api/v1/organisation-applications', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>
        sent.push(body)
        if (sent.length === 1) {
          return problem(409, {
            title: 'Konflikt',
            detail: 'Organisationsnumret är redan registrerat.',
            errors: [{ field: 'organisationNumber', message: 'är redan registrerat' }],
          })
        }
        applications = [{ ...body, id: 'a1', status: 'PENDING', createdAt: '2026-12-03T10:00:00Z' }]
        return HttpResponse.json(applications[0], { status: 201 })
      }),
    )
    renderApp('/ansok', johan)
    await screen.findByTestId('apply-form', {}, LAZY)
    const user = await fillIn('556677-8899')
    await user.click(screen.getByTestId('apply-submit'))

    await waitFor(() => expect(within(field('apply-number')).getByTestId('field-error').textContent).toBe('är redan registrerat'))
    expect(sent[0]).toEqual({
      organisationName: 'Kalmar Rivning & Demontage AB',
      organisationNumber: '556677-8899',
      kind: 'CONTRACTOR',
      contact: { name: 'Johan Karlsson', email: 'johan@example.org' },
      activity: 'Vi river och demonterar byggnader.',
    })

    await user.clear(screen.getByTestId('apply-number'))
    await user.type(screen.getByTestId('apply-number'), '212000-0746')
    await user.click(screen.getByTestId('apply-submit'))
    const mine = await screen.findByTestId('my-application')
    expect(mine.getAttribute('data-status')).toBe('PENDING')
    expect(within(mine).getByTestId('application-withdraw')).toBeTruthy()
    // A second pending application is refused by the API: the form is gone.
    expect(screen.queryByTestId('apply-form')).toBeNull()
  })

  it('tells an approved applicant to sign in again and shows a rejection with its reason', async () => {
    server.use(
      ...withoutOrganisation(),
      http.get('/api/v1/organisation-applications', () =>
        HttpResponse.json([
          { id: 'a2', status: 'APPROVED', organisationName: 'Kalmar Rivning AB', organisationNumber: '556677-8899', kind: 'CONTRACTOR' },
          { id: 'a1', status: 'REJECTED', organisationName: 'Kalmar Rivning', organisationNumber: '556677-8899', kind: 'CONTRACTOR', rejectReason: 'Skriv hela namnet.' },
        ]),
      ),
    )
    renderApp('/ansok', johan)
    expect((await screen.findByTestId('application-approved', {}, LAZY)).textContent).toContain('Logga ut och in igen')
    expect(screen.getByTestId('sign-in-again')).toBeTruthy()
    expect(screen.getByTestId('application-reject-reason').textContent).toBe('Skriv hela namnet.')
  })
})
