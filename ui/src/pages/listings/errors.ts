import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api'
import { useErrorText } from '../../components/LoadError'

/** The error text of a listing change; a stale version (412) says plainly that someone else changed it. */
export function useListingErrorText() {
  const { t } = useTranslation()
  const errorText = useErrorText()
  return (error: unknown, fallbackKey = 'errors.save') => {
    const text = errorText(error, fallbackKey)
    return error instanceof ApiError && error.status === 412 ? { ...text, title: t('listing.staleTitle'), message: t('listing.stale') } : text
  }
}

export const isStale = (error: unknown) => error instanceof ApiError && error.status === 412
