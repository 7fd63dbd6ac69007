import { http, HttpResponse } from 'msw'
import type { User } from 'oidc-client-ts'
import { anonymous } from './render'

/** Anna of Kalmar kommun, signed in; what she may do is up to the roles given to {@link signedInHandlers}. */
export const anna = {
  ...anonymous,
  status: 'authenticated' as const,
  user: { access_token: 'token-anna', profile: { sub: 'sub-anna' } } as unknown as User,
}

/** The answers every signed-in page asks for (who she is, her standing, the bell's list), with these roles. */
export function signedInHandlers(roles: string[]) {
  return [
    http.get('/api/v1/notifications', () => HttpResponse.json({ items: [], page: 0, size: 10, total: 0, unread: 0 })),
    http.get('/api/v1/conversations/unread', () => HttpResponse.json({ unread: 0, threads: 0 })),
    http.get('/api/v1/me', () =>
      HttpResponse.json({
        user: { subject: 'sub-anna', username: 'anna', name: 'Anna Lindqvist', email: 'anna@example.org', roles },
        organisation: { id: 'org-1', code: 'kalmar-kommun', name: 'Kalmar kommun', organisationNumber: '212000-0746', kind: 'MUNICIPALITY', group: '' },
      }),
    ),
    http.get('/api/v1/me/standing', () =>
      HttpResponse.json({ username: 'anna', name: 'Anna Lindqvist', installationAdmin: false, organisationState: 'ACTIVE', organisationCode: 'kalmar-kommun' }),
    ),
  ]
}

export const problem = (status: number, body: Record<string, unknown>) =>
  HttpResponse.json({ status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } })

/** The texts a control's aria-describedby points at (Field ties hint and error to it). */
export function descriptionOf(control: HTMLElement): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
}
