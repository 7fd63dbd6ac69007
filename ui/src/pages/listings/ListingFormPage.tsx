import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CONDITIONS, PRICE_KINDS, UNITS, VISIBILITIES,
  type Category, type Listing, type ListingRequest, type PriceKind, type Unit, type Visibility,
} from '../../api'
import { CategorySelect } from '../../components/CategorySelect'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { LoadError, Loading } from '../../components/LoadError'
import { Link, useNavigate } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { fieldErrorsOf, group, num, str, text } from '../inventory/forms'
import { PhotoPanel } from '../inventory/PhotoPanel'
import { isStale, useListingErrorText } from './errors'

const TEXT_PATHS = [
  'title', 'description', 'material', 'quantity', 'dimensions.lengthMm', 'dimensions.widthMm', 'dimensions.heightMm',
  'weightPerUnitKg', 'conditionNotes', 'price.sek', 'location.streetAddress', 'location.postalCode', 'location.city',
  'location.latitude', 'location.longitude', 'pickupInstructions', 'availableFrom', 'publicFrom', 'expiresOn',
] as const
type TextPath = (typeof TEXT_PATHS)[number]
const ALL_PATHS = ['categoryId', ...TEXT_PATHS, 'unit', 'condition', 'price.kind', 'visibility', 'status']

interface Values {
  text: Record<TextPath, string>
  categoryId: string
  unit: Unit
  condition: number
  priceKind: PriceKind
  visibility: Visibility
  status: 'DRAFT' | 'PUBLISHED'
}

function valuesOf(l?: Listing): Values {
  return {
    text: {
      title: str(l?.title),
      description: str(l?.description),
      material: str(l?.material),
      quantity: str(l?.quantity),
      'dimensions.lengthMm': str(l?.dimensions?.lengthMm),
      'dimensions.widthMm': str(l?.dimensions?.widthMm),
      'dimensions.heightMm': str(l?.dimensions?.heightMm),
      weightPerUnitKg: str(l?.weightPerUnitKg),
      conditionNotes: str(l?.conditionNotes),
      'price.sek': str(l?.price.sek),
      'location.streetAddress': str(l?.location?.streetAddress),
      'location.postalCode': str(l?.location?.postalCode),
      'location.city': str(l?.location?.city),
      'location.latitude': str(l?.location?.latitude),
      'location.longitude': str(l?.location?.longitude),
      pickupInstructions: str(l?.pickupInstructions),
      availableFrom: str(l?.availableFrom),
      publicFrom: str(l?.publicFrom),
      expiresOn: str(l?.expiresOn),
    },
    categoryId: l?.category.id ?? '',
    unit: l?.unit ?? 'st',
    condition: l?.condition ?? 2,
    priceKind: l?.price.kind ?? 'FREE',
    visibility: l?.visibility ?? 'PUBLIC',
    // Saving a withdrawn, expired or reserved listing from this form publishes it again (or keeps it a draft).
    status: l?.status === 'DRAFT' ? 'DRAFT' : l ? 'PUBLISHED' : 'DRAFT',
  }
}

