import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Building, BuildingRequest } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { Link, useNavigate } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { fieldErrorsOf, group, num, str, text } from './forms'

const PATHS = [
  'name', 'address.street', 'address.postalCode', 'address.city', 'propertyDesignation', 'position.lat',
  'position.lon', 'constructionYear', 'renovationYear', 'dismantlingWindow.from', 'dismantlingWindow.to',
  'contact.name', 'contact.phone', 'contact.email', 'notes', 'assignedOrganisations',
] as const
type Path = (typeof PATHS)[number]
type Values = Record<Path, string>

function valuesOf(b?: Building): Values {
  return {
    name: str(b?.name),
    'address.street': str(b?.address?.street),
    'address.postalCode': str(b?.address?.postalCode),
    'address.city': str(b?.address?.city),
    propertyDesignation: str(b?.propertyDesignation),
    'position.lat': str(b?.position?.lat),
    'position.lon': str(b?.position?.lon),
    constructionYear: str(b?.constructionYear),
    renovationYear: str(b?.renovationYear),
    'dismantlingWindow.from': str(b?.dismantlingWindow?.from),
    'dismantlingWindow.to': str(b?.dismantlingWindow?.to),
    'contact.name': str(b?.contact?.name),
    'contact.phone': str(b?.contact?.phone),
    'contact.email': str(b?.contact?.email),
    notes: str(b?.notes),
    assignedOrganisations: (b?.assignedOrganisations ?? []).map((o) => o.code).join(', '),
  }
}

function requestOf(v: Values): BuildingRequest {
  const lat = num(v['position.lat'])
  const lon = num(v['position.lon'])
  return {
    name: v.name.trim(),
    address: group({ street: text(v['address.street']), postalCode: text(v['address.postalCode']), city: text(v['address.city']) }),
    propertyDesignation: text(v.propertyDesignation),
    position: lat === null && lon === null ? null : ({ lat, lon } as { lat: number; lon: number }),
    constructionYear: num(v.constructionYear),
    renovationYear: num(v.renovationYear),
    dismantlingWindow: group({ from: text(v['dismantlingWindow.from']), to: text(v['dismantlingWindow.to']) }),
    contact: group({ name: text(v['contact.name']), phone: text(v['contact.phone']), email: text(v['contact.email']) }),
    notes: text(v.notes),
    assignedOrganisations: v.assignedOrganisations.split(/[,\s]+/).map((s) => s.trim()).filter(Boolean),
  }
}

/** Create (no id) or edit a building. */
export function BuildingFormPage({ id }: { id?: string }) {
  const { api } = useSession()
  const stateQuery = useQuery({ queryKey: ['BuildingFormPage.state', id], queryFn: () => (id ? api.building(id) : Promise.resolve(null)) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <section className="card"><LoadError error={state.error} onRetry={reload} /></section>
  return <BuildingForm building={state.data ?? undefined} />
}

function BuildingForm({ building }: { building?: Building }) {
  const navigate = useNavigate()
  const { t } = useTranslation()
  const { api } = useSession()
  const errorText = useErrorText()
  const [values, setValues] = useState<Values>(() => valuesOf(building))
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
      const saved = building ? await api.updateBuilding(building.id, building.version, body) : await api.createBuilding(body)
      navigate(`/buildings/${saved.id}`)
    } catch (error) {
      setErrors(fieldErrorsOf(error, [...PATHS]))
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
        data-testid={`building-${path.replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`}
        {...props}
      />
    </Field>
  )
  const year = { type: 'number', inputMode: 'numeric', min: 1000, max: 2100, step: 1 }
  const coordinate = { type: 'text', inputMode: 'decimal' }
  const cancelTo = building ? `/buildings/${building.id}` : '/buildings'

  return (
    <section className="card" aria-labelledby="building-form-title" data-testid="building-form-page">
      <h1 id="building-form-title" className="card__title">
        {building ? t('building.editTitle') : t('building.newTitle')}
      </h1>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="building-form">
        {input('name', t('building.name'), { autoComplete: 'off' })}
        {input('propertyDesignation', t('building.propertyDesignation'), {}, t('building.propertyDesignationHint'))}
        <fieldset className="fieldset">
          <legend>{t('buildings.address')}</legend>
          <div className="grid">
            {input('address.street', t('building.street'), { autoComplete: 'street-address' })}
            {input('address.postalCode', t('building.postalCode'), { autoComplete: 'postal-code', inputMode: 'numeric' })}
            {input('address.city', t('building.city'), { autoComplete: 'address-level2' })}
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('building.position')}</legend>
          <div className="grid">
            {input('position.lat', t('building.lat'), coordinate)}
            {input('position.lon', t('building.lon'), coordinate)}
          </div>
        </fieldset>
        <div className="grid">
          {input('constructionYear', t('building.constructionYear'), year)}
          {input('renovationYear', t('building.renovationYear'), year)}
        </div>
        <fieldset className="fieldset">
          <legend>{t('building.dismantlingWindow')}</legend>
          <div className="grid">
            {input('dismantlingWindow.from', t('building.from'), { type: 'date' })}
            {input('dismantlingWindow.to', t('building.to'), { type: 'date' })}
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('building.contact')}</legend>
          <div className="grid">
            {input('contact.name', t('building.contactName'), { autoComplete: 'name' })}
            {input('contact.phone', t('building.contactPhone'), { type: 'tel', autoComplete: 'tel' })}
            {input('contact.email', t('building.contactEmail'), { type: 'email', autoComplete: 'email' })}
          </div>
        </fieldset>
        {input('assignedOrganisations', t('building.assignedOrganisations'), {}, t('building.assignedOrganisationsHint'))}
        <Field label={t('building.notes')} error={errors.notes}>
          <textarea
            className="input"
            rows={4}
            value={values.notes}
            onChange={(e) => setValues((v) => ({ ...v, notes: e.target.value }))}
            data-testid="building-notes"
          />
        </Field>
        {failure !== undefined && (
          <ErrorMessage
            {...errorText(failure, 'errors.save')}
            message={Object.keys(errors).length > 0 ? t('common.fixFields') : errorText(failure, 'errors.save').message}
            detail={errors._ ?? errorText(failure, 'errors.save').detail}
          />
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={saving} data-testid="building-save">
            {saving ? t('common.saving') : t('common.save')}
          </button>
          <Link to={cancelTo} className="button button--secondary" data-testid="building-cancel">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </section>
  )
}
