import type { User } from 'oidc-client-ts'
import { http, HttpResponse } from 'msw'
import { anonymous } from '../../test/render'

/** Johan, signed in; what his token names is up to each test's /me/standing. */
export const johan = {
  ...anonymous,
  status: 'authenticated' as const,
  user: { access_token: 'token-johan', profile: { sub: 'sub-johan' } } as unknown as User,
}

export const problem = (status: number, body: Record<string, unknown>) =>
  HttpResponse.json({ status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } })

/** Someone signed in without an organisation: /me (and the bell's list) refuse, /me/standing says so. */
export function withoutOrganisation(standing: Record<string, unknown> = {}) {
  return [
    http.get('/api/v1/notifications', () => problem(403, { type: 'urn:kretslopp:problem:unknown-organisation' })),
    http.get('/api/v1/conversations/unread', () => problem(403, { type: 'urn:kretslopp:problem:unknown-organisation' })),
    http.get('/api/v1/me', () =>
      problem(403, { type: 'urn:kretslopp:problem:unknown-organisation', title: 'Okänd organisation' }),
    ),
    http.get('/api/v1/me/standing', () =>
      HttpResponse.json({ username: 'johan', name: 'Johan Karlsson', installationAdmin: false, organisationState: 'NONE', ...standing }),
    ),
  ]
}
