import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { type FieldPath, get, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  CONDITIONS, PRICE_KINDS, UNITS, VISIBILITIES,
  type Category, type Listing, type ListingRequest,
} from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading } from '../../components/LoadError'
import { Link, useNavigate } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { z } from 'zod'
import {
  applyProblem, CategoryField, chosen, FieldMessage, focusFirstInvalid, FormField, numberText, optionalText, parseNumber,
  requiredText, zodResolver,
} from '../../forms'
import { group, str, text } from '../inventory/forms'
import { PhotoPanel } from '../inventory/PhotoPanel'
import { isStale, useListingErrorText } from './errors'

const text200 = optionalText(200)
/** ListingRequest's rules (listing/api/ListingRequest.java) and ListingRules', on the form's text. */
const schema = z
  .object({
    title: requiredText(200),
    categoryId: chosen(),
    description: optionalText(5000),
    material: text200,
    quantity: numberText({ required: true, positive: true, max: 100_000_000 }),
    unit: z.enum(UNITS),
    condition: z.string(),
    conditionNotes: optionalText(2000),
    price: z.object({ kind: z.enum(PRICE_KINDS), sek: numberText({ min: 0, max: 100_000_000 }) }),
    dimensions: z.object({
      lengthMm: numberText({ whole: true, positive: true, max: 1_000_000 }),
      widthMm: numberText({ whole: true, positive: true, max: 1_000_000 }),
      heightMm: numberText({ whole: true, positive: true, max: 1_000_000 }),
    }),
    weightPerUnitKg: numberText({ min: 0, max: 100_000_000 }),
    location: z.object({
      streetAddress: text200,
      postalCode: optionalText(20),
      city: optionalText(100),
      latitude: numberText({ min: -90, max: 90 }),
      longitude: numberText({ min: -180, max: 180 }),
    }),
    pickupInstructions: optionalText(2000),
    availableFrom: z.string(),
    visibility: z.enum(VISIBILITIES),
    publicFrom: z.string(),
    expiresOn: z.string(),
    status: z.enum(['DRAFT', 'PUBLISHED']),
  })
  .superRefine((v, context) => {
    if (v.price.kind === 'FIXED' && v.price.sek.trim() === '') {
      context.addIssue({ code: 'custom', path: ['price', 'sek'], message: 'validation.required' })
    }
    const lat = v.location.latitude.trim()
    const lon = v.location.longitude.trim()
    if (lat === '' && lon !== '') context.addIssue({ code: 'custom', path: ['location', 'latitude'], message: 'validation.required' })
    if (lon === '' && lat !== '') context.addIssue({ code: 'custom', path: ['location', 'longitude'], message: 'validation.required' })
  })
type Values = z.infer<typeof schema>

/** The form's fields in the order of the form: applyProblem puts the server's errors on them, the first focused. */
const FIELDS: FieldPath<Values>[] = [
  'title', 'categoryId', 'description', 'material', 'quantity', 'unit', 'condition', 'conditionNotes', 'price.kind',
  'price.sek', 'dimensions.lengthMm', 'dimensions.widthMm', 'dimensions.heightMm', 'weightPerUnitKg',
  'location.streetAddress', 'location.postalCode', 'location.city', 'location.latitude', 'location.longitude',
  'pickupInstructions', 'availableFrom', 'visibility', 'publicFrom', 'expiresOn', 'status',
]

