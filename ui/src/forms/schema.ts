/**
 * Zod building blocks for forms whose inputs hold text (as every <input> does): each checks what the server's Bean
 * Validation checks on the same field (docs/api.md#field-errors), so the form says it before a round trip, and the
 * messages are the same `fieldError.*` texts the server's codes get. A message with values is written
 * `key?name=value` ({@link message}); {@link FormField} translates it.
 */
import { z } from 'zod'

/** An i18n key with the values of its placeholders, as a schema message. */
export function message(key: string, values?: Record<string, string | number>): string {
  if (!values) return key
  return `${key}?${new URLSearchParams(Object.entries(values).map(([k, v]) => [k, String(v)])).toString()}`
}

/** A schema message back as key and values. */
export function parseMessage(text: string): { key: string; values: Record<string, string> } {
  const at = text.indexOf('?')
  if (at < 0) return { key: text, values: {} }
  return { key: text.slice(0, at), values: Object.fromEntries(new URLSearchParams(text.slice(at + 1))) }
}

/** Text as the form holds it: '' or a decimal number, with a comma or a point. null for empty, NaN for not a number. */
export function parseNumber(value: string): number | null {
  const trimmed = value.trim().replace(',', '.')
  if (trimmed === '') return null
  const n = Number(trimmed)
  return Number.isFinite(n) ? n : NaN
}

/** Optional text of at most `max` characters (after trimming, as it is sent). */
export const optionalText = (max: number) =>
  z.string().refine((v) => v.trim().length <= max, message('fieldError.Size', { max }))

/** Required text of at most `max` characters. */
export const requiredText = (max: number) =>
  z
    .string()
    .refine((v) => v.trim() !== '', 'validation.required')
    .refine((v) => v.trim().length <= max, message('fieldError.Size', { max }))

export interface NumberRules {
  required?: boolean
  /** A whole number (Integer, Long on the server). */
  whole?: boolean
  /** @Min, @DecimalMin (inclusive). */
  min?: number
  /** @Max, @DecimalMax (inclusive). */
  max?: number
  /** @Positive, @DecimalMin(value = "0", inclusive = false). */
  positive?: boolean
}

/** A number typed as text, checked as the server's constraints check it. */
export function numberText(rules: NumberRules = {}) {
  return z.string().superRefine((value, context) => {
    const fail = (text: string) => context.addIssue({ code: 'custom', message: text })
    const n = parseNumber(value)
    if (n === null) {
      if (rules.required) fail('validation.required')
      return
    }
    if (Number.isNaN(n)) return fail(rules.whole ? 'fieldError.InvalidWholeNumber' : 'fieldError.InvalidNumber')
    if (rules.whole && !Number.isInteger(n)) return fail('fieldError.InvalidWholeNumber')
    if (rules.positive && n <= 0) return fail('fieldError.Positive')
    if (rules.min !== undefined && n < rules.min) return fail(message('fieldError.Min', { min: rules.min }))
    if (rules.max !== undefined && n > rules.max) return fail(message('fieldError.Max', { max: rules.max }))
  })
}

/** An optional email address of at most `max` characters. */
export const optionalEmail = (max: number) =>
  optionalText(max).refine((v) => v.trim() === '' || z.email().safeParse(v.trim()).success, 'validation.email')

/** Something must be chosen (a select whose empty option means "choose"). */
export const chosen = () => z.string().refine((v) => v !== '', 'validation.choose')
