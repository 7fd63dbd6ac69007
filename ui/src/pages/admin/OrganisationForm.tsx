import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api'
import { ORGANISATION_KINDS, type OrganisationRequest } from '../../api/admin'
import { ErrorMessage } from '../../components/ErrorMessage'
import { applyProblem, zodResolver } from '../../forms'
import { FormField } from '../../forms/FormField'
import { codeFromName, ORGANISATION_FIELDS, organisationSchema, toRequest, type OrganisationForm as Values } from './organisationSchema'
import { useAdminApi } from './useAdminApi'

interface Props {
  /** create: the code is asked for; edit: the code is shown but cannot change (every user's token carries it). */
  mode: 'create' | 'edit'
  defaultValues: Values
  onSubmit: (request: OrganisationRequest) => Promise<unknown>
  /** Edit: load the organisation again after someone else changed it (412). */
  onReload?: () => void
}

/** The form of an organisation, to register one or edit it; the API's refusals land on their fields. */
export function OrganisationForm({ mode, defaultValues, onSubmit, onReload }: Props) {
  const { t } = useTranslation()
  const api = useAdminApi()
  const groupsQuery = useQuery({ queryKey: ['admin', 'groups', 'all'], queryFn: () => api.groups(0, 100) })
  const groups = groupsQuery.data?.items ?? []
  const [failure, setFailure] = useState<string | undefined>()
  const [stale, setStale] = useState(false)
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getFieldState,
    formState,
  } = useForm<Values, unknown, ReturnType<typeof organisationSchema.parse>>({
    resolver: zodResolver(organisationSchema),
    defaultValues,
  })

  const { errors, isSubmitting } = formState
  // Registering: the code follows the name until it is edited itself.
  const suggestCode = (name: string) => {
    if (mode === 'create' && !getFieldState('code', formState).isDirty) setValue('code', codeFromName(name))
  }

  const submit = handleSubmit(async (values) => {
    setFailure(undefined)
    setStale(false)
    try {
      await onSubmit(toRequest(values))
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        setStale(true)
        return
      }
      setFailure(applyProblem(error, setError, ORGANISATION_FIELDS))
    }
  })

  const prefix = 'organisation'
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="organisation-form">
      <fieldset className="fieldset fieldset--plain" disabled={isSubmitting}>
        <FormField label={t('admin.organisation.name')} error={errors.name} required>
          <input className="input" autoComplete="organization" {...register('name', { onChange: (e: { target: { value: string } }) => suggestCode(e.target.value) })} data-testid={`${prefix}-name`} />
        </FormField>
        <div className="grid grid--2">
          <FormField
            label={t('admin.organisation.code')}
            error={errors.code}
            hint={mode === 'create' ? t('admin.organisation.codeHint') : t('admin.organisation.codeFixed')}
            required={mode === 'create'}
          >
            <input
              className="input input--code"
              readOnly={mode === 'edit'}
              spellCheck={false}
              autoCapitalize="none"
              {...register('code')}
              data-testid={`${prefix}-code`}
            />
          </FormField>
          <FormField label={t('admin.organisation.number')} error={errors.organisationNumber} hint={t('admin.organisation.numberHint')} required>
            <input className="input" inputMode="numeric" placeholder="NNNNNN-NNNN" {...register('organisationNumber')} data-testid={`${prefix}-number`} />
          </FormField>
        </div>
        <div className="grid grid--2">
          <FormField label={t('admin.organisation.kind')} error={errors.kind} required>
            <select className="input" {...register('kind')} data-testid={`${prefix}-kind`}>
              <option value="">{t('admin.organisation.chooseKind')}</option>
              {ORGANISATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`admin.kind.${kind}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label={t('admin.organisation.group')} error={errors.group} hint={t('admin.organisation.groupHint')}>
            <select className="input" {...register('group')} data-testid={`${prefix}-group`}>
              <option value="">{t('admin.organisation.noGroup')}</option>
              {groups.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.name}
                </option>
              ))}
              {defaultValues.group && !groups.some((g) => g.code === defaultValues.group) && (
                <option value={defaultValues.group}>{defaultValues.group}</option>
              )}
            </select>
          </FormField>
        </div>
        <fieldset className="fieldset">
          <legend>{t('admin.organisation.contact')}</legend>
          <FormField label={t('admin.organisation.contactName')} error={errors.contact?.name}>
            <input className="input" autoComplete="off" {...register('contact.name')} data-testid={`${prefix}-contact-name`} />
          </FormField>
          <div className="grid grid--2">
            <FormField label={t('admin.organisation.contactEmail')} error={errors.contact?.email}>
              <input className="input" type="email" autoComplete="off" {...register('contact.email')} data-testid={`${prefix}-contact-email`} />
            </FormField>
            <FormField label={t('admin.organisation.contactPhone')} error={errors.contact?.phone}>
              <input className="input" type="tel" autoComplete="off" {...register('contact.phone')} data-testid={`${prefix}-contact-phone`} />
            </FormField>
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('admin.organisation.address')}</legend>
          <FormField label={t('admin.organisation.street')} error={errors.address?.street}>
            <input className="input" autoComplete="off" {...register('address.street')} data-testid={`${prefix}-street`} />
          </FormField>
          <div className="grid grid--2">
            <FormField label={t('admin.organisation.postalCode')} error={errors.address?.postalCode}>
              <input className="input" autoComplete="off" {...register('address.postalCode')} data-testid={`${prefix}-postal-code`} />
            </FormField>
            <FormField label={t('admin.organisation.city')} error={errors.address?.city}>
              <input className="input" autoComplete="off" {...register('address.city')} data-testid={`${prefix}-city`} />
            </FormField>
          </div>
        </fieldset>
      </fieldset>
      {stale && (
        <div data-testid="organisation-stale">
          <ErrorMessage message={t('admin.organisation.stale')}>
            {onReload && (
              <button type="button" className="button" onClick={onReload} data-testid="organisation-reload">
                {t('admin.organisation.reload')}
              </button>
            )}
          </ErrorMessage>
        </div>
      )}
      {failure !== undefined && <ErrorMessage message={t('admin.organisation.saveFailed')} detail={failure} />}
      <div className="actions">
        <button type="submit" className="button" disabled={isSubmitting} data-testid="organisation-save">
          {isSubmitting ? t('common.saving') : mode === 'create' ? t('admin.organisation.register') : t('common.save')}
        </button>
      </div>
    </form>
  )
}
