import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { get, useForm, type FieldPath } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { Building, BuildingRequest } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { Link, useNavigate } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import {
  applyProblem, FormField, message, numberText, optionalEmail, optionalText, parseNumber, requiredText, zodResolver,
} from '../../forms'
import { group, str, text } from './forms'

/** BuildingRequest's rules (inventory/api/BuildingRequest.java and BuildingService), on the form's text. */
const schema = z
  .object({
    name: requiredText(200),
    propertyDesignation: optionalText(120),
    address: z.object({ street: optionalText(200), postalCode: optionalText(20), city: optionalText(100) }),
    position: z.object({ lat: numberText({ min: -90, max: 90 }), lon: numberText({ min: -180, max: 180 }) }),
    constructionYear: numberText({ whole: true, min: 1000, max: 2100 }),
    renovationYear: numberText({ whole: true, min: 1000, max: 2100 }),
    dismantlingWindow: z.object({ from: z.string(), to: z.string() }),
    contact: z.object({ name: optionalText(120), phone: optionalText(40), email: optionalEmail(200) }),
    assignedOrganisations: z.string().refine((v) => codesOf(v).length <= 20, message('fieldError.TooMany', { max: 20 })),
    notes: optionalText(4000),
  })
  .superRefine((v, context) => {
    const lat = v.position.lat.trim()
    const lon = v.position.lon.trim()
    if (lat === '' && lon !== '') context.addIssue({ code: 'custom', path: ['position', 'lat'], message: 'validation.required' })
    if (lon === '' && lat !== '') context.addIssue({ code: 'custom', path: ['position', 'lon'], message: 'validation.required' })
    const built = parseNumber(v.constructionYear)
    const renovated = parseNumber(v.renovationYear)
    if (built !== null && renovated !== null && renovated < built) {
      context.addIssue({ code: 'custom', path: ['renovationYear'], message: 'validation.renovatedBeforeBuilt' })
    }
    const { from, to } = v.dismantlingWindow
    if (from && to && to < from) context.addIssue({ code: 'custom', path: ['dismantlingWindow', 'to'], message: 'validation.endsBeforeStart' })
  })
type Values = z.infer<typeof schema>

/** The form's fields in the order of the form: applyProblem puts the server's errors on them, the first focused. */
const FIELDS: FieldPath<Values>[] = [
  'name', 'propertyDesignation', 'address.street', 'address.postalCode', 'address.city', 'position.lat',
  'position.lon', 'constructionYear', 'renovationYear', 'dismantlingWindow.from', 'dismantlingWindow.to',
  'contact.name', 'contact.phone', 'contact.email', 'assignedOrganisations', 'notes',
]

const codesOf = (value: string) => value.split(/[,\s]+/).map((s) => s.trim()).filter(Boolean)

function valuesOf(b?: Building): Values {
  return {
    name: str(b?.name),
    address: { street: str(b?.address?.street), postalCode: str(b?.address?.postalCode), city: str(b?.address?.city) },
    propertyDesignation: str(b?.propertyDesignation),
    position: { lat: str(b?.position?.lat), lon: str(b?.position?.lon) },
    constructionYear: str(b?.constructionYear),
    renovationYear: str(b?.renovationYear),
    dismantlingWindow: { from: str(b?.dismantlingWindow?.from), to: str(b?.dismantlingWindow?.to) },
    contact: { name: str(b?.contact?.name), phone: str(b?.contact?.phone), email: str(b?.contact?.email) },
    notes: str(b?.notes),
    assignedOrganisations: (b?.assignedOrganisations ?? []).map((o) => o.code).join(', '),
  }
}

function requestOf(v: Values): BuildingRequest {
  const lat = parseNumber(v.position.lat)
  const lon = parseNumber(v.position.lon)
  return {
    name: v.name.trim(),
    address: group({ street: text(v.address.street), postalCode: text(v.address.postalCode), city: text(v.address.city) }),
    propertyDesignation: text(v.propertyDesignation),
    position: lat === null || lon === null ? null : { lat, lon },
    constructionYear: parseNumber(v.constructionYear),
    renovationYear: parseNumber(v.renovationYear),
    dismantlingWindow: group({ from: text(v.dismantlingWindow.from), to: text(v.dismantlingWindow.to) }),
    contact: group({ name: text(v.contact.name), phone: text(v.contact.phone), email: text(v.contact.email) }),
    notes: text(v.notes),
    assignedOrganisations: codesOf(v.assignedOrganisations),
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
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: valuesOf(building),
  })
  const { errors, isSubmitting } = formState
  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()

  const save = handleSubmit(async (values) => {
    setFailure(undefined)
    try {
      const body = requestOf(values)
      const saved = building ? await api.updateBuilding(building.id, building.version, body) : await api.createBuilding(body)
      navigate(`/buildings/${saved.id}`)
    } catch (error) {
      setRest(applyProblem(error, setError, FIELDS, { labels: { 'position.lat': t('building.lat'), 'position.lon': t('building.lon') } }))
      setFailure(error)
    }
  })

  const input = (path: FieldPath<Values>, label: string, props: Record<string, unknown> = {}, hint?: string) => (
    <FormField label={label} error={get(errors, path)} hint={hint} required={path === 'name'}>
      <input
        className="input"
        {...register(path)}
        data-testid={`building-${path.replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`}
        {...props}
      />
    </FormField>
  )
  const year = { type: 'number', inputMode: 'numeric', min: 1000, max: 2100, step: 1 }
  const coordinate = { type: 'text', inputMode: 'decimal' }
  const cancelTo = building ? `/buildings/${building.id}` : '/buildings'
  const failed = failure !== undefined ? errorText(failure, 'errors.save') : undefined

  return (
    <section className="card" aria-labelledby="building-form-title" data-testid="building-form-page">
      <h1 id="building-form-title" className="card__title">
        {building ? t('building.editTitle') : t('building.newTitle')}
      </h1>
      <form className="form" onSubmit={(e) => void save(e)} noValidate data-testid="building-form">
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
        <FormField label={t('building.notes')} error={errors.notes}>
          <textarea className="input" rows={4} {...register('notes')} data-testid="building-notes" />
        </FormField>
        {failed && (
          <ErrorMessage {...failed} message={rest === undefined ? t('common.fixFields') : failed.message} detail={rest ?? failed.detail} />
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={isSubmitting} data-testid="building-save">
            {isSubmitting ? t('common.saving') : t('common.save')}
          </button>
          <Link to={cancelTo} className="button button--secondary" data-testid="building-cancel">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </section>
  )
}
