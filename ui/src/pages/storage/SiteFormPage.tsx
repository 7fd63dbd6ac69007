import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { get, useForm, type FieldPath } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Site, SiteRequest } from '../../api'
import { LoadError, Loading } from '../../components/LoadError'
import { Link, useNavigate } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { z } from 'zod'
import { applyProblem, FormField, message, numberText, optionalText, parseNumber, requiredText, zodResolver } from '../../forms'
import { group, str, text } from '../inventory/forms'
import { FormError } from './shared'

/** SiteRequest's rules (storage/api/SiteRequest.java), on the form's text. */
const schema = z
  .object({
    name: requiredText(200),
    address: z.object({ street: optionalText(200), postalCode: optionalText(20), city: optionalText(100) }),
    latitude: numberText({ min: -90, max: 90 }),
    longitude: numberText({ min: -180, max: 180 }),
    openingHours: optionalText(500),
    palletCapacity: numberText({ whole: true, min: 0, max: 1_000_000 }),
    floorCapacityM2: numberText({ min: 0 }),
    ageAlertDays: numberText({ whole: true, min: 1, max: 3650 }),
    deliverers: z.string().refine((v) => deliverersOf(v).length <= 100, message('fieldError.TooMany', { max: 100 })),
  })
  .superRefine((v, context) => {
    const lat = v.latitude.trim()
    const lon = v.longitude.trim()
    if (lat === '' && lon !== '') context.addIssue({ code: 'custom', path: ['latitude'], message: 'validation.required' })
    if (lon === '' && lat !== '') context.addIssue({ code: 'custom', path: ['longitude'], message: 'validation.required' })
  })
type Values = z.infer<typeof schema>

/** The form's fields in the order of the form: applyProblem puts the server's errors on them, the first focused. */
const FIELDS: FieldPath<Values>[] = [
  'name', 'address.street', 'address.postalCode', 'address.city', 'latitude', 'longitude', 'openingHours',
  'palletCapacity', 'floorCapacityM2', 'ageAlertDays', 'deliverers',
]

// No organisation directory in the API yet: deliverers are given by organisation id, one per line or comma.
const deliverersOf = (value: string) => value.split(/[,\s]+/).map((s) => s.trim()).filter(Boolean)

const DEFAULT_AGE_ALERT_DAYS = 180

function valuesOf(site?: Site): Values {
  return {
    name: str(site?.name),
    address: { street: str(site?.address?.street), postalCode: str(site?.address?.postalCode), city: str(site?.address?.city) },
    latitude: str(site?.latitude),
    longitude: str(site?.longitude),
    openingHours: str(site?.openingHours),
    floorCapacityM2: str(site?.floorCapacityM2),
    palletCapacity: str(site?.palletCapacity),
    ageAlertDays: str(site ? site.ageAlertDays : DEFAULT_AGE_ALERT_DAYS),
    deliverers: (site?.deliverers ?? []).map((o) => o.id).join('\n'),
  }
}

function requestOf(v: Values): SiteRequest {
  return {
    name: v.name.trim(),
    address: group({ street: text(v.address.street), postalCode: text(v.address.postalCode), city: text(v.address.city) }),
    latitude: parseNumber(v.latitude),
    longitude: parseNumber(v.longitude),
    openingHours: text(v.openingHours),
    floorCapacityM2: parseNumber(v.floorCapacityM2),
    palletCapacity: parseNumber(v.palletCapacity),
    ageAlertDays: parseNumber(v.ageAlertDays) ?? DEFAULT_AGE_ALERT_DAYS,
    deliverers: deliverersOf(v.deliverers),
  }
}

const testIdOf = (path: string) => `site-${path.replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`

