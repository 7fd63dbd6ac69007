/**
 * Forms on react-hook-form with zod schemas (docs/ui.md#forms).
 *
 * - A schema's messages are i18n keys under `validation.` (for example `validation.required`); {@link FormField}
 *   translates them, so one schema serves both languages.
 * - A problem answer of the API (RFC 9457 with `errors[]`) is put on the fields it names with
 *   {@link applyProblem}; what names no field of the form is returned for the form's own error box.
 */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { ApiError } from '../api/client'

export { zodResolver } from '@hookform/resolvers/zod'

/**
 * Puts the field errors of a failed request on the form's fields and returns the message for the rest (the
 * problem's detail or title, or undefined when every error found its field). `fields` lists the form's fields by
 * the API's JSON paths (`contact.email`); an error of a field outside it is returned with the rest.
 */
export function applyProblem<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string | undefined {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error)
  const byField = error.fieldErrors
  const unplaced: string[] = []
  let placed = 0
  for (const [field, message] of Object.entries(byField)) {
    const known = fields.find((f) => f === field)
    if (known) {
      setError(known, { type: 'server', message })
      placed++
    } else {
      unplaced.push(message)
    }
  }
  if (placed > 0 && unplaced.length === 0) return undefined
  return [error.detail ?? error.title ?? error.message, ...unplaced].filter(Boolean).join(' ')
}
