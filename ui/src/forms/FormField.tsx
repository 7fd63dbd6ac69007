import type { ReactElement } from 'react'
import type { FieldError } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Field } from '../components/Field'

interface Props {
  label: string
  /** The field's error from react-hook-form: a `validation.*` key of the schema, or a server message as it is. */
  error?: FieldError
  hint?: string
  required?: boolean
  className?: string
  children: ReactElement<Record<string, unknown>>
}

/** {@link Field} for react-hook-form: translates the schema's message keys, shows server messages as they are. */
export function FormField({ error, ...rest }: Props) {
  const { t } = useTranslation()
  const message = error?.message
  const text = message && message.startsWith('validation.') ? t(message) : message
  return <Field {...rest} error={text || undefined} />
}
