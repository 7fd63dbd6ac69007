import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../../test/render'
import { server } from '../../test/server'
import { johan, withoutOrganisation } from './testing'

const LAZY = { timeout: 10_000 }

const me = {
  user: { subject: 'sub-johan', username: 'johan', name: 'Johan Karlsson', email: 'johan@example.org', roles: ['contractor'] },
  organisation: { id: 'o1', code: 'kalmar-rivning', name: 'Kalmar Rivning AB', organisationNumber: '556677-8899', kind: 'CONTRACTOR', group: '' },
}

// jsdom has no object URLs: each test that saves a file puts its own in and they are taken out after it.
const objectUrls = { create: URL.createObjectURL, revoke: URL.revokeObjectURL }

describe('my data', () => {
  afterEach(() => {
    URL.createObjectURL = objectUrls.create
    URL.revokeObjectURL = objectUrls.revoke
    vi.restoreAllMocks()
  })

  it('downloads the ZIP with the token and saves it under the name the server gives', async () => {
    const saved: Blob[] = []
    const createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob)
      return 'blob:my-data'
    })
    URL.createObjectURL = createObjectURL
    URL.revokeObjectURL = vi.fn()
    const clicked: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })
    const authorizations: (string | null)[] = []
    server.use(
      http.get('/api/v1/notifications', () => HttpResponse.json({ items: [], page: 0, size: 10, total: 0, unread: 0 })),
      http.get('/api/v1/conversations/unread', () => HttpResponse.json({ unread: 0, threads: 0 })),
      http.get('/api/v1/me', () => HttpResponse.json(me)),
      http.get('/api/v1/me/standing', () =>
        HttpResponse.json({ username: 'johan', name: 'Johan Karlsson', installationAdmin: false, organisationState: 'ACTIVE', organisationCode: 'kalmar-rivning' }),
      ),
      http.get('/api/v1/me/data', ({ request }) => {
        authorizations.push(request.headers.get('Authorization'))
        return new HttpResponse(new Uint8Array([0x50, 0x4b, 3, 4]), {
          headers: { 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="kretslopp-mina-uppgifter.zip"' },
        })
      }),
    )
    renderApp('/mina-uppgifter', johan)
    expect((await screen.findByTestId('my-data-organisation', {}, LAZY)).textContent).toBe('Kalmar Rivning AB')
    expect(screen.getByTestId('my-data-email').textContent).toBe('johan@example.org')
    await userEvent.click(screen.getByTestId('my-data-download'))

    expect(await screen.findByTestId('my-data-downloaded')).toBeTruthy()
    expect(authorizations).toEqual(['Bearer token-johan'])
    expect(clicked).toEqual(['kretslopp-mina-uppgifter.zip'])
    expect(saved[0].size).toBe(4)
    expect(screen.getByTestId('my-data-settings').getAttribute('href')).toBe('/installningar')
  })

  it('says what the download holds without an active organisation, and still offers it', async () => {
    server.use(...withoutOrganisation({ organisationState: 'DEACTIVATED', organisationCode: 'kalmar-rivning' }))
    renderApp('/mina-uppgifter', johan)
    expect(await screen.findByTestId('my-data-no-organisation', {}, LAZY)).toBeTruthy()
    expect((screen.getByTestId('my-data-download') as HTMLButtonElement).disabled).toBe(false)
  })
})
