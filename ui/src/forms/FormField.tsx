import type { ReactElement } from 'react'
import type { FieldError } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Field } from '../components/Field'
import { parseMessage } from './schema'

interface Props {
  label: string
  /**
   * The field's error from react-hook-form: an i18n key of the schema (`validation.required`, `fieldError.Max?max=10`,
   * see forms/schema.ts), or a text already in the page's language (what applyProblem puts there).
   */
  error?: FieldError
  hint?: string
  required?: boolean
  className?: string
  children: ReactElement<Record<string, unknown>>
}

/** A schema message or a server text in the page's language (see {@link FormField}). */
export function useFieldText() {
  const { t, i18n } = useTranslation()
  return (message: string | undefined): string | undefined => {
    if (!message) return undefined
    const { key, values } = parseMessage(message)
    // a schema's message is an i18n key (with values); a server's text never is one
    return i18n.exists(key) ? t(key, values) : message
  }
}

/** The error of a group of controls (radio buttons, checkboxes), under its legend. */
export function FieldMessage({ message }: { message: string }) {
  const text = useFieldText()
  return (
    <p className="field__error" data-testid="field-error">
      {text(message)}
    </p>
  )
}

/** {@link Field} for react-hook-form: translates the schema's message keys, shows other texts as they are. */
export function FormField({ error, ...rest }: Props) {
  const text = useFieldText()
  return <Field {...rest} error={text(error?.message)} />
}
