import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, NetworkError } from '../api'
import { ErrorMessage } from './ErrorMessage'

/** Turns an API or network failure into the title, message and detail of an error box. */
export function useErrorText() {
  const { t } = useTranslation()
  return (error: unknown, fallbackKey = 'errors.load') => {
    let title: string | undefined
    let detail: string | undefined
    let message = t(fallbackKey)
    if (error instanceof ApiError) {
      if (error.status === 412) message = t('common.stale')
      else if (error.status === 403) message = t('errors.forbidden')
      else if (error.status === 404) message = t('errors.notFound')
      title = error.title
      detail = error.detail
      if (!title && !detail) detail = t('errors.status', { status: error.status })
    } else if (error instanceof NetworkError) {
      message = t('errors.network')
    } else if (error instanceof Error) {
      detail = error.message
    }
    return { title, message, detail }
  }
}

export function LoadError({ error, onRetry, children }: { error: unknown; onRetry?: () => void; children?: ReactNode }) {
  const { t } = useTranslation()
  const text = useErrorText()(error)
  return (
    <ErrorMessage {...text}>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
      {children}
    </ErrorMessage>
  )
}

export function Loading() {
  const { t } = useTranslation()
  return (
    <section className="card" aria-busy="true">
      <p role="status">{t('app.loading')}</p>
    </section>
  )
}
