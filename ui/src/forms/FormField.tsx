import type { ReactElement } from 'react'
import type { FieldError } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Field } from '../components/Field'
import { parseMessage } from './schema'

interface Props {
  label: string
  /**
   * The field's error from react-hook-form: an i18n key of the schema (`validation.*`, `fieldError.*`, with values
   * as `key?max=200`), or a text already in the page's language (what applyProblem puts there).
   */
  error?: FieldError
  hint?: string
  required?: boolean
  className?: string
  children: ReactElement<Record<string, unknown>>
}

/** {@link Field} for react-hook-form: translates the schema's message keys, shows other texts as they are. */
export function FormField({ error, ...rest }: Props) {
  const { t } = useTranslation()
  const message = error?.message
  let text = message
  if (message && (message.startsWith('validation.') || message.startsWith('fieldError.'))) {
    const { key, values } = parseMessage(message)
    text = t(key, values)
  }
  return <Field {...rest} error={text || undefined} />
}
