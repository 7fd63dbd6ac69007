import { useTranslation } from 'react-i18next'
import { ApiError, NetworkError, isReplayInProgress } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useErrorText } from '../../components/LoadError'
import { fieldProblemsOf } from '../../forms'

/** A conflict of the data (409, not a request still running): the reservation or listing changed meanwhile. */
export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409 && !isReplayInProgress(error)

/**
 * The `errors` of {@link ActionError} for a form on react-hook-form, from what applyProblem returned (`rest`):
 * "fix the marked fields" when it placed every field error, the field errors it could not place as the detail.
 */
export function actionErrors(failure: unknown, rest: string | undefined): Record<string, string> {
  if (failure === undefined) return {}
  if (rest === undefined) return { marked: '' }
  return fieldProblemsOf(failure).length > 0 ? { _: rest } : {}
}

/**
 * The error box of a failed reservation action. When the outcome is unknown (no answer, or the first request still
 * running) it says to try again: the same action is sent with the same Idempotency-Key, so it happens once.
 */
export function ActionError({ failure, errors, conflictKey }: { failure: unknown; errors: Record<string, string>; conflictKey?: string }) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  if (failure === undefined) return null
  const text = errorText(failure, 'errors.save')
  const marked = Object.keys(errors).some((k) => k !== '_')
  let message = text.message
  if (marked) message = t('common.fixFields')
  else if (failure instanceof NetworkError || isReplayInProgress(failure)) message = t('reservations.unknownOutcome')
  else if (conflictKey && isConflict(failure)) message = t(conflictKey)
  return <ErrorMessage {...text} message={message} detail={errors._ ?? text.detail} />
}
