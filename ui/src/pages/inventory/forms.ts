import { fieldMessagesOf } from '../../forms/fieldErrors'

/* Helpers shared by the building and item forms: text inputs hold strings; the API wants nulls and numbers. */

export const text = (value: string): string | null => (value.trim() === '' ? null : value.trim())

export function num(value: string): number | null {
  const trimmed = value.trim().replace(',', '.')
  if (trimmed === '') return null
  const n = Number(trimmed)
  return Number.isFinite(n) ? n : NaN
}

/** null when every value of the group is empty, so optional groups are left out rather than sent half-empty. */
export function group<T extends Record<string, unknown>>(values: T): T | null {
  return Object.values(values).some((v) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
    ? values
    : null
}

export const str = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value))

/**
 * The field errors of a failed save, keyed by JSON path, in the UI's language (by their codes). A message for a parent path ("address") is also
 * shown at its first child, and unknown paths land under "_" so nothing is silently dropped.
 */
export function fieldErrorsOf(error: unknown, knownPaths: string[]): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [path, message] of Object.entries(fieldMessagesOf(error))) {
    const target =
      knownPaths.find((p) => p === path) ?? knownPaths.find((p) => p.startsWith(`${path}.`)) ?? '_'
    result[target] = result[target] ? `${result[target]}; ${message}` : message
  }
  return result
}