/** /lager/nytt and /lager/:siteId/redigera: create or edit a storage site (operators). */
export function SiteFormPage({ id }: { id?: string }) {
  const { storage } = useSession()
  const stateQuery = useQuery({ queryKey: ['SiteFormPage.state', id], queryFn: () => (id ? storage.site(id) : Promise.resolve(null)) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <section className="card"><LoadError error={state.error} onRetry={reload} /></section>
  return <SiteForm site={state.data ?? undefined} />
}

function SiteForm({ site }: { site?: Site }) {
  const navigate = useNavigate()
  const { t } = useTranslation()
  const { storage } = useSession()
  const { register, handleSubmit, setError, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: valuesOf(site) })
  const { errors, isSubmitting: saving } = formState
  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()

  const submit = handleSubmit(async (values) => {
    setFailure(undefined)
    try {
      const body = requestOf(values)
      const saved = site ? await storage.updateSite(site.id, site.version, body) : await storage.createSite(body)
      navigate(`/lager/${saved.id}`)
    } catch (error) {
      setRest(applyProblem(error, setError, FIELDS, { labels: { latitude: t('building.lat'), longitude: t('building.lon') } }))
      setFailure(error)
    }
  })

  const input = (path: FieldPath<Values>, label: string, props: Record<string, unknown> = {}, hint?: string) => (
    <FormField label={label} error={get(errors, path)} hint={hint} required={path === 'name'}>
      <input className="input" {...register(path)} data-testid={testIdOf(path)} {...props} />
    </FormField>
  )
  const decimal = { type: 'text', inputMode: 'decimal' }
  const integer = { type: 'number', inputMode: 'numeric', min: 0, step: 1 }
  const cancelTo = site ? `/lager/${site.id}` : '/lager'

  return (
    <section className="card" aria-labelledby="site-form-title" data-testid="site-form-page">
      <p className="crumb">
        <Link to={cancelTo}>← {site ? site.name : t('storage.sites.title')}</Link>
      </p>
      <h1 id="site-form-title" className="card__title">
        {site ? t('storage.siteForm.editTitle') : t('storage.siteForm.newTitle')}
      </h1>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="site-form">
        <fieldset className="fieldset fieldset--plain">
          {input('name', t('storage.siteForm.name'), { autoComplete: 'off' })}
          <fieldset className="fieldset">
            <legend>{t('storage.siteForm.address')}</legend>
            <div className="grid">
              {input('address.street', t('building.street'), { autoComplete: 'street-address' })}
              {input('address.postalCode', t('building.postalCode'), { autoComplete: 'postal-code', inputMode: 'numeric' })}
              {input('address.city', t('building.city'), { autoComplete: 'address-level2' })}
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend>{t('building.position')}</legend>
            <div className="grid">
              {input('latitude', t('building.lat'), decimal)}
              {input('longitude', t('building.lon'), decimal)}
            </div>
          </fieldset>
          {input('openingHours', t('storage.siteForm.openingHours'), {}, t('storage.siteForm.openingHoursHint'))}
          <fieldset className="fieldset">
            <legend>{t('storage.siteForm.capacity')}</legend>
            <div className="grid">
              {input('palletCapacity', t('storage.siteForm.palletCapacity'), integer)}
              {input('floorCapacityM2', t('storage.siteForm.floorCapacityM2'), decimal)}
              {input('ageAlertDays', t('storage.siteForm.ageAlertDays'), integer, t('storage.siteForm.ageAlertDaysHint'))}
            </div>
          </fieldset>
          <FormField label={t('storage.siteForm.deliverers')} error={errors.deliverers} hint={t('storage.siteForm.deliverersHint')}>
            <textarea className="input" rows={3} {...register('deliverers')} data-testid="site-deliverers" />
          </FormField>
          {site && site.deliverers.length > 0 && (
            <p className="muted" data-testid="site-deliverers-current">
              {t('storage.siteForm.deliverersNow', { names: site.deliverers.map((o) => `${o.name} (${o.id})`).join(', ') })}
            </p>
          )}
        </fieldset>
        <FormError failure={failure} errors={failure === undefined ? {} : rest === undefined ? { marked: '' } : { _: rest }} />
        <div className="actions">
          <button type="submit" className="button" disabled={saving} data-testid="site-save">
            {saving ? t('common.saving') : t('common.save')}
          </button>
          <Link to={cancelTo} className="button button--secondary" data-testid="site-cancel">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </section>
  )
}
