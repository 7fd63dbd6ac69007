import { apiBlob, apiFetch, apiSend } from './client'
import type { components } from './schema'

/*
 * Joining (docs/organisations.md#joining): applications to join, their review, invitations, members, and the
 * download of your own data (docs/privacy.md#your-own-data).
 */

export type Application = components['schemas']['ApplicationView']
export type ApplicationRequest = components['schemas']['ApplicationRequest']
export type ApplicationStatus = components['schemas']['ApplicationStatus']
export type OrganisationKindCode = components['schemas']['OrganisationKind']
export type Invitation = components['schemas']['InvitationView']
export type InvitationRole = components['schemas']['InvitationRequest']['role']
export type Member = components['schemas']['MemberView']
export type Joined = components['schemas']['Joined']

export interface ApplicationPage {
  items: Application[]
  page: number
  size: number
  total: number
}

export const ORGANISATION_KINDS: readonly OrganisationKindCode[] = [
  'CONTRACTOR', 'BUILDER', 'STORAGE_OPERATOR', 'MUNICIPALITY', 'MUNICIPAL_COMPANY', 'CARRIER', 'OTHER',
]

export const INVITATION_ROLES: readonly InvitationRole[] = ['contractor', 'builder', 'property-unit', 'storage-operator', 'admin']

const enc = encodeURIComponent

export function createMembershipApi(accessToken: string) {
  const auth = { accessToken }
  return {
    apply: (request: ApplicationRequest) => apiSend<Application>('/api/v1/organisation-applications', 'POST', request, auth),
    myApplications: () => apiFetch<Application[]>('/api/v1/organisation-applications', auth),
    withdraw: (id: string) => apiFetch<Application>(`/api/v1/organisation-applications/${enc(id)}/withdraw`, { ...auth, method: 'POST' }),

    reviewList: (status: ApplicationStatus | undefined, page: number, size: number) => {
      const query = new URLSearchParams({ page: String(page), size: String(size) })
      if (status) query.set('status', status)
      return apiFetch<ApplicationPage>(`/api/v1/admin/organisation-applications?${query.toString()}`, auth)
    },
    reviewGet: (id: string) => apiFetch<Application>(`/api/v1/admin/organisation-applications/${enc(id)}`, auth),
    approve: (id: string, code: string | undefined) =>
      apiSend<Application>(`/api/v1/admin/organisation-applications/${enc(id)}/approve`, 'POST', code ? { code } : {}, auth),
    reject: (id: string, reason: string) =>
      apiSend<Application>(`/api/v1/admin/organisation-applications/${enc(id)}/reject`, 'POST', { reason }, auth),

    invitations: () => apiFetch<Invitation[]>('/api/v1/organisation/invitations', auth),
    invite: (email: string, role: InvitationRole) => apiSend<Invitation>('/api/v1/organisation/invitations', 'POST', { email, role }, auth),
    revoke: (id: string) => apiFetch<Invitation>(`/api/v1/organisation/invitations/${enc(id)}/revoke`, { ...auth, method: 'POST' }),
    accept: (token: string) => apiFetch<Joined>(`/api/v1/invitations/${enc(token)}/accept`, { ...auth, method: 'POST' }),

    members: () => apiFetch<Member[]>('/api/v1/organisation/members', auth),
    removeMember: (subject: string) => apiFetch<void>(`/api/v1/organisation/members/${enc(subject)}`, { ...auth, method: 'DELETE' }),

    myData: () => apiBlob('/api/v1/me/data', auth),
  }
}

export type MembershipApi = ReturnType<typeof createMembershipApi>

/** The last segment of a problem type (`urn:kretslopp:problem:invitation-expired` → `invitation-expired`). */
export function problemSlug(type: unknown): string | undefined {
  if (typeof type !== 'string' || !type) return undefined
  return type.slice(type.lastIndexOf(':') + 1)
}