function requestOf(v: Values): ListingRequest {
  const x = v.text
  return {
    title: x.title.trim(),
    description: text(x.description),
    categoryId: v.categoryId,
    material: text(x.material),
    quantity: num(x.quantity) as number,
    unit: v.unit,
    dimensions: group({ lengthMm: num(x['dimensions.lengthMm']), widthMm: num(x['dimensions.widthMm']), heightMm: num(x['dimensions.heightMm']) }),
    weightPerUnitKg: num(x.weightPerUnitKg),
    condition: v.condition,
    conditionNotes: text(x.conditionNotes),
    price: { kind: v.priceKind, sek: v.priceKind === 'FIXED' ? num(x['price.sek']) : null },
    location: group({
      streetAddress: text(x['location.streetAddress']),
      postalCode: text(x['location.postalCode']),
      city: text(x['location.city']),
      latitude: num(x['location.latitude']),
      longitude: num(x['location.longitude']),
    }),
    pickupInstructions: text(x.pickupInstructions),
    availableFrom: text(x.availableFrom),
    visibility: v.visibility,
    publicFrom: v.visibility === 'INTERNAL' ? text(x.publicFrom) : null,
    expiresOn: text(x.expiresOn),
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
  const [values, setValues] = useState<Values>(() => valuesOf(listing))
  const [queued, setQueued] = useState<File[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<unknown>()
  const [saving, setSaving] = useState(false)
  const [locating, setLocating] = useState(false)
  // A reserved or handed-over listing belongs to its reservation: the service refuses edits (409).
  const editable = listing ? listing.editable && listing.status !== 'RESERVED' && listing.status !== 'HANDED_OVER' : true
  const back = listing ? `/annonser/${listing.id}` : '/annonser'

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }))
  const setText = (path: TextPath, value: string) => setValues((v) => ({ ...v, text: { ...v.text, [path]: value } }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    setFailure(undefined)
    setErrors({})
    try {
      const body = requestOf(values)
      const saved = listing ? await listings.update(listing.id, listing.version, body) : await listings.create(body)
      for (const file of queued) await listings.uploadPhoto(saved.id, file)
      navigate(`/annonser/${saved.id}`)
    } catch (error) {
      setErrors(fieldErrorsOf(error, ALL_PATHS))
      setFailure(error)
      setSaving(false)
    }
  }

  async function withdraw() {
    if (!listing || !window.confirm(t('listing.withdrawConfirm'))) return
    setFailure(undefined)
    try {
      await listings.withdraw(listing.id, listing.version)
      navigate(`/annonser/${listing.id}`)
    } catch (error) {
      setFailure(error)
    }
  }

  function locate() {
    if (!('geolocation' in navigator)) return
    setLocating(true)
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false)
        setText('location.latitude', position.coords.latitude.toFixed(5))
        setText('location.longitude', position.coords.longitude.toFixed(5))
      },
      () => setLocating(false),
      { timeout: 15_000 },
    )
  }

  const input = (path: TextPath, label: string, props: Record<string, unknown> = {}, required = false, hint?: string) => (
    <Field label={label} error={errors[path]} required={required} hint={hint}>
      <input
        className="input"
        name={path}
        value={values.text[path]}
        onChange={(e) => setText(path, e.target.value)}
        data-testid={testIdOf(path)}
        {...props}
      />
    </Field>
  )
  const area = (path: TextPath, label: string, rows = 2) => (
    <Field label={label} error={errors[path]}>
      <textarea className="input" rows={rows} value={values.text[path]} onChange={(e) => setText(path, e.target.value)} data-testid={testIdOf(path)} />
    </Field>
  )
  const radios = <T extends string | number>(legend: string, name: string, options: readonly T[], value: T, onChange: (v: T) => void, label: (v: T) => string, error?: string) => (
    <fieldset className="fieldset" data-testid={`listing-${name}`}>
      <legend>{legend}</legend>
      <div className="choices choices--row">
        {options.map((o) => (
          <label key={String(o)} className="choice">
            <input type="radio" name={name} value={String(o)} checked={value === o} onChange={() => onChange(o)} data-testid={`listing-${name}-${o}`} />
            <span>{label(o)}</span>
          </label>
        ))}
      </div>
      {error && <p className="field__error">{error}</p>}
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
        <fieldset className="fieldset fieldset--plain" disabled={!editable || saving}>
          {input('title', t('listing.title'), { autoComplete: 'off', maxLength: 200 }, true)}
          <Field label={t('listing.category')} error={errors.categoryId} required>
            <CategorySelect
              categories={categories}
              value={values.categoryId}
              onChange={(id) => set('categoryId', id)}
              emptyLabel={t('item.chooseCategory')}
              data-testid="listing-category"
            />
          </Field>
          {area('description', t('listing.description'), 4)}
          {input('material', t('listing.material'))}
          <div className="grid grid--2">
            {input('quantity', t('listing.quantity'), decimal, true)}
            <Field label={t('item.unit')} error={errors.unit} required>
              <select className="input" value={values.unit} onChange={(e) => set('unit', e.target.value as Unit)} data-testid="listing-unit">
                {UNITS.map((u) => (
                  <option key={u} value={u}>{t(`unit.${u}`)}</option>
                ))}
              </select>
            </Field>
          </div>

          {radios(`${t('listing.condition')} *`, 'condition', CONDITIONS, values.condition as (typeof CONDITIONS)[number], (c) => set('condition', c), (c) => `${c} ${t(`condition.${c}`)}`, errors.condition)}
          {area('conditionNotes', t('listing.conditionNotes'))}

          <fieldset className="fieldset" data-testid="listing-price">
            <legend>{t('listing.price')} *</legend>
            <div className="choices choices--row">
              {PRICE_KINDS.map((k) => (
                <label key={k} className="choice">
                  <input type="radio" name="priceKind" value={k} checked={values.priceKind === k} onChange={() => set('priceKind', k)} data-testid={`listing-price-${k}`} />
                  <span>{t(`priceKind.${k}`)}</span>
                </label>
              ))}
            </div>
            {errors['price.kind'] && <p className="field__error">{errors['price.kind']}</p>}
            {values.priceKind === 'FIXED' && input('price.sek', t('listing.priceSek'), decimal, true, t('listing.priceHint'))}
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

          {radios(t('listing.visibility'), 'visibility', VISIBILITIES, values.visibility, (v) => set('visibility', v), (v) => t(`visibility.${v}`), errors.visibility)}
          {values.visibility === 'INTERNAL' && input('publicFrom', t('listing.publicFrom'), { type: 'date' }, false, t('listing.publicFromHint'))}
          {input('expiresOn', t('listing.expiresOn'), { type: 'date' })}

          {radios(t('listing.statusChoice'), 'status', ['DRAFT', 'PUBLISHED'] as const, values.status, (s) => set('status', s), (s) => t(`listingStatus.${s}`), errors.status)}
          {listing && listing.status !== 'DRAFT' && listing.status !== 'PUBLISHED' && (
            <p className="field__hint" data-testid="listing-status-note">
              {t('listing.statusNow', { status: t(`listingStatus.${listing.status}`) })}
            </p>
          )}
        </fieldset>

        <PhotoPanel itemId={listing?.id} owner="listing" itemName={values.text.title} editable={editable} queued={queued} onQueue={setQueued} />

        {formError && (
          <ErrorMessage
            {...formError}
            message={Object.keys(errors).length > 0 ? t('common.fixFields') : formError.message}
            detail={errors._ ?? formError.detail}
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