function valuesOf(l?: Listing): Values {
  return {
    title: str(l?.title),
    categoryId: l?.category.id ?? '',
    description: str(l?.description),
    material: str(l?.material),
    quantity: str(l?.quantity),
    unit: l?.unit ?? 'st',
    condition: String(l?.condition ?? 2),
    conditionNotes: str(l?.conditionNotes),
    price: { kind: l?.price.kind ?? 'FREE', sek: str(l?.price.sek) },
    dimensions: { lengthMm: str(l?.dimensions?.lengthMm), widthMm: str(l?.dimensions?.widthMm), heightMm: str(l?.dimensions?.heightMm) },
    weightPerUnitKg: str(l?.weightPerUnitKg),
    location: {
      streetAddress: str(l?.location?.streetAddress),
      postalCode: str(l?.location?.postalCode),
      city: str(l?.location?.city),
      latitude: str(l?.location?.latitude),
      longitude: str(l?.location?.longitude),
    },
    pickupInstructions: str(l?.pickupInstructions),
    availableFrom: str(l?.availableFrom),
    visibility: l?.visibility ?? 'PUBLIC',
    publicFrom: str(l?.publicFrom),
    expiresOn: str(l?.expiresOn),
    // Saving a withdrawn, expired or reserved listing from this form publishes it again (or keeps it a draft).
    status: l?.status === 'DRAFT' ? 'DRAFT' : l ? 'PUBLISHED' : 'DRAFT',
  }
}

function requestOf(v: Values): ListingRequest {
  return {
    title: v.title.trim(),
    description: text(v.description),
    categoryId: v.categoryId,
    material: text(v.material),
    quantity: parseNumber(v.quantity) as number,
    unit: v.unit,
    dimensions: group({
      lengthMm: parseNumber(v.dimensions.lengthMm),
      widthMm: parseNumber(v.dimensions.widthMm),
      heightMm: parseNumber(v.dimensions.heightMm),
    }),
    weightPerUnitKg: parseNumber(v.weightPerUnitKg),
    condition: Number(v.condition),
    conditionNotes: text(v.conditionNotes),
    price: { kind: v.price.kind, sek: v.price.kind === 'FIXED' ? parseNumber(v.price.sek) : null },
    location: group({
      streetAddress: text(v.location.streetAddress),
      postalCode: text(v.location.postalCode),
      city: text(v.location.city),
      latitude: parseNumber(v.location.latitude),
      longitude: parseNumber(v.location.longitude),
    }),
    pickupInstructions: text(v.pickupInstructions),
    availableFrom: text(v.availableFrom),
    visibility: v.visibility,
    publicFrom: v.visibility === 'INTERNAL' ? text(v.publicFrom) : null,
    expiresOn: text(v.expiresOn),
    status: v.status,
  }
}

const testIdOf = (path: string) => `listing-${path.replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`

