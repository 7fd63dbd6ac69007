import { cloneElement, useId, type ReactElement } from 'react'

interface Props {
  label: string
  /** The problem message of this field, shown under it and tied to it for screen readers. */
  error?: string
  hint?: string
  required?: boolean
  className?: string
  children: ReactElement<Record<string, unknown>>
}

/** A labelled form control with its hint and validation message. */
export function Field({ label, error, hint, required, className, children }: Props) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {cloneElement(children, {
        id,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
        required,
      })}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId} data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
