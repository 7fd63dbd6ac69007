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