/** Create (no id) or edit a listing. */
export function ListingFormPage({ id }: { id?: string }) {
  const { api, listings } = useSession()
  const stateQuery = useQuery({ queryKey: ['ListingFormPage.state', id], queryFn: () => Promise.all([api.categories(), id ? listings.get(id) : Promise.resolve(undefined)]) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <section className="card"><LoadError error={state.error} onRetry={reload} /></section>
  const [categories, listing] = state.data
  return <ListingForm categories={categories} listing={listing} />
}

function ListingForm({ categories, listing }: { categories: Category[]; listing?: Listing }) {
  const navigate = useNavigate()
  const { t } = useTranslation()
  const { listings } = useSession()
  const errorText = useListingErrorText()
  const { register, control, handleSubmit, setError, setFocus, setValue, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: valuesOf(listing),
    shouldFocusError: false,
  })
  const { errors, isSubmitting: saving } = formState
  const [queued, setQueued] = useState<File[]>([])
  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()
  const [locating, setLocating] = useState(false)
  // A reserved or handed-over listing belongs to its reservation: the service refuses edits (409).
  const editable = listing ? listing.editable && listing.status !== 'RESERVED' && listing.status !== 'HANDED_OVER' : true
  const back = listing ? `/annonser/${listing.id}` : '/annonser'
  const title = useWatch({ control, name: 'title' })
  const priceKind = useWatch({ control, name: 'price.kind' })
  const visibility = useWatch({ control, name: 'visibility' })

  const submit = handleSubmit(async (values) => {
    setFailure(undefined)
    try {
      const body = requestOf(values)
      const saved = listing ? await listings.update(listing.id, listing.version, body) : await listings.create(body)
      for (const file of queued) await listings.uploadPhoto(saved.id, file)
      navigate(`/annonser/${saved.id}`)
    } catch (error) {
      setRest(applyProblem(error, setError, FIELDS, { labels: { 'location.latitude': t('building.lat'), 'location.longitude': t('building.lon') } }))
      setFailure(error)
    }
  }, focusFirstInvalid(setFocus, FIELDS))

  async function withdraw() {
    if (!listing || !window.confirm(t('listing.withdrawConfirm'))) return
    setFailure(undefined)
    try {
      await listings.withdraw(listing.id, listing.version)
      navigate(`/annonser/${listing.id}`)
    } catch (error) {
      setRest(undefined)
      setFailure(error)
    }
  }

  function locate() {
    if (!('geolocation' in navigator)) return
    setLocating(true)
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false)
        setValue('location.latitude', position.coords.latitude.toFixed(5))
        setValue('location.longitude', position.coords.longitude.toFixed(5))
      },
      () => setLocating(false),
      { timeout: 15_000 },
    )
  }

  const input = (path: FieldPath<Values>, label: string, props: Record<string, unknown> = {}, required = false, hint?: string) => (
    <FormField label={label} error={get(errors, path)} required={required} hint={hint}>
      <input className="input" {...register(path)} data-testid={testIdOf(path)} {...props} />
    </FormField>
  )
  const area = (path: FieldPath<Values>, label: string, rows = 2) => (
    <FormField label={label} error={get(errors, path)}>
      <textarea className="input" rows={rows} {...register(path)} data-testid={testIdOf(path)} />
    </FormField>
  )
  const radios = (legend: string, name: 'condition' | 'visibility' | 'status', options: readonly (string | number)[], label: (v: string) => string) => (
    <fieldset className="fieldset" data-testid={`listing-${name}`}>
      <legend>{legend}</legend>
      <div className="choices choices--row">
        {options.map((o) => (
          <label key={String(o)} className="choice">
            <input type="radio" value={String(o)} {...register(name)} data-testid={`listing-${name}-${o}`} />
            <span>{label(String(o))}</span>
          </label>
        ))}
      </div>
      {errors[name]?.message && <FieldMessage message={errors[name].message} />}
    </fieldset>
  )
  const decimal = { type: 'text', inputMode: 'decimal' }
  const integer = { type: 'number', inputMode: 'numeric', min: 1, step: 1 }
  const formError = failure !== undefined ? errorText(failure) : undefined

  return (
    <section className="card" aria-labelledby="listing-form-title" data-testid="listing-form-page">
      <p className="crumb">
        <Link to={back}>← {listing ? listing.title : t('listings.title')}</Link>
      </p>
      <h1 id="listing-form-title" className="card__title">
        {listing ? t('listing.editTitle') : t('listing.newTitle')}
      </h1>
      <form className="form form--phone" onSubmit={(e) => void submit(e)} noValidate data-testid="listing-form">
        <fieldset className="fieldset fieldset--plain" disabled={!editable}>
          {input('title', t('listing.title'), { autoComplete: 'off', maxLength: 200 }, true)}
          <CategoryField
            control={control}
            name="categoryId"
            label={t('listing.category')}
            categories={categories}
            emptyLabel={t('item.chooseCategory')}
            required
            testId="listing-category"
          />
          {area('description', t('listing.description'), 4)}
          {input('material', t('listing.material'))}
          <div className="grid grid--2">
            {input('quantity', t('listing.quantity'), decimal, true)}
            <FormField label={t('item.unit')} error={errors.unit} required>
              <select className="input" {...register('unit')} data-testid="listing-unit">
                {UNITS.map((u) => (
                  <option key={u} value={u}>{t(`unit.${u}`)}</option>
                ))}
              </select>
            </FormField>
          </div>

          {radios(`${t('listing.condition')} *`, 'condition', CONDITIONS, (c) => `${c} ${t(`condition.${c}`)}`)}
          {area('conditionNotes', t('listing.conditionNotes'))}

          <fieldset className="fieldset" data-testid="listing-price">
            <legend>{t('listing.price')} *</legend>
            <div className="choices choices--row">
              {PRICE_KINDS.map((k) => (
                <label key={k} className="choice">
                  <input type="radio" value={k} {...register('price.kind')} data-testid={`listing-price-${k}`} />
                  <span>{t(`priceKind.${k}`)}</span>
                </label>
              ))}
            </div>
            {errors.price?.kind?.message && <FieldMessage message={errors.price.kind.message} />}
            {priceKind === 'FIXED' && input('price.sek', t('listing.priceSek'), decimal, true, t('listing.priceHint'))}
          </fieldset>

          <fieldset className="fieldset">
            <legend>{t('listing.dimensions')}</legend>
            <div className="grid grid--3">
              {input('dimensions.lengthMm', t('item.lengthMm'), integer)}
              {input('dimensions.widthMm', t('item.widthMm'), integer)}
              {input('dimensions.heightMm', t('item.heightMm'), integer)}
            </div>
          </fieldset>
          {input('weightPerUnitKg', t('listing.weightPerUnitKg'), decimal)}

          <fieldset className="fieldset">
            <legend>{t('listing.location')}</legend>
            {input('location.streetAddress', t('building.street'), { autoComplete: 'street-address' })}
            <div className="grid grid--2">
              {input('location.postalCode', t('building.postalCode'), { autoComplete: 'postal-code' })}
              {input('location.city', t('building.city'), { autoComplete: 'address-level2' })}
            </div>
            <div className="grid grid--2">
              {input('location.latitude', t('building.lat'), decimal)}
              {input('location.longitude', t('building.lon'), decimal)}
            </div>
            {'geolocation' in navigator && (
              <button type="button" className="button button--secondary" onClick={locate} disabled={locating} data-testid="listing-locate">
                {locating ? t('search.locating') : t('listing.useMyPosition')}
              </button>
            )}
            {area('pickupInstructions', t('listing.pickupInstructions'))}
          </fieldset>

          {input('availableFrom', t('listing.availableFrom'), { type: 'date' }, false, t('listing.availableFromHint'))}

          {radios(t('listing.visibility'), 'visibility', VISIBILITIES, (v) => t(`visibility.${v}`))}
          {visibility === 'INTERNAL' && input('publicFrom', t('listing.publicFrom'), { type: 'date' }, false, t('listing.publicFromHint'))}
          {input('expiresOn', t('listing.expiresOn'), { type: 'date' })}

          {radios(t('listing.statusChoice'), 'status', ['DRAFT', 'PUBLISHED'], (s) => t(`listingStatus.${s}`))}
          {listing && listing.status !== 'DRAFT' && listing.status !== 'PUBLISHED' && (
            <p className="field__hint" data-testid="listing-status-note">
              {t('listing.statusNow', { status: t(`listingStatus.${listing.status}`) })}
            </p>
          )}
        </fieldset>

        <PhotoPanel itemId={listing?.id} owner="listing" itemName={title} editable={editable} queued={queued} onQueue={setQueued} />

        {formError && (
          <ErrorMessage
            {...formError}
            message={failure !== undefined && rest === undefined ? t('common.fixFields') : formError.message}
            detail={rest ?? formError.detail}
          >
            {isStale(failure) && (
              <button type="button" className="button" onClick={() => window.location.reload()} data-testid="listing-reload">
                {t('listing.reload')}
              </button>
            )}
          </ErrorMessage>
        )}
        {!editable && <p className="muted">{t('common.readOnly')}</p>}
        <div className="actions actions--sticky">
          {editable && (
            <button type="submit" className="button" disabled={saving} data-testid="listing-save">
              {saving ? t('common.saving') : t('common.save')}
            </button>
          )}
          <Link to={back} className="button button--secondary" data-testid="listing-cancel">
            {editable ? t('common.cancel') : t('common.back')}
          </Link>
          {editable && listing && listing.status !== 'WITHDRAWN' && (
            <button type="button" className="button button--danger" onClick={() => void withdraw()} data-testid="listing-withdraw">
              {t('listing.withdraw')}
            </button>
          )}
        </div>
      </form>
    </section>
  )
}
