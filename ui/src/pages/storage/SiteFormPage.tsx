import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Site, SiteRequest } from '../../api'
import { Field } from '../../components/Field'
import { LoadError, Loading } from '../../components/LoadError'
import { Link, useNavigate } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { group, num, str, text } from '../inventory/forms'
import { FormError, storageFieldErrors } from './shared'

const PATHS = [
  'name', 'address.street', 'address.postalCode', 'address.city', 'latitude', 'longitude', 'openingHours',
  'floorCapacityM2', 'palletCapacity', 'ageAlertDays', 'deliverers',
] as const
type Path = (typeof PATHS)[number]
type Values = Record<Path, string>

const DEFAULT_AGE_ALERT_DAYS = 180

function valuesOf(site?: Site): Values {
  return {
    name: str(site?.name),
    'address.street': str(site?.address?.street),
    'address.postalCode': str(site?.address?.postalCode),
    'address.city': str(site?.address?.city),
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
    address: group({ street: text(v['address.street']), postalCode: text(v['address.postalCode']), city: text(v['address.city']) }),
    latitude: num(v.latitude),
    longitude: num(v.longitude),
    openingHours: text(v.openingHours),
    floorCapacityM2: num(v.floorCapacityM2),
    palletCapacity: num(v.palletCapacity),
    ageAlertDays: num(v.ageAlertDays) ?? DEFAULT_AGE_ALERT_DAYS,
    // No organisation directory in the API yet: deliverers are given by organisation id, one per line or comma.
    deliverers: v.deliverers.split(/[,\s]+/).map((s) => s.trim()).filter(Boolean),
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
  const [values, setValues] = useState<Values>(() => valuesOf(site))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<unknown>()
  const [saving, setSaving] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    setFailure(undefined)
    setErrors({})
    try {
      const body = requestOf(values)
      const saved = site ? await storage.updateSite(site.id, site.version, body) : await storage.createSite(body)
      navigate(`/lager/${saved.id}`)
    } catch (error) {
      setErrors(storageFieldErrors(error, [...PATHS]))
      setFailure(error)
      setSaving(false)
    }
  }

  const input = (path: Path, label: string, props: Record<string, unknown> = {}, hint?: string) => (
    <Field label={label} error={errors[path]} hint={hint} required={path === 'name'}>
      <input
        className="input"
        name={path}
        value={values[path]}
        onChange={(e) => setValues((v) => ({ ...v, [path]: e.target.value }))}
        data-testid={testIdOf(path)}
        {...props}
      />
    </Field>
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
        <fieldset className="fieldset fieldset--plain" disabled={saving}>
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
          <Field label={t('storage.siteForm.deliverers')} error={errors.deliverers} hint={t('storage.siteForm.deliverersHint')}>
            <textarea
              className="input"
              rows={3}
              value={values.deliverers}
              onChange={(e) => setValues((v) => ({ ...v, deliverers: e.target.value }))}
              data-testid="site-deliverers"
            />
          </Field>
          {site && site.deliverers.length > 0 && (
            <p className="muted" data-testid="site-deliverers-current">
              {t('storage.siteForm.deliverersNow', { names: site.deliverers.map((o) => `${o.name} (${o.id})`).join(', ') })}
            </p>
          )}
        </fieldset>
        <FormError failure={failure} errors={errors} />
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
