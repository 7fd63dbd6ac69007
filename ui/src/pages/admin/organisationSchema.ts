import { z } from 'zod'
import { ORGANISATION_KINDS, type Organisation, type OrganisationRequest } from '../../api/admin'
import { hasOrganisationNumberShape, isValidOrganisationNumber } from '../../forms/organisationNumber'

/*
 * The organisation form's schema (docs/organisations.md): what the browser can know at once. Messages are i18n keys
 * (docs/ui.md#forms); the API stays the authority for what only it knows (a taken code or number, a stale version).
 */

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong')
const required = (max: number) => text(max).min(1, 'validation.required')

export const organisationSchema = z.object({
  name: required(200),
  code: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'validation.code'),
  organisationNumber: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .refine((v) => v === '' || hasOrganisationNumberShape(v), 'validation.organisationNumber')
    .refine((v) => !hasOrganisationNumberShape(v) || isValidOrganisationNumber(v), 'validation.organisationNumberCheckDigit'),
  kind: z.string().refine((v) => (ORGANISATION_KINDS as readonly string[]).includes(v), 'validation.required'),
  group: z.string(),
  contact: z.object({
    name: text(200),
    email: z.union([z.literal(''), z.string().trim().max(200, 'validation.tooLong').pipe(z.email('validation.email'))]),
    phone: text(50),
  }),
  address: z.object({
    street: text(200),
    postalCode: text(20),
    city: text(100),
  }),
})

export type OrganisationForm = z.input<typeof organisationSchema>

/** The form's fields by the API's JSON paths, where its problem answers' field errors land. */
export const ORGANISATION_FIELDS = [
  'name',
  'code',
  'organisationNumber',
  'kind',
  'group',
  'contact.name',
  'contact.email',
  'contact.phone',
  'address.street',
  'address.postalCode',
  'address.city',
] as const

export const emptyOrganisation: OrganisationForm = {
  name: '',
  code: '',
  organisationNumber: '',
  kind: '',
  group: '',
  contact: { name: '', email: '', phone: '' },
  address: { street: '', postalCode: '', city: '' },
}

export function fromOrganisation(o: Organisation): OrganisationForm {
  return {
    name: o.name,
    code: o.code,
    organisationNumber: o.organisationNumber,
    kind: o.kind,
    group: o.group ?? '',
    contact: { name: o.contact?.name ?? '', email: o.contact?.email ?? '', phone: o.contact?.phone ?? '' },
    address: { street: o.address?.street ?? '', postalCode: o.address?.postalCode ?? '', city: o.address?.city ?? '' },
  }
}

/** Blank texts become absent; a contact or address with nothing in it is left out. */
function compact<T extends Record<string, string>>(values: T): Partial<T> | undefined {
  const entries = Object.entries(values)
    .map(([key, value]) => [key, value.trim()] as const)
    .filter(([, value]) => value !== '')
  return entries.length ? (Object.fromEntries(entries) as Partial<T>) : undefined
}

export function toRequest(values: z.output<typeof organisationSchema>): OrganisationRequest {
  return {
    name: values.name,
    code: values.code,
    organisationNumber: values.organisationNumber,
    kind: values.kind as OrganisationRequest['kind'],
    group: values.group || undefined,
    contact: compact(values.contact),
    address: compact(values.address),
  }
}

/**
 * A code suggested from the name, as the API derives one when it approves an application (OrganisationCodes):
 * lower case, accents dropped, anything else a hyphen. "Kalmar kommun" → "kalmar-kommun".
 */
export function codeFromName(name: string): string {
  const code = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '')
  return code.length < 2 ? '' : code
}
