/**
 * Field errors of the API translated by their stable `code` (docs/api.md#field-errors), so a Swedish page shows a
 * Swedish text whatever language the server wrote its `message` in. A code the UI does not know yet shows the
 * server's `message` as it is (the API may add codes).
 */
import i18n from '../i18n'
import { ApiError } from '../api/client'

/** One entry of a problem answer's `errors` (or of the import report's `problems`). */
export interface FieldProblem {
  field: string
  code?: string
  message: string
  min?: unknown
  max?: unknown
  allowed?: string[]
  other?: string
}

/**
 * Every code the server sends (Bean Validation constraints the API uses, and `se.kretslopp.common.FieldCode`);
 * each has a text `fieldError.<code>` in both languages. `fieldErrors.test.ts` renders each of them.
 */
export const FIELD_ERROR_CODES = [
  // Bean Validation
  'NotNull', 'NotBlank', 'NotEmpty', 'Size', 'Min', 'Max', 'DecimalMin', 'DecimalMax', 'Positive', 'Digits',
  'Pattern', 'Email',
  // FieldCode
  'Malformed', 'Unknown', 'WrongType', 'InvalidDate', 'InvalidNumber', 'InvalidWholeNumber', 'InvalidEnum',
  'InvalidId', 'InvalidValue', 'Range', 'OutOfRange', 'TooMany', 'TooLarge', 'ControlCharacters', 'NotAllowed',
  'UnknownReference', 'Taken', 'Immutable', 'ExceedsAvailable', 'BelowReserved', 'InPast', 'InFuture',
  'BeforeOther', 'RequiredTogether', 'RequiredOneOf', 'Exclusive', 'NotApplicable', 'InvalidTransition',
  'HazardRule', 'CheckDigit', 'KeyReused', 'TooDeep', 'InvalidFile', 'UnknownColumn', 'DuplicateColumn',
  'MissingColumn', 'Overlaps', 'SlotFull', 'OutsideHours', 'TooFarAhead',
] as const

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number]

/**
 * Texts for a code on one field where the general one says too little (a `Pattern` does not say which form).
 * Keyed by the field's last path segment (`organisationNumber` for `contact.organisationNumber`), then the code.
 */
const BY_FIELD: Record<string, Partial<Record<string, string>>> = {
  organisationNumber: { Pattern: 'validation.organisationNumber', CheckDigit: 'validation.organisationNumberCheckDigit' },
  email: { Email: 'validation.email' },
  boverketId: { Pattern: 'fieldError.byField.boverketId' },
  version: { Pattern: 'fieldError.byField.version' },
}

export interface FieldErrorOptions {
  /** Texts (i18n keys) for a field's codes, overriding the general ones: `{ code: { Pattern: 'storage.codeHint' } }`. */
  texts?: Partial<Record<string, Partial<Record<string, string>>>>
  /** Labels of fields by their JSON path, for the `other` field a text names (`latitude` → "Latitud"). */
  labels?: Partial<Record<string, string>>
}

const isKnown = (code: string | undefined): code is FieldErrorCode =>
  code !== undefined && (FIELD_ERROR_CODES as readonly string[]).includes(code)

const lastSegment = (path: string) => path.replace(/\[\d+\]/g, '').split('.').pop() ?? path

function plain(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  return String(value)
}

/** The field error's text in the UI's current language. */
export function fieldErrorText(problem: FieldProblem, options: FieldErrorOptions = {}): string {
  const { code } = problem
  const t = i18n.t.bind(i18n)
  const override = code ? (options.texts?.[problem.field]?.[code] ?? BY_FIELD[lastSegment(problem.field)]?.[code]) : undefined
  if (override) return t(override)
  if (!isKnown(code)) return problem.message
  const min = plain(problem.min)
  const max = plain(problem.max)
  const other = problem.other ? (options.labels?.[problem.other] ?? problem.other) : undefined
  const allowed = problem.allowed?.join(', ')
  switch (code) {
    case 'Size':
      return min !== undefined && max !== undefined
        ? t('fieldError.Size_between', { min, max })
        : max !== undefined
          ? t('fieldError.Size', { max })
          : t('fieldError.Size_min', { min: min ?? '1' })
    case 'Range':
      return min !== undefined && max !== undefined ? t('fieldError.Range', { min, max }) : t('fieldError.OutOfRange')
    case 'Min':
    case 'DecimalMin':
      return min !== undefined ? t(`fieldError.${code}`, { min }) : t('fieldError.InvalidValue')
    case 'Max':
    case 'DecimalMax':
    case 'TooMany':
    case 'Digits':
    case 'TooFarAhead':
      return max !== undefined ? t(`fieldError.${code}`, { max }) : t('fieldError.InvalidValue')
    case 'TooLarge': {
      const bytes = Number(problem.max)
      return Number.isFinite(bytes) && bytes > 0
        ? t('fieldError.TooLarge', { max: (bytes / 1024 / 1024).toLocaleString(i18n.language, { maximumFractionDigits: 1 }) })
        : t('fieldError.TooLarge_noMax')
    }
    case 'InvalidEnum':
    case 'InvalidTransition':
    case 'UnknownColumn':
      return allowed ? t(`fieldError.${code}_allowed`, { allowed }) : t(`fieldError.${code}`)
    case 'BeforeOther':
    case 'RequiredTogether':
    case 'RequiredOneOf':
    case 'NotApplicable':
    case 'DuplicateColumn':
    case 'MissingColumn':
    case 'Overlaps':
      return other ? t(`fieldError.${code}_withOther`, { other }) : t(`fieldError.${code}`)
    default:
      return t(`fieldError.${code}`)
  }
}

/** The field errors of a failed request as they came (an empty list for anything but a problem answer). */
export function fieldProblemsOf(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError)) return []
  const errors = error.problem?.errors
  if (!Array.isArray(errors)) return []
  return (errors as Partial<FieldProblem>[]).filter(
    (e): e is FieldProblem => typeof e?.field === 'string' && typeof e.message === 'string',
  )
}

/**
 * The translated messages of a failed request's field errors, keyed by JSON path as the API sent it; two errors
 * of one field are joined with "; ".
 */
export function fieldMessagesOf(error: unknown, options: FieldErrorOptions = {}): Record<string, string> {
  const result: Record<string, string> = {}
  for (const problem of fieldProblemsOf(error)) {
    const text = fieldErrorText(problem, options)
    result[problem.field] = result[problem.field] ? `${result[problem.field]}; ${text}` : text
  }
  return result
}
