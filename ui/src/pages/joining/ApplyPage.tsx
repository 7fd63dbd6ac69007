import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { loadable } from '../../api'
import { ORGANISATION_KINDS, type Application } from '../../api/membership'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading } from '../../components/LoadError'
import { applyProblem, zodResolver } from '../../forms'
import { FormField } from '../../forms/FormField'
import { useSession } from '../../session'
import { applicationSchema, emptyApplication, toApplicationRequest, type ApplicationForm } from './schema'
import { MY_APPLICATIONS, SignInAgain, StatusBadge, useDateTime, useJoiningProblem, useMembershipApi } from './shared'

/** /ansok: apply to join with an organisation, and follow one's own applications. */
export function ApplyPage() {
  const { t } = useTranslation()
  const { standing } = useSession()
  const membership = useMembershipApi()
  const mineQuery = useQuery({ queryKey: MY_APPLICATIONS, queryFn: () => membership.myApplications() })
  const mine = loadable(mineQuery)
  const member = standing?.organisationState === 'ACTIVE'

  return (
    <section className="card card--wide" aria-labelledby="apply-title" data-testid="apply-page">
      <h1 id="apply-title" className="card__title">
        {t('joining.apply.title')}
      </h1>
      {member ? (
        <p className="notice" data-testid="apply-member">
          {t('joining.apply.member', { organisation: standing?.organisationName ?? standing?.organisationCode })}
        </p>
      ) : (
        <p className="muted">{t('joining.apply.intro')}</p>
      )}
      {mine.kind === 'loading' && <Loading />}
      {mine.kind === 'failed' && <LoadError error={mine.error} onRetry={() => void mineQuery.refetch()} />}
      {mine.kind === 'loaded' && (
        <>
          {!member && !mine.data.some((a) => a.status === 'PENDING' || a.status === 'APPROVED') && <ApplicationFormSection />}
          <MyApplications applications={mine.data} />
        </>
      )}
    </section>
  )
}

const FIELDS = [
  'organisationName', 'organisationNumber', 'kind', 'group', 'contact.name', 'contact.email', 'contact.phone', 'activity',
] as const

