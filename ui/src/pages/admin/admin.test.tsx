import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import type { User } from 'oidc-client-ts'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Organisation, Page } from '../../api/admin'
import { anonymous, renderApp } from '../../test/render'
import { codeFromName } from './organisationSchema'
import { server } from '../../test/server'

// The first test that opens a lazy page waits for Vite to transform its module: give it time.
const LAZY = { timeout: 10_000 }

const erik = {
  ...anonymous,
  status: 'authenticated' as const,
  user: { access_token: 'token-erik', profile: { sub: 'sub-erik' } } as unknown as User,
}

const problem = (status: number, body: object) =>
  HttpResponse.json({ status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } })

/** An installation administrator whose token names no registered organisation: GET /me refuses them. */
function adminWithoutOrganisation(installationAdmin = true) {
  server.use(
    http.get('/api/v1/me/standing', () =>
      HttpResponse.json({ username: 'erik', name: 'Erik Johansson', installationAdmin, organisationCode: null, organisationState: 'NONE', organisationName: null }),
    ),
    http.get('/api/v1/me', () => problem(403, { type: 'urn:kretslopp:problem:unknown-organisation', title: 'Okänd organisation' })),
    http.get('/api/v1/admin/organisation-groups', () =>
      HttpResponse.json({ items: [{ code: 'kalmarsund', name: 'Kalmarsund', members: 2, version: 0, createdAt: '', updatedAt: '' }], page: 0, size: 100, total: 1 }),
    ),
  )
}

const kalmar: Organisation = {
  id: 'org-1',
  code: 'kalmar-kommun',
  name: 'Kalmar kommun',
  organisationNumber: '212000-0746',
  kind: 'MUNICIPALITY',
  group: null,
  contact: null,
  address: null,
  active: true,
  createdAt: '2026-12-03T10:00:00Z',
  updatedAt: '2026-12-03T10:00:00Z',
  version: 0,
}

const page = (items: Organisation[]): Page<Organisation> => ({ items, page: 0, size: 20, total: items.length })

/** The error shown under a form control (Field ties it to the control with aria-describedby). */
function errorOf(control: HTMLElement): string | null {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'))
  return ids.length ? (document.getElementById(ids[0])?.textContent ?? null) : null
}

async function fillKalmar() {
  await userEvent.type(await screen.findByTestId('organisation-name', {}, LAZY), 'Kalmar kommun')
  // The code follows the name until it is edited itself.
  expect((screen.getByTestId('organisation-code') as HTMLInputElement).value).toBe('kalmar-kommun')
  await userEvent.clear(screen.getByTestId('organisation-code'))
  await userEvent.type(screen.getByTestId('organisation-code'), 'kalmar-kommun')
  await userEvent.type(screen.getByTestId('organisation-name'), '!')
  expect((screen.getByTestId('organisation-code') as HTMLInputElement).value).toBe('kalmar-kommun')
  await userEvent.clear(screen.getByTestId('organisation-name'))
  await userEvent.type(screen.getByTestId('organisation-name'), 'Kalmar kommun')
  await userEvent.type(screen.getByTestId('organisation-number'), '212000-0746')
  await userEvent.selectOptions(screen.getByTestId('organisation-kind'), 'MUNICIPALITY')
}

describe('codeFromName', () => {
  it('makes a code of the name as the API does', () => {
    expect(codeFromName('Kalmar kommun')).toBe('kalmar-kommun')
    expect(codeFromName('Mörbylånga Bostäder AB')).toBe('morbylanga-bostader-ab')
    expect(codeFromName('  Kalmar Rivning & Demontage AB ')).toBe('kalmar-rivning-demontage-ab')
    expect(codeFromName('Å')).toBe('')
  })
})

