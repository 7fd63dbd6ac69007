import { apiBlob, apiFetch, apiFetchTagged, apiSend } from './client'
import type { components } from './schema'

/*
 * The installation's administration (docs/organisations.md, docs/audit.md): organisations, their groups and the
 * audit trail. The answers' types are the generated schema's (components['schemas']): a property that may be null
 * is optional there (the record component is @Nullable), every other one is required.
 */

const BASE = '/api/v1/admin'

export const ORGANISATION_KINDS = [
  'MUNICIPALITY',
  'MUNICIPAL_COMPANY',
  'CONTRACTOR',
  'BUILDER',
  'STORAGE_OPERATOR',
  'CARRIER',
  'OTHER',
] as const satisfies readonly components['schemas']['OrganisationKind'][]

export type OrganisationKindCode = (typeof ORGANISATION_KINDS)[number]

export type Organisation = components['schemas']['OrganisationDetails']

export type OrganisationRequest = components['schemas']['OrganisationRequest']

export type OrganisationGroup = components['schemas']['OrganisationGroupView']

export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

/** `changes` is a JSON object the schema cannot describe (a JsonNode on the server). */
export type AuditEntry = Omit<components['schemas']['AuditEntryView'], 'changes'> & {
  changes?: Record<string, { from?: unknown; to?: unknown; changed?: boolean }> | null
}

export type AuditCheck = components['schemas']['AuditCheck']

export interface OrganisationQuery {
  q?: string
  /** 'true', 'false' or '' (all) */
  active?: string
  page?: number
  size?: number
}

export interface AuditQuery {
  resource?: string
  resourceId?: string
  actor?: string
  /** An organisation's id: the changes made by its people or to its records (installation administrators). */
  organisation?: string
  from?: string
  to?: string
  page?: number
  size?: number
}

/** A query string of the parameters that have a value. */
export function queryString(params: object): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') search.set(key, String(value).trim())
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

export function createAdminApi(accessToken: string) {
  const auth = { accessToken }
  const org = (id: string) => `${BASE}/organisations/${encodeURIComponent(id)}`
  return {
    organisations: (query: OrganisationQuery) =>
      apiFetch<Page<Organisation>>(`${BASE}/organisations${queryString(query)}`, auth),
    organisation: (id: string) => apiFetchTagged<Organisation>(org(id), auth),
    registerOrganisation: (body: OrganisationRequest) => apiSend<Organisation>(`${BASE}/organisations`, 'POST', body, auth),
    updateOrganisation: (id: string, body: OrganisationRequest, etag: string) =>
      apiSend<Organisation>(org(id), 'PUT', body, { ...auth, headers: { 'If-Match': etag } }),
    deactivateOrganisation: (id: string) => apiFetch<Organisation>(`${org(id)}/deactivate`, { ...auth, method: 'POST' }),
    reactivateOrganisation: (id: string) => apiFetch<Organisation>(`${org(id)}/reactivate`, { ...auth, method: 'POST' }),
    organisationHistory: (id: string) => apiFetch<AuditEntry[]>(`${org(id)}/history`, auth),

    groups: (page = 0, size = 100) => apiFetch<Page<OrganisationGroup>>(`${BASE}/organisation-groups${queryString({ page, size })}`, auth),
    createGroup: (body: { code: string; name: string }) => apiSend<OrganisationGroup>(`${BASE}/organisation-groups`, 'POST', body, auth),
    renameGroup: (code: string, name: string, version: number) =>
      apiSend<OrganisationGroup>(`${BASE}/organisation-groups/${encodeURIComponent(code)}`, 'PUT', { name }, {
        ...auth,
        headers: { 'If-Match': `"${version}"` },
      }),

    audit: (query: AuditQuery) => apiFetch<Page<AuditEntry>>(`${BASE}/audit${queryString(query)}`, auth),
    auditExport: (query: AuditQuery) => {
      // The export has no paging: it is everything the filters find, oldest first.
      const { page: _page, size: _size, ...filters } = query
      void _page
      void _size
      return apiBlob(`${BASE}/audit/export.csv${queryString(filters)}`, auth)
    },
    auditCheck: () => apiFetch<AuditCheck>(`${BASE}/audit/check`, auth),
  }
}

export type AdminApi = ReturnType<typeof createAdminApi>
