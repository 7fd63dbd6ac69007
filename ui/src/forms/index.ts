/**
 * Forms on react-hook-form with zod schemas (docs/ui.md#forms).
 *
 * - A schema's messages are i18n keys under `validation.` (for example `validation.required`); {@link FormField}
 *   translates them, so one schema serves both languages.
 * - A problem answer of the API (RFC 9457 with `errors[]`) is put on the fields it names with
 *   {@link applyProblem}, each error's text chosen by its `code` in the UI's language ({@link fieldErrorText});
 *   what names no field of the form is returned for the form's own error box. The first field it marks gets the
 *   focus, as react-hook-form gives it to the first field its schema refuses.
 */
import { get, type FieldErrors, type FieldValues, type Path, type UseFormSetError, type UseFormSetFocus } from 'react-hook-form'
import { ApiError } from '../api/client'
import { fieldErrorText, fieldProblemsOf, type FieldErrorOptions } from './fieldErrors'

export { zodResolver } from '@hookform/resolvers/zod'
export { FieldMessage, FormField, useFieldText } from './FormField'
export { CategoryField } from './CategoryField'
export * from './schema'
export { fieldErrorText, fieldMessagesOf, fieldProblemsOf, FIELD_ERROR_CODES, type FieldProblem } from './fieldErrors'

/** `lots[2].quantity` (the API's path) as react-hook-form writes it: `lots.2.quantity`. */
export const formPath = (apiPath: string) => apiPath.replace(/\[(\d+)\]/g, '.$1')

/**
 * The form field an API path belongs to: the same path, else the first field under it (`address` →
 * `address.city`), else the field it is under (`deliverers.1` → `deliverers`).
 */
function fieldFor<F extends string>(apiPath: string, fields: readonly F[]): F | undefined {
  const path = formPath(apiPath)
  return (
    fields.find((f) => f === path) ??
    fields.find((f) => f.startsWith(`${path}.`)) ??
    fields.find((f) => path.startsWith(`${f}.`))
  )
}

/**
 * Puts the field errors of a failed request on the form's fields, focuses the first of them (in the order of
 * `fields`, which is the order of the form) and returns the message for the rest (the problem's detail or title,
 * or undefined when every error found its field). `fields` lists the form's fields by their react-hook-form names,
 * which are the API's JSON paths with dots for indexes (`address.city`, `lots.0.quantity`).
 */
export function applyProblem<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  options: FieldErrorOptions & {
    /** API paths that belong to a form field of another name (`locationId` → `fromLocationId`). */
    aliases?: Partial<Record<string, Path<T>>>
  } = {},
): string | undefined {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error)
  const byField = new Map<Path<T>, string[]>()
  const unplaced: string[] = []
  for (const problem of fieldProblemsOf(error)) {
    const text = fieldErrorText(problem, options)
    const field = options.aliases?.[problem.field] ?? fieldFor(problem.field, fields)
    if (field) byField.set(field, [...(byField.get(field) ?? []), text])
    else unplaced.push(text)
  }
  const marked = fields.filter((f) => byField.has(f))
  marked.forEach((field, i) => setError(field, { type: 'server', message: byField.get(field)!.join(' ') }, { shouldFocus: i === 0 }))
  if (marked.length > 0 && unplaced.length === 0) return undefined
  return [error.detail ?? error.title ?? error.message, ...unplaced].filter(Boolean).join(' ')
}

/**
 * The handler of a submit the schema refused: focuses the first invalid field in the order of `fields` (the
 * order of the form). react-hook-form's own focus goes by the order fields were registered, in which a
 * `Controller` comes after every plain input; forms that have one use `shouldFocusError: false` and this.
 */
export function focusFirstInvalid<T extends FieldValues>(setFocus: UseFormSetFocus<T>, fields: readonly Path<T>[]) {
  return (errors: FieldErrors<T>) => {
    const first = fields.find((field) => get(errors, field))
    if (first) setFocus(first)
  }
}