describe('the installation administration', () => {
  it('offers Administration to an installation admin without an organisation, whose start page shows their name', async () => {
    adminWithoutOrganisation()
    renderApp('/', erik)
    expect(await screen.findByTestId('nav-admin', {}, LAZY)).toBeTruthy()
    expect((await screen.findByTestId('user-name')).textContent).toBe('Erik Johansson')
    expect(screen.getByTestId('home-installation-admin')).toBeTruthy()
    expect(screen.getByTestId('home-admin').getAttribute('href')).toBe('/admin')
    expect(screen.queryByTestId('error')).toBeNull()
    // the organisation's pages would refuse them: not offered
    expect(screen.queryByTestId('nav-buildings')).toBeNull()
    expect(screen.queryByTestId('nav-reservations')).toBeNull()
    expect(screen.getByTestId('nav-search')).toBeTruthy()
  })

  it('shows neither the link nor the pages to someone who is no installation admin', async () => {
    adminWithoutOrganisation(false)
    renderApp('/admin/organisationer', erik)
    expect(await screen.findByTestId('admin-forbidden', {}, LAZY)).toBeTruthy()
    expect(screen.queryByTestId('nav-admin')).toBeNull()
  })

  it('has a landing page that leads to organisations, groups, applications and the audit trail', async () => {
    adminWithoutOrganisation()
    renderApp('/admin', erik)
    await screen.findByTestId('admin-page', {}, LAZY)
    expect(screen.getByTestId('admin-applications').getAttribute('href')).toBe('/admin/ansokningar')
    expect(screen.getByTestId('admin-organisations').getAttribute('href')).toBe('/admin/organisationer')
    expect(screen.getByTestId('admin-groups').getAttribute('href')).toBe('/admin/grupper')
    expect(screen.getByTestId('admin-audit').getAttribute('href')).toBe('/admin/granskning')
  })

  it('lists organisations, and searches and filters through the API', async () => {
    adminWithoutOrganisation()
    const asked: string[] = []
    server.use(
      http.get('/api/v1/admin/organisations', ({ request }) => {
        const url = new URL(request.url)
        asked.push(url.search)
        if (url.searchParams.get('active') === 'false') return HttpResponse.json(page([]))
        return HttpResponse.json(page([kalmar, { ...kalmar, id: 'org-2', code: 'nybro-kommun', name: 'Nybro kommun', active: false }]))
      }),
    )
    renderApp('/admin/organisationer', erik)
    const rows = await screen.findAllByTestId('organisation-row', {}, LAZY)
    expect(rows.map((r) => r.getAttribute('data-code'))).toEqual(['kalmar-kommun', 'nybro-kommun'])
    expect(within(rows[0]).getByTestId('organisation-state').textContent).toBe('Aktiv')
    expect(within(rows[1]).getByTestId('organisation-state').textContent).toBe('Avaktiverad')
    expect(within(rows[0]).getByText('Kommun')).toBeTruthy()
    expect(within(rows[0]).getByTestId('organisation-link').getAttribute('href')).toBe('/admin/organisationer/org-1')
    expect(screen.getByTestId('organisations-total').textContent).toBe('2 organisationer')

    await userEvent.type(screen.getByTestId('organisations-q'), 'kalmar')
    await userEvent.click(screen.getByTestId('organisations-search'))
    await waitFor(() => expect(asked.at(-1)).toBe('?q=kalmar&page=0&size=20'))

    await userEvent.selectOptions(screen.getByTestId('organisations-active'), 'false')
    expect(await screen.findByTestId('organisations-empty')).toBeTruthy()
    expect(asked.at(-1)).toBe('?q=kalmar&active=false&page=0&size=20')
  })

  it('says in Swedish what the form wants, before anything is sent', async () => {
    adminWithoutOrganisation()
    let posted = 0
    server.use(http.post('/api/v1/admin/organisations', () => (posted++, HttpResponse.json(kalmar, { status: 201 }))))
    renderApp('/admin/organisationer/ny', erik)
    await screen.findByTestId('organisation-form', {}, LAZY)
    await userEvent.click(screen.getByTestId('organisation-save'))

    await waitFor(() => expect(errorOf(screen.getByTestId('organisation-name'))).toBe('Fyll i fältet.'))
    expect(errorOf(screen.getByTestId('organisation-code'))).toBe('Fyll i fältet.')
    expect(errorOf(screen.getByTestId('organisation-number'))).toBe('Fyll i fältet.')
    expect(errorOf(screen.getByTestId('organisation-kind'))).toBe('Fyll i fältet.')

    await userEvent.type(screen.getByTestId('organisation-code'), '-kalmar')
    await userEvent.type(screen.getByTestId('organisation-number'), '2120000746')
    await userEvent.type(screen.getByTestId('organisation-contact-email'), 'erik@')
    await userEvent.click(screen.getByTestId('organisation-save'))
    await waitFor(() => expect(errorOf(screen.getByTestId('organisation-number'))).toBe('Skriv organisationsnumret som NNNNNN-NNNN.'))
    expect(errorOf(screen.getByTestId('organisation-code'))).toBe('2–63 tecken: a–z, 0–9 och bindestreck, inte först.')
    expect(errorOf(screen.getByTestId('organisation-contact-email'))).toBe('Skriv en e-postadress, till exempel namn@exempel.se.')

    // The right shape with a wrong check digit (the Luhn check of the nine digits before it).
    await userEvent.clear(screen.getByTestId('organisation-number'))
    await userEvent.type(screen.getByTestId('organisation-number'), '212000-0745')
    await userEvent.click(screen.getByTestId('organisation-save'))
    await waitFor(() =>
      expect(errorOf(screen.getByTestId('organisation-number'))).toBe('Fel kontrollsiffra: kontrollera organisationsnumret.'),
    )
    expect(posted).toBe(0)
  })

  it('registers Kalmar kommun and opens it', async () => {
    adminWithoutOrganisation()
    let body: unknown
    server.use(
      http.post('/api/v1/admin/organisations', async ({ request }) => {
        body = await request.json()
        return HttpResponse.json({ ...kalmar, group: 'kalmarsund' }, { status: 201, headers: { ETag: '"0"' } })
      }),
      http.get('/api/v1/admin/organisations/org-1', () => HttpResponse.json({ ...kalmar, group: 'kalmarsund' }, { headers: { ETag: '"0"' } })),
      http.get('/api/v1/admin/organisations/org-1/history', () => HttpResponse.json([])),
    )
    renderApp('/admin/organisationer/ny', erik)
    await fillKalmar()
    await waitFor(() => expect(screen.getByRole('option', { name: 'Kalmarsund' })).toBeTruthy())
    await userEvent.selectOptions(screen.getByTestId('organisation-group'), 'kalmarsund')
    await userEvent.type(screen.getByTestId('organisation-city'), 'Kalmar')
    await userEvent.click(screen.getByTestId('organisation-save'))

    expect(await screen.findByTestId('organisation-registered', {}, LAZY)).toBeTruthy()
    expect(body).toEqual({
      name: 'Kalmar kommun',
      code: 'kalmar-kommun',
      organisationNumber: '212000-0746',
      kind: 'MUNICIPALITY',
      group: 'kalmarsund',
      address: { city: 'Kalmar' },
    })
    expect(screen.getByTestId('organisation-page').getAttribute('data-id')).toBe('org-1')
  })

  it('puts the API’s refusal of a taken code on the code field', async () => {
    adminWithoutOrganisation()
    server.use(
      http.post('/api/v1/admin/organisations', () =>
        problem(409, {
          type: 'urn:kretslopp:problem:conflict',
          title: 'Konflikt',
          detail: 'Koden är redan registrerad.',
          errors: [{ field: 'code', code: 'taken', message: 'En annan organisation har koden kalmar-kommun.' }],
        }),
      ),
    )
    renderApp('/admin/organisationer/ny', erik)
    await fillKalmar()
    await userEvent.click(screen.getByTestId('organisation-save'))
    await waitFor(() => expect(errorOf(screen.getByTestId('organisation-code'))).toBe('En annan organisation har koden kalmar-kommun.'))
    expect(screen.getByTestId('organisation-code').getAttribute('aria-invalid')).toBe('true')
    expect(errorOf(screen.getByTestId('organisation-number'))).toBeNull()
    // Every error found its field: no error box besides.
    expect(screen.queryByTestId('error')).toBeNull()
  })

  it('edits with If-Match from the ETag and, when someone else was first, offers to reload', async () => {
    adminWithoutOrganisation()
    const ifMatch: (string | null)[] = []
    let version = 3
    server.use(
      http.get('/api/v1/admin/organisations/org-1', () =>
        HttpResponse.json({ ...kalmar, name: version === 3 ? 'Kalmar kommun' : 'Kalmar kommun (ändrad)', version }, { headers: { ETag: `"${version}"` } }),
      ),
      http.get('/api/v1/admin/organisations/org-1/history', () => HttpResponse.json([])),
      http.put('/api/v1/admin/organisations/org-1', ({ request }) => {
        ifMatch.push(request.headers.get('If-Match'))
        version = 4
        return problem(412, { title: 'Föråldrad version' })
      }),
    )
    renderApp('/admin/organisationer/org-1', erik)
    const name = await screen.findByTestId('organisation-name', {}, LAZY)
    expect(screen.getByTestId('organisation-code').hasAttribute('readonly')).toBe(true)
    await userEvent.type(name, ' län')
    await userEvent.click(screen.getByTestId('organisation-save'))
    expect(await screen.findByTestId('organisation-stale')).toBeTruthy()
    expect(ifMatch).toEqual(['"3"'])

    await userEvent.click(screen.getByTestId('organisation-reload'))
    await waitFor(() => expect((screen.getByTestId('organisation-name') as HTMLInputElement).value).toBe('Kalmar kommun (ändrad)'))
    expect(screen.queryByTestId('organisation-stale')).toBeNull()
  })

  it('deactivates only after a confirmation that says what happens', async () => {
    adminWithoutOrganisation()
    let active = true
    let deactivated = 0
    server.use(
      http.get('/api/v1/admin/organisations/org-1', () => HttpResponse.json({ ...kalmar, active, version: active ? 0 : 1 })),
      http.get('/api/v1/admin/organisations/org-1/history', () => HttpResponse.json([])),
      http.post('/api/v1/admin/organisations/org-1/deactivate', () => {
        deactivated++
        active = false
        return HttpResponse.json({ ...kalmar, active, version: 1 })
      }),
    )
    renderApp('/admin/organisationer/org-1', erik)
    await userEvent.click(await screen.findByTestId('organisation-deactivate', {}, LAZY))
    const text = screen.getByTestId('confirm-text').textContent ?? ''
    expect(text).toContain('nekas')
    expect(text).toContain('försvinner ur sökningen')
    expect(text).toContain('Ingenting tas bort')
    expect(deactivated).toBe(0)

    await userEvent.click(screen.getByTestId('confirm-yes'))
    expect(await screen.findByTestId('organisation-reactivate')).toBeTruthy()
    expect(deactivated).toBe(1)
    expect(screen.getByTestId('organisation-state').textContent).toBe('Avaktiverad')
    expect(screen.queryByTestId('confirm-dialog')).toBeNull()
  })

  it('checks the audit chain and says where it breaks', async () => {
    adminWithoutOrganisation()
    server.use(
      http.get('/api/v1/admin/organisations', () => HttpResponse.json(page([kalmar]))),
      http.get('/api/v1/admin/audit', () => HttpResponse.json({ items: [], page: 0, size: 50, total: 0 })),
      http.get('/api/v1/admin/audit/check', () =>
        HttpResponse.json({ checkedAt: '2026-12-03T10:00:00Z', sealed: 120, unsealed: 2, firstBreak: 57, head: { position: 120, hash: 'ab12' } }),
      ),
    )
    renderApp('/admin/granskning', erik)
    expect(await screen.findByTestId('audit-empty', {}, LAZY)).toBeTruthy()
    await userEvent.click(screen.getByTestId('audit-check-run'))
    expect((await screen.findByTestId('audit-check-break')).textContent).toBe('Kedjan är bruten vid position 57.')
  })

  it('searches the audit trail by its filters and exports the same as a CSV file fetched with the token', async () => {
    adminWithoutOrganisation()
    const searched: string[] = []
    let exported: { search: string; authorization: string | null } | undefined
    server.use(
      http.get('/api/v1/admin/organisations', () => HttpResponse.json(page([kalmar]))),
      http.get('/api/v1/admin/audit', ({ request }) => {
        searched.push(new URL(request.url).search)
        return HttpResponse.json({
          items: [
            {
              id: 7,
              occurredAt: '2026-12-03T10:00:00Z',
              actor: { subject: 'sub-anna', name: 'Anna Andersson', organisationId: 'org-1', organisation: 'kalmar-kommun' },
              requestId: 'req-1',
              clientAddress: null,
              resource: 'building',
              resourceId: 'b-1',
              action: 'UPDATE',
              versionBefore: 0,
              versionAfter: 1,
              changes: { name: { from: 'Skola', to: 'Skola hus B' }, contact_name: { changed: true } },
              chainPosition: 7,
            },
          ],
          page: 0,
          size: 50,
          total: 1,
        })
      }),
      http.get('/api/v1/admin/audit/export.csv', ({ request }) => {
        exported = { search: new URL(request.url).search, authorization: request.headers.get('Authorization') }
        return new HttpResponse('id;resource\n7;building\n', {
          headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="audit.csv"' },
        })
      }),
    )
    const saved: string[] = []
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:audit', revokeObjectURL: () => undefined }))
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href}`)
    })
    renderApp('/admin/granskning', erik)
    const entry = await screen.findByTestId('audit-entry', {}, LAZY)
    expect(entry.textContent).toContain('Anna Andersson')
    expect(entry.textContent).toContain('Skola → Skola hus B')
    expect(entry.textContent).toContain('ändrad (personuppgift, värdet sparas inte)')
    expect(searched).toEqual(['?page=0&size=50'])

    await userEvent.type(screen.getByTestId('audit-resource'), 'building')
    await userEvent.selectOptions(screen.getByTestId('audit-organisation'), 'org-1')
    await userEvent.type(screen.getByTestId('audit-from'), '2026-12-01')
    await userEvent.click(screen.getByTestId('audit-search'))
    await waitFor(() => expect(searched.at(-1)).toBe('?resource=building&organisation=org-1&from=2026-12-01&page=0&size=50'))

    // a person's name searches for their changes
    await userEvent.click(screen.getByTestId('audit-entry-actor'))
    await waitFor(() =>
      expect(searched.at(-1)).toBe('?resource=building&actor=sub-anna&organisation=org-1&from=2026-12-01&page=0&size=50'),
    )
    expect(screen.getByTestId('audit-entry-actor').textContent).toBe('Anna Andersson')
    expect((screen.getByTestId('audit-actor') as HTMLInputElement).value).toBe('sub-anna')

    await userEvent.click(screen.getByTestId('audit-export'))
    await waitFor(() => expect(saved).toEqual(['audit.csv blob:audit']))
    expect(exported).toEqual({
      search: '?resource=building&actor=sub-anna&organisation=org-1&from=2026-12-01',
      authorization: 'Bearer token-erik',
    })
  })

  it('creates a group, with a taken code on its field, and renames one with If-Match', async () => {
    adminWithoutOrganisation()
    const renamed: { name: unknown; ifMatch: string | null }[] = []
    server.use(
      http.get('/api/v1/admin/organisation-groups', () =>
        HttpResponse.json({ items: [{ code: 'kalmarsund', name: 'Kalmarsund', members: 2, version: 4, createdAt: '', updatedAt: '' }], page: 0, size: 50, total: 1 }),
      ),
      http.post('/api/v1/admin/organisation-groups', () =>
        problem(409, { title: 'Konflikt', errors: [{ field: 'code', code: 'taken', message: 'Koden är upptagen.' }] }),
      ),
      http.put('/api/v1/admin/organisation-groups/kalmarsund', async ({ request }) => {
        renamed.push({ name: ((await request.json()) as { name: unknown }).name, ifMatch: request.headers.get('If-Match') })
        return HttpResponse.json({ code: 'kalmarsund', name: 'Kalmarsundsregionen', members: 2, version: 5, createdAt: '', updatedAt: '' })
      }),
    )
    renderApp('/admin/grupper', erik)
    const row = await screen.findByTestId('group-row', {}, LAZY)
    expect(within(row).getByTestId('group-members').textContent).toBe('2')

    await userEvent.type(screen.getByTestId('group-code'), 'kalmarsund')
    await userEvent.type(screen.getByTestId('group-name-input'), 'Kalmarsund igen')
    await userEvent.click(screen.getByTestId('group-save'))
    await waitFor(() => expect(errorOf(screen.getByTestId('group-code'))).toBe('Koden är upptagen.'))

    await userEvent.click(within(row).getByTestId('group-rename'))
    const name = within(row).getByTestId('group-rename-name')
    await userEvent.clear(name)
    await userEvent.type(name, 'Kalmarsundsregionen')
    await userEvent.click(within(row).getByTestId('group-rename-save'))
    await waitFor(() => expect(renamed).toEqual([{ name: 'Kalmarsundsregionen', ifMatch: '"4"' }]))
  })
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})