function ApplicationFormSection() {
  const { t } = useTranslation()
  const membership = useMembershipApi()
  const queryClient = useQueryClient()
  const [formError, setFormError] = useState<string>()
  const { register, handleSubmit, setError, formState } = useForm<ApplicationForm>({
    resolver: zodResolver(applicationSchema),
    defaultValues: emptyApplication,
  })
  const { errors } = formState
  const apply = useMutation({
    mutationFn: (form: ApplicationForm) => membership.apply(toApplicationRequest(applicationSchema.parse(form))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_APPLICATIONS }),
    onError: (error) => setFormError(applyProblem(error, setError, FIELDS)),
  })

  const submit = handleSubmit(
    (form) => {
      setFormError(undefined)
      apply.mutate(form)
    },
    () => setFormError(undefined),
  )

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="apply-form" aria-labelledby="apply-form-title">
      <h2 id="apply-form-title" className="section-title">
        {t('joining.apply.formTitle')}
      </h2>
      <fieldset className="fieldset fieldset--plain" disabled={apply.isPending}>
        <div className="grid grid--2">
          <FormField label={t('joining.field.organisationName')} error={errors.organisationName} required>
            <input className="input" autoComplete="organization" data-testid="apply-name" {...register('organisationName')} />
          </FormField>
          <FormField
            label={t('joining.field.organisationNumber')}
            hint={t('joining.field.organisationNumberHint')}
            error={errors.organisationNumber}
            required
          >
            <input className="input" inputMode="numeric" placeholder="NNNNNN-NNNN" data-testid="apply-number" {...register('organisationNumber')} />
          </FormField>
          <FormField label={t('joining.field.kind')} error={errors.kind} required>
            <select className="input" data-testid="apply-kind" {...register('kind')}>
              <option value="">{t('joining.field.chooseKind')}</option>
              {ORGANISATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`joining.kinds.${kind}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label={t('joining.field.group')} hint={t('joining.field.groupHint')} error={errors.group}>
            <input className="input" data-testid="apply-group" {...register('group')} />
          </FormField>
          <FormField label={t('joining.field.contactName')} error={errors.contact?.name} required>
            <input className="input" autoComplete="name" data-testid="apply-contact-name" {...register('contact.name')} />
          </FormField>
          <FormField label={t('joining.field.contactEmail')} error={errors.contact?.email} required>
            <input className="input" type="email" autoComplete="email" data-testid="apply-contact-email" {...register('contact.email')} />
          </FormField>
          <FormField label={t('joining.field.contactPhone')} error={errors.contact?.phone}>
            <input className="input" type="tel" autoComplete="tel" data-testid="apply-contact-phone" {...register('contact.phone')} />
          </FormField>
        </div>
        <FormField label={t('joining.field.activity')} hint={t('joining.field.activityHint')} error={errors.activity} required>
          <textarea className="input" rows={4} data-testid="apply-activity" {...register('activity')} />
        </FormField>
      </fieldset>
      {formError && <ErrorMessage message={formError} />}
      {Object.keys(errors).length > 0 && !formError && (
        <p className="field__error" data-testid="apply-fix-fields">
          {t('common.fixFields')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={apply.isPending} data-testid="apply-submit">
          {apply.isPending ? t('joining.apply.sending') : t('joining.apply.submit')}
        </button>
      </div>
    </form>
  )
}

function MyApplications({ applications }: { applications: Application[] }) {
  const { t } = useTranslation()
  if (applications.length === 0) return null
  return (
    <section aria-labelledby="my-applications-title" data-testid="my-applications">
      <h2 id="my-applications-title" className="section-title">
        {t('joining.apply.mine')}
      </h2>
      <ul className="list">
        {applications.map((a) => (
          <MyApplication key={a.id} application={a} />
        ))}
      </ul>
    </section>
  )
}

function MyApplication({ application: a }: { application: Application }) {
  const { t } = useTranslation()
  const membership = useMembershipApi()
  const queryClient = useQueryClient()
  const dateTime = useDateTime()
  const problem = useJoiningProblem()
  const withdraw = useMutation({
    mutationFn: () => membership.withdraw(a.id ?? ''),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MY_APPLICATIONS }),
  })
  const failure = problem(withdraw.error)

  function confirmWithdraw() {
    if (window.confirm(t('joining.apply.withdrawConfirm'))) withdraw.mutate()
  }

  return (
    <li className="panel" data-testid="my-application" data-status={a.status} data-id={a.id} data-number={a.organisationNumber}>
      <h3 className="list__title">
        {a.organisationName} <StatusBadge status={a.status} />
      </h3>
      <p className="muted">
        {a.organisationNumber} · {t(`joining.kinds.${a.kind ?? 'OTHER'}`)} · {t('joining.apply.sent', { when: dateTime(a.createdAt) })}
      </p>
      {a.status === 'PENDING' && (
        <>
          <p data-testid="application-pending">{t('joining.apply.pending')}</p>
          <button type="button" className="button button--secondary" disabled={withdraw.isPending} onClick={confirmWithdraw} data-testid="application-withdraw">
            {t('joining.apply.withdraw')}
          </button>
        </>
      )}
      {a.status === 'APPROVED' && (
        <>
          <p className="success" role="status" data-testid="application-approved">
            {t('joining.apply.approved')}
          </p>
          <SignInAgain testId="application-sign-in-again" />
        </>
      )}
      {a.status === 'REJECTED' && (
        <p data-testid="application-rejected">
          {t('joining.apply.rejected')} <strong data-testid="application-reject-reason">{a.rejectReason}</strong>
        </p>
      )}
      {a.status === 'WITHDRAWN' && <p data-testid="application-withdrawn">{t('joining.apply.withdrawn')}</p>}
      {failure && <ErrorMessage title={failure.title} message={failure.message} detail={failure.detail} />}
    </li>
  )
}
