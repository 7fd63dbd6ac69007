import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../App'
import { server } from '../test/server'
import { AuthProvider } from './AuthProvider'

/*
 * The real sign-in (oidc-client-ts) against a mock identity provider and API: what the page does when the sign-in
 * it kept (in sessionStorage, as in the browser) has run out, or when the server refuses its token.
 */

const LAZY = { timeout: 10_000 }
const AUTHORITY = `${window.location.origin}/realms/kretslopp`
const CLIENT = 'kretslopp-ui'
const USER_KEY = `oidc.user:${AUTHORITY}:${CLIENT}`
const EXPIRED = 'Din inloggning har gått ut – logga in igen'

const now = () => Math.floor(Date.now() / 1000)

/** A sign-in as oidc-client-ts keeps it, valid for `seconds` more (negative: expired that long ago). */
function keepSignIn(seconds: number, extra: Record<string, unknown> = {}) {
  sessionStorage.setItem(
    USER_KEY,
    JSON.stringify({
      access_token: 'old-token',
      token_type: 'Bearer',
      scope: 'openid profile email',
      expires_at: now() + seconds,
      profile: { sub: 'sub-johan', iss: AUTHORITY, aud: CLIENT, exp: now() + seconds, iat: now() - 300, name: 'Johan Karlsson' },
      ...extra,
    }),
  )
}

/** The identity provider's discovery document and the UI's configuration; every other API call answers `api`. */
function provider(api: (token: string | null) => Response, token?: () => Response) {
  server.use(
    http.get('/api/v1/ui-config', () => HttpResponse.json({ oidc: { authority: AUTHORITY, clientId: CLIENT }, map: { url: null, attribution: null } })),
    http.get(`${AUTHORITY}/.well-known/openid-configuration`, () =>
      HttpResponse.json({
        issuer: AUTHORITY,
        authorization_endpoint: `${AUTHORITY}/protocol/openid-connect/auth`,
        token_endpoint: `${AUTHORITY}/protocol/openid-connect/token`,
        end_session_endpoint: `${AUTHORITY}/protocol/openid-connect/logout`,
        jwks_uri: `${AUTHORITY}/protocol/openid-connect/certs`,
      }),
    ),
    http.post(`${AUTHORITY}/protocol/openid-connect/token`, () => (token ? token() : HttpResponse.json({ error: 'invalid_grant' }, { status: 400 }))),
    // Last: the handlers above win (MSW takes the first that matches).
    http.all('/api/v1/*', ({ request }) => api(request.headers.get('Authorization')?.replace('Bearer ', '') ?? null)),
  )
}

const refused = () => HttpResponse.json({ status: 401, title: 'Unauthorized' }, { status: 401, headers: { 'Content-Type': 'application/problem+json' } })

function openApp(path: string) {
  window.history.replaceState(null, '', path)
  return render(
    <AuthProvider>
      <App />
    </AuthProvider>,
  )
}

/** The state oidc-client-ts keeps (in localStorage) for a sign-in it started: the page to come back to is its `data`. */
function startedSignIns(): unknown[] {
  return Object.keys(localStorage)
    .filter((key) => key.startsWith('oidc.'))
    .map((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { data?: unknown }).data)
}

afterEach(() => {
  sessionStorage.clear()
  Object.keys(localStorage)
    .filter((key) => key.startsWith('oidc.'))
    .forEach((key) => localStorage.removeItem(key))
})

describe('an expired sign-in', () => {
  it('is signed out when the server refuses its token (401), and the page offers to sign in again and come back', async () => {
    keepSignIn(3600)
    provider(refused)
    openApp('/buildings')

    const heading = await screen.findByRole('heading', { level: 1, name: EXPIRED }, LAZY)
    // No "try again" that would fail the same way, and the header no longer shows someone signed in.
    expect(screen.queryByRole('button', { name: 'Försök igen' })).toBeNull()
    expect(screen.queryByTestId('notifications-bell')).toBeNull()
    expect(screen.queryByTestId('nav-buildings')).toBeNull()
    expect(sessionStorage.getItem(USER_KEY)).toBeNull()
    expect(document.activeElement).toBe(heading)

    await userEvent.click(screen.getByRole('button', { name: 'Logga in igen' }))
    await waitFor(() => expect(startedSignIns()).toEqual(['/buildings']))
  })

  it('shows the message on a reload after the token ran out, not the start page for visitors', async () => {
    keepSignIn(-60)
    provider(refused)
    openApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: EXPIRED }, LAZY)).toBeTruthy()
    expect(screen.queryByTestId('landing')).toBeNull()
    expect(sessionStorage.getItem(USER_KEY)).toBeNull()

    // Going on without signing in: the visitor's start page.
    await userEvent.click(screen.getByRole('button', { name: 'Fortsätt utan att logga in' }))
    expect(await screen.findByTestId('landing')).toBeTruthy()
  })

  it('is renewed quietly with its refresh token while the identity provider still accepts it', async () => {
    keepSignIn(-60, { refresh_token: 'refresh-1' })
    const tokens: (string | null)[] = []
    provider(
      (token) => {
        tokens.push(token)
        return token === 'fresh-token' ? HttpResponse.json({ status: 404, title: 'Not Found' }, { status: 404 }) : refused()
      },
      () => HttpResponse.json({ access_token: 'fresh-token', token_type: 'Bearer', expires_in: 300, refresh_token: 'refresh-2', scope: 'openid profile email' }),
    )
    openApp('/finns/inte')
    expect(await screen.findByTestId('not-found', {}, LAZY)).toBeTruthy()
    await waitFor(() => expect(tokens).toContain('fresh-token'))
    expect(tokens).not.toContain('old-token')
    expect(screen.queryByRole('heading', { name: EXPIRED })).toBeNull()
  })

  it('asks to sign in again when the identity provider no longer renews it', async () => {
    keepSignIn(-60, { refresh_token: 'refresh-1' })
    provider(refused)
    openApp('/sok')
    expect(await screen.findByRole('heading', { level: 1, name: EXPIRED }, LAZY)).toBeTruthy()
  })
})
