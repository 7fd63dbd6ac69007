import type { components } from './schema'

/**
 * GET /api/v1/ui-config. `map`: tiles of the search map, url null: draw the map without a background;
 * `accessibility.contact`: the accessibility statement's contact (an e-mail address), null when not set.
 */
export type UiConfig = components['schemas']['UiConfigResponse']

export type Role = 'contractor' | 'builder' | 'property-unit' | 'storage-operator' | 'admin' | 'carrier'

/** GET /api/v1/me: the signed-in person and their organisation. */
export type Me = components['schemas']['MeResponse']

/** GET /api/v1/me/standing: whether the person administers the installation and their organisation's state. */
export type Standing = components['schemas']['Standing']

/**
 * A request body of the generated schema (components['schemas']): a property the server need not get (one that
 * its Bean Validation does not require, optional in the schema) may also be sent as null, which Jackson reads as
 * absent. Applies to nested objects and array elements too.
 */
export type RequestBody<T> = T extends readonly (infer E)[]
  ? RequestBody<E>[]
  : T extends object
    ? { [K in keyof T]: undefined extends T[K] ? RequestBody<Exclude<T[K], undefined>> | null : RequestBody<T[K]> }
    : T
