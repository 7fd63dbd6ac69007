import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ApiError, loadable } from '../../api'
import type { Application } from '../../api/membership'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading } from '../../components/LoadError'
import { applyProblem, zodResolver } from '../../forms'
import { FormField } from '../../forms/FormField'
import { approvalSchema, rejectionSchema } from './schema'
import { StatusBadge, useDateTime, useJoiningProblem, useMembershipApi } from './shared'

/** /admin/ansokningar/:id: one application to join, approved (with an optional code) or rejected (with a reason). */
export function ReviewPage({ id }: { id: string }) {
  const { t } = useTranslation()
  const membership = useMembershipApi()
  const dateTime = useDateTime()
  const appQuery = useQuery({ queryKey: ['joining', 'review', 'one', id], queryFn: () => membership.reviewGet(id) })
  const loaded = loadable(appQuery)
  // Kept here, not in the forms: a refused decision (decided meanwhile) reloads the application, which then
  // shows no forms, and the answer must stay in view.
  const [failure, setFailure] = useState<Failure | null>(null)

  return (
    <section className="card card--wide" aria-labelledby="review-one-title" data-testid="review-page">
      <p>
        <Link to="/admin/ansokningar" className="crumb" data-testid="review-back">
          {t('joining.review.back')}
        </Link>
      </p>
      {loaded.kind === 'loading' && <Loading />}
      {loaded.kind === 'failed' && <LoadError error={loaded.error} onRetry={() => void appQuery.refetch()} />}
      {loaded.kind === 'loaded' && (
        <>
          <h1 id="review-one-title" className="card__title">
            {loaded.data.organisationName} <StatusBadge status={loaded.data.status} />
          </h1>
          <Facts application={loaded.data} dateTime={dateTime} />
          {failure && (
            <div data-testid={failure.testId}>
              <ErrorMessage title={failure.title} message={failure.message} detail={failure.detail} />
            </div>
          )}
          {loaded.data.status === 'PENDING' ? (
            <div className="grid grid--2">
              <ApproveForm id={id} failure={failure} onFailure={setFailure} />
              <RejectForm id={id} onFailure={setFailure} />
            </div>
          ) : (
            <Decided application={loaded.data} dateTime={dateTime} />
          )}
        </>
      )}
    </section>
  )
}

function Facts({ application: a, dateTime }: { application: Application; dateTime: (iso?: string) => string }) {
  const { t } = useTranslation()
  const facts: [string, string | null | undefined, string][] = [
    [t('joining.field.organisationNumber'), a.organisationNumber, 'review-number'],
    [t('joining.field.kind'), t(`joining.kinds.${a.kind ?? 'OTHER'}`), 'review-kind'],
    [t('joining.field.group'), a.group, 'review-group'],
    [t('joining.review.applicant'), [a.applicant?.name, a.applicant?.username && `(${a.applicant.username})`, a.applicant?.email].filter(Boolean).join(' '), 'review-applicant'],
    [t('joining.field.contactName'), a.contact?.name, 'review-contact-name'],
    [t('joining.field.contactEmail'), a.contact?.email, 'review-contact-email'],
    [t('joining.field.contactPhone'), a.contact?.phone, 'review-contact-phone'],
    [t('joining.review.sent'), dateTime(a.createdAt), 'review-created'],
  ]
  return (
    <>
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value, testId]) => (
            <div key={testId} className="facts__row">
              <dt>{label}</dt>
              <dd data-testid={testId}>{value}</dd>
            </div>
          ))}
      </dl>
      <h2 className="section-title section-title--small">{t('joining.field.activity')}</h2>
      <p className="notes" data-testid="review-activity">
        {a.activity}
      </p>
    </>
  )
}

function Decided({ application: a, dateTime }: { application: Application; dateTime: (iso?: string) => string }) {
  const { t } = useTranslation()
  return (
    <div data-testid="review-decided">
      <p>{t('joining.review.decidedAt', { when: dateTime(a.decidedAt ?? undefined) })}</p>
      {a.status === 'APPROVED' && a.organisation?.code && (
        <p className="success" role="status" data-testid="review-approved">
          {t('joining.review.approved', { code: a.organisation.code })}
        </p>
      )}
      {a.status === 'REJECTED' && (
        <p data-testid="review-rejected">
          {t('joining.review.rejectedBecause')} <strong>{a.rejectReason}</strong>
        </p>
      )}
    </div>
  )
}

