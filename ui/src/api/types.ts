import type { components } from './schema'

export interface UiConfig {
  oidc: {
    authority: string
    clientId: string
  }
  /** Map tiles of the search map; url null: draw the map without a background. */
  map?: {
    url: string | null
    attribution: string | null
  }
  /** The accessibility statement's contact (an e-mail address); null when the installation has not set one. */
  accessibility?: {
    contact: string | null
  }
}

export type Role = 'contractor' | 'builder' | 'property-unit' | 'storage-operator' | 'admin' | 'carrier'

export type OrganisationKind = 'MUNICIPALITY' | 'CONTRACTOR' | 'BUILDER' | 'STORAGE_OPERATOR' | string

export interface Me {
  user: {
    subject: string
    username: string
    name: string
    email: string
    roles: string[]
  }
  organisation: {
    id: string
    code: string
    name: string
    organisationNumber: string
    kind: OrganisationKind
    group: string
  }
}

/** GET /api/v1/me/standing: whether the person administers the installation and their organisation's state. */
export type Standing = components['schemas']['Standing']
