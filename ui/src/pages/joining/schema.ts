import { z } from 'zod'
import { INVITATION_ROLES, ORGANISATION_KINDS, type ApplicationRequest } from '../../api/membership'

/*
 * The schemas of the joining forms. Their messages are i18n keys under `validation.` (FormField translates them);
 * the API checks the same and stays the authority (a number registered already, a group that does not exist).
 */

const NUMBER = /^\d{6}-\d{4}$/

/**
 * Whether a Swedish organisation number is written NNNNNN-NNNN and its last digit is the Luhn check digit of the
 * nine before it: from the first, every other digit is doubled (a two-digit product counts as the sum of its
 * digits), and the check digit brings the sum up to a multiple of ten. The server's rule (OrganisationNumber.java).
 */
export function hasValidCheckDigit(number: string): boolean {
  if (!NUMBER.test(number)) return false
  const digits = number.replace('-', '')
  let sum = 0
  for (let i = 0; i < 9; i++) {
    let digit = Number(digits[i]) * (i % 2 === 0 ? 2 : 1)
    if (digit > 9) digit -= 9
    sum += digit
  }
  return (10 - (sum % 10)) % 10 === Number(digits[9])
}

// Each field shows one message: the first check that fails ends the field's checks (abort).
const required = (max: number) =>
  z.string().trim().min(1, { error: 'validation.required', abort: true }).max(max, { error: 'validation.tooLong', abort: true })
const optional = (max: number) => z.string().trim().max(max, 'validation.tooLong')

export const applicationSchema = z.object({
  organisationName: required(200),
  organisationNumber: z
    .string()
    .trim()
    .min(1, { error: 'validation.required', abort: true })
    .regex(NUMBER, { error: 'validation.organisationNumber', abort: true })
    .refine(hasValidCheckDigit, 'validation.organisationNumberCheckDigit'),
  // The select starts empty (''), which is no kind.
  kind: z.union([z.enum(ORGANISATION_KINDS as [string, ...string[]]), z.literal('')]).refine((kind) => kind !== '', 'validation.required'),
  group: optional(200),
  contact: z.object({
    name: required(120),
    email: required(200).pipe(z.email('validation.email')),
    phone: optional(40),
  }),
  activity: required(2000),
})

export type ApplicationForm = z.input<typeof applicationSchema>

export const emptyApplication: ApplicationForm = {
  organisationName: '',
  organisationNumber: '',
  kind: '',
  group: '',
  contact: { name: '', email: '', phone: '' },
  activity: '',
}

/** The request of a filled-in form: blank optional fields left out. */
export function toApplicationRequest(form: z.output<typeof applicationSchema>): ApplicationRequest {
  return {
    organisationName: form.organisationName,
    organisationNumber: form.organisationNumber,
    kind: form.kind as ApplicationRequest['kind'],
    group: form.group || undefined,
    contact: { name: form.contact.name, email: form.contact.email, phone: form.contact.phone || undefined },
    activity: form.activity,
  }
}

export const invitationSchema = z.object({
  email: required(200).pipe(z.email('validation.email')),
  role: z.enum(INVITATION_ROLES as [string, ...string[]], 'validation.required'),
})

export type InvitationForm = z.input<typeof invitationSchema>

export const rejectionSchema = z.object({ reason: required(1000) })

/** The approver's code: optional; when given, the rules of any organisation code. */
export const approvalSchema = z.object({
  code: z.string().trim().regex(/^$|^[a-z0-9][a-z0-9-]{1,62}$/, 'validation.code'),
})