type Problem = NonNullable<ReturnType<ReturnType<typeof useJoiningProblem>>>
/** A refused decision in words; testId tells the cases apart for browser tests. */
type Failure = Problem & { testId: 'approve-unavailable' | 'approve-error' | 'reject-error' }

/**
 * A decision: on success the answer replaces the application on screen; a refusal with field errors lands on the
 * form's fields, any other is reported to the page (a decided application is loaded again to show its state).
 */
function useDecision<T>(
  id: string,
  decide: (form: T) => Promise<Application>,
  placeFieldErrors: (error: unknown) => string | undefined,
  onFailure: (failure: Failure | null) => void,
  testId: (error: unknown) => Failure['testId'],
) {
  const queryClient = useQueryClient()
  const problem = useJoiningProblem()
  return useMutation({
    mutationFn: decide,
    onMutate: () => onFailure(null),
    onSuccess: (answer) => {
      queryClient.setQueryData(['joining', 'review', 'one', id], answer)
      void queryClient.invalidateQueries({ queryKey: ['joining', 'review'] })
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400 && !placeFieldErrors(error)) return
      const words = problem(error)
      if (words) onFailure({ ...words, testId: testId(error) })
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: ['joining', 'review'] })
    },
  })
}

const isUnavailable = (error: unknown) => error instanceof ApiError && error.status === 503

function ApproveForm({ id, failure, onFailure }: { id: string; failure: Failure | null; onFailure: (f: Failure | null) => void }) {
  const { t } = useTranslation()
  const membership = useMembershipApi()
  const { register, handleSubmit, setError, formState } = useForm<{ code: string }>({
    resolver: zodResolver(approvalSchema),
    defaultValues: { code: '' },
  })
  const mutation = useDecision<{ code: string }>(
    id,
    (form) => membership.approve(id, form.code.trim() || undefined),
    (error) => applyProblem(error, setError, ['code']),
    onFailure,
    (error) => (isUnavailable(error) ? 'approve-unavailable' : 'approve-error'),
  )
  const unavailable = failure?.testId === 'approve-unavailable'
  return (
    <form className="form panel" onSubmit={(e) => void handleSubmit((form) => mutation.mutate(form))(e)} noValidate data-testid="approve-form">
      <h2 className="section-title section-title--small">{t('joining.review.approveTitle')}</h2>
      <p className="muted">{t('joining.review.approveIntro')}</p>
      <FormField label={t('joining.review.code')} hint={t('joining.review.codeHint')} error={formState.errors.code}>
        <input className="input input--code" data-testid="approve-code" {...register('code')} />
      </FormField>
      <div className="actions">
        <button type="submit" className="button" disabled={mutation.isPending} data-testid="approve-submit">
          {mutation.isPending ? t('joining.review.approving') : unavailable ? t('joining.review.approveAgain') : t('joining.review.approve')}
        </button>
      </div>
    </form>
  )
}

function RejectForm({ id, onFailure }: { id: string; onFailure: (f: Failure | null) => void }) {
  const { t } = useTranslation()
  const membership = useMembershipApi()
  const { register, handleSubmit, setError, formState } = useForm<{ reason: string }>({
    resolver: zodResolver(rejectionSchema),
    defaultValues: { reason: '' },
  })
  const mutation = useDecision<{ reason: string }>(
    id,
    (form) => membership.reject(id, form.reason.trim()),
    (error) => applyProblem(error, setError, ['reason']),
    onFailure,
    () => 'reject-error',
  )
  return (
    <form className="form panel" onSubmit={(e) => void handleSubmit((form) => mutation.mutate(form))(e)} noValidate data-testid="reject-form">
      <h2 className="section-title section-title--small">{t('joining.review.rejectTitle')}</h2>
      <FormField label={t('joining.review.reason')} hint={t('joining.review.reasonHint')} error={formState.errors.reason} required>
        <textarea className="input" rows={3} data-testid="reject-reason" {...register('reason')} />
      </FormField>
      <div className="actions">
        <button type="submit" className="button button--danger" disabled={mutation.isPending} data-testid="reject-submit">
          {t('joining.review.reject')}
        </button>
      </div>
    </form>
  )
}
