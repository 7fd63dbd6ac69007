import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  title?: string
  message?: string
  detail?: string
  children?: ReactNode
}

/** A visible, announced error box. Title/message default to generic texts. */
export function ErrorMessage({ title, message, detail, children }: Props) {
  const { t } = useTranslation()
  return (
    <div className="error" role="alert" data-testid="error">
      <h2 className="error__title" data-testid="error-title">
        {title ?? t('errors.title')}
      </h2>
      {message && <p data-testid="error-message">{message}</p>}
      {detail && (
        <p className="error__detail" data-testid="error-detail">
          {detail}
        </p>
      )}
      {children && <div className="actions">{children}</div>}
    </div>
  )
}
