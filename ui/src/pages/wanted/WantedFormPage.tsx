import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { type FieldPath, get, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { UNITS, type WantedBody, type WantedPlace, type WantedRequest } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { useNavigate, useSearchParams } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { z } from 'zod'
import { applyProblem, CategoryField, focusFirstInvalid, FormField, numberText, optionalText, parseNumber, zodResolver } from '../../forms'
import { parseFilters, PLACES } from '../search/filters'

/*
 * /efterfragan/ny (also from the search page's "save this search as a request": the search's filters arrive in the
 * query string and fill the form) and /efterfragan/:id/redigera.
 */

const range = z.object({ min: numberText({ whole: true, min: 0, max: 1_000_000 }), max: numberText({ whole: true, min: 0, max: 1_000_000 }) })

/** WantedRequestBody's rules (wanted/api/WantedRequestBody.java) and WantedFields', on the form's text. */
const schema = z
  .object({
    text: optionalText(200),
    categoryId: z.string(),
    quantity: numberText({ positive: true, max: 100_000_000 }),
    unit: z.enum(UNITS),
    dimensions: z.object({ length: range, width: range, height: range }),
    conditionMax: z.string(),
    place: z.string(),
    withinKm: numberText({ min: 0.1, max: 2000 }),
    neededBy: z.string(),
    priceMaxSek: numberText({ min: 0, max: 100_000_000 }),
    acceptFuture: z.boolean(),
    notes: optionalText(2000),
  })
  .superRefine((v, context) => {
    if (v.text.trim() === '' && v.categoryId === '') {
      context.addIssue({ code: 'custom', path: ['text'], message: 'validation.textOrCategory' })
    }
    for (const d of DIMENSIONS) {
      const min = parseNumber(v.dimensions[d].min)
      const max = parseNumber(v.dimensions[d].max)
      if (min !== null && max !== null && min > max) {
        context.addIssue({ code: 'custom', path: ['dimensions', d, 'min'], message: 'validation.minAboveMax' })
      }
    }
  })
type FormState = z.infer<typeof schema>

const DIMENSIONS = ['length', 'width', 'height'] as const

/** The form's fields in the order of the form: applyProblem puts the server's errors on them, the first focused. */
const FIELDS: FieldPath<FormState>[] = [
  'text', 'categoryId', 'quantity', 'unit', 'dimensions.length.min', 'dimensions.length.max', 'dimensions.width.min',
  'dimensions.width.max', 'dimensions.height.min', 'dimensions.height.max', 'conditionMax', 'place', 'withinKm',
  'neededBy', 'priceMaxSek', 'acceptFuture', 'notes',
]

const s = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n))

function fromSearch(search: URLSearchParams): FormState {
  const f = parseFilters(search)
  const place = f.lat !== null && f.lon !== null ? PLACES.find((p) => Math.abs(p.lat - f.lat!) < 1e-4 && Math.abs(p.lon - f.lon!) < 1e-4) : undefined
  return {
    text: f.q,
    categoryId: f.category,
    quantity: s(f.minQuantity),
    unit: 'st',
    dimensions: {
      length: { min: s(f.lengthMin), max: s(f.lengthMax) },
      width: { min: s(f.widthMin), max: s(f.widthMax) },
      height: { min: s(f.heightMin), max: s(f.heightMax) },
    },
    conditionMax: s(f.conditionMax),
    place: place?.key ?? (f.withinKm !== null ? 'kalmar' : ''),
    withinKm: s(f.withinKm),
    neededBy: f.availableBy,
    priceMaxSek: f.free ? '0' : s(f.priceMax),
    acceptFuture: true,
    notes: '',
  }
}

function fromRequest(w: WantedRequest): FormState {
  const place = w.place?.latitude != null ? PLACES.find((p) => Math.abs(p.lat - w.place!.latitude!) < 1e-4 && Math.abs(p.lon - w.place!.longitude!) < 1e-4) : undefined
  return {
    text: w.text ?? '',
    categoryId: w.category?.id ?? '',
    quantity: s(w.quantity),
    unit: w.unit ?? 'st',
    dimensions: {
      length: { min: s(w.dimensions.length.min), max: s(w.dimensions.length.max) },
      width: { min: s(w.dimensions.width.min), max: s(w.dimensions.width.max) },
      height: { min: s(w.dimensions.height.min), max: s(w.dimensions.height.max) },
    },
    conditionMax: s(w.conditionMax),
    place: place?.key ?? (w.place?.latitude != null ? 'other' : ''),
    withinKm: s(w.withinKm),
    neededBy: w.neededBy ?? '',
    priceMaxSek: s(w.priceMaxSek),
    acceptFuture: w.acceptFuture,
    notes: w.notes ?? '',
  }
}

/** A place the request has that is none of the towns of the list (set through the API): kept as it is. */
function otherPlaceOf(w: WantedRequest | null): WantedPlace | null {
  if (!w || w.place?.latitude == null) return null
  const town = PLACES.find((p) => Math.abs(p.lat - w.place!.latitude!) < 1e-4 && Math.abs(p.lon - w.place!.longitude!) < 1e-4)
  return town ? null : w.place
}

function body(f: FormState, otherPlace: WantedPlace | null): WantedBody {
  const range = (r: { min: string; max: string }) => {
    const min = parseNumber(r.min)
    const max = parseNumber(r.max)
    return min === null && max === null ? null : { min, max }
  }
  const town = PLACES.find((p) => p.key === f.place)
  const place: WantedPlace | null = town ? { name: town.name, latitude: town.lat, longitude: town.lon } : f.place === 'other' ? otherPlace : null
  const quantity = parseNumber(f.quantity)
  return {
    text: f.text.trim() || null,
    notes: f.notes.trim() || null,
    categoryId: f.categoryId || null,
    quantity,
    unit: quantity === null ? null : f.unit,
    dimensions: {
      length: range(f.dimensions.length),
      width: range(f.dimensions.width),
      height: range(f.dimensions.height),
    },
    conditionMax: parseNumber(f.conditionMax),
    place,
    withinKm: place ? parseNumber(f.withinKm) : null,
    neededBy: f.neededBy || null,
    priceMaxSek: parseNumber(f.priceMaxSek),
    acceptFuture: f.acceptFuture,
  }
}

export function WantedFormPage({ id }: { id?: string }) {
  const { wanted } = useSession()
  const stateQuery = useQuery({ queryKey: ['WantedFormPage.state', id], queryFn: () => (id ? wanted.get(id) : Promise.resolve(null)) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <section className="card"><LoadError error={state.error} onRetry={reload} /></section>
  return <WantedForm existing={state.data} />
}

function WantedForm({ existing }: { existing: WantedRequest | null }) {
  const navigate = useNavigate()
  const { t } = useTranslation()
  const { api, wanted } = useSession()
  const [search] = useSearchParams()
  const errorText = useErrorText()
  const fromSearchPage = !existing && [...search.keys()].length > 0
  const otherPlace = otherPlaceOf(existing)
  const { register, control, handleSubmit, setError, setFocus, formState } = useForm<FormState>({
    resolver: zodResolver(schema),
    defaultValues: existing ? fromRequest(existing) : fromSearch(search),
    shouldFocusError: false,
  })
  const { errors, isSubmitting: saving } = formState
  // The categories are a help here: without them the request is for words alone.
  const categories = useQuery({ queryKey: ['WantedForm.categories'], queryFn: () => api.categories() }).data ?? []
  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()
  const place = useWatch({ control, name: 'place' })

  const submit = handleSubmit(async (form) => {
    setFailure(undefined)
    try {
      const saved = existing
        ? await wanted.update(existing.id, existing.version, body(form, otherPlace))
        : await wanted.create(body(form, otherPlace))
      navigate(`/efterfragan/${saved.id}`)
    } catch (error) {
      setRest(applyProblem(error, setError, FIELDS))
      setFailure(error)
    }
  }, focusFirstInvalid(setFocus, FIELDS))

  const input = (key: FieldPath<FormState>, label: string, type = 'text', testId?: string, hint?: string) => (
    <FormField label={label} error={get(errors, key)} hint={hint}>
      <input className="input" type={type} inputMode={type === 'number' ? 'numeric' : undefined} {...register(key)} data-testid={testId ?? `wanted-${key}`} />
    </FormField>
  )
  const failed = failure !== undefined ? errorText(failure, 'errors.save') : undefined

  return (
    <section className="card" aria-labelledby="wanted-form-title" data-testid="wanted-form">
      <h1 id="wanted-form-title" className="card__title">
        {existing ? t('wanted.editTitle') : t('wanted.newTitle')}
      </h1>
      {fromSearchPage && <p className="muted">{t('wanted.fromSearch')}</p>}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="fieldset fieldset--plain">
          {input('text', t('wanted.text'), 'text', 'wanted-text', t('wanted.textHint'))}
          <CategoryField
            control={control}
            name="categoryId"
            label={t('wanted.category')}
            categories={categories}
            emptyLabel={t('wanted.anyCategory')}
            topLevelChoosable
            testId="wanted-category"
          />
          <div className="grid grid--2">
            {input('quantity', t('wanted.quantity'), 'number')}
            <FormField label={t('wanted.unit')} error={errors.unit}>
              <select className="input" {...register('unit')} data-testid="wanted-unit">
                {UNITS.map((u) => (
                  <option key={u} value={u}>
                    {t(`unit.${u}`)}
                  </option>
                ))}
              </select>
            </FormField>
          </div>
          <fieldset className="fieldset">
            <legend>{t('wanted.dimensions')}</legend>
            {DIMENSIONS.map((d) => (
              <div className="grid grid--2" key={d}>
                {input(`dimensions.${d}.min`, `${t(`wanted.${d}`)} ${t('wanted.min')}`, 'number', `wanted-${d}Min`)}
                {input(`dimensions.${d}.max`, `${t(`wanted.${d}`)} ${t('wanted.max')}`, 'number', `wanted-${d}Max`)}
              </div>
            ))}
          </fieldset>
          <FormField label={t('wanted.conditionMax')} error={errors.conditionMax}>
            <select className="input" {...register('conditionMax')} data-testid="wanted-conditionMax">
              <option value="">{t('wanted.anyCondition')}</option>
              {[1, 2, 3, 4].map((c) => (
                <option key={c} value={c}>
                  {t(`condition.${c}`)}
                </option>
              ))}
            </select>
          </FormField>
          <div className="grid grid--2">
            <FormField label={t('wanted.place')} error={errors.place}>
              <select className="input" {...register('place')} data-testid="wanted-place">
                <option value="">{t('wanted.anyPlace')}</option>
                {otherPlace && <option value="other">{otherPlace.name ?? `${otherPlace.latitude}, ${otherPlace.longitude}`}</option>}
                {PLACES.map((p) => (
                  <option key={p.key} value={p.key}>
                    {p.name}
                  </option>
                ))}
              </select>
            </FormField>
            {place && input('withinKm', t('wanted.withinKm'), 'number')}
          </div>
          <div className="grid grid--2">
            {input('neededBy', t('wanted.neededBy'), 'date')}
            {input('priceMaxSek', t('wanted.priceMax'), 'number', 'wanted-priceMax')}
          </div>
          <label className="check">
            <input type="checkbox" {...register('acceptFuture')} data-testid="wanted-acceptFuture" />
            <span>{t('wanted.acceptFuture')}</span>
          </label>
          <FormField label={t('wanted.notes')} error={errors.notes}>
            <textarea className="input" {...register('notes')} data-testid="wanted-notes" />
          </FormField>
        </fieldset>
        {failed && (
          <ErrorMessage {...failed} message={rest === undefined ? t('common.fixFields') : failed.message} detail={rest ?? failed.detail} />
        )}
        <div>
          <button type="submit" className="button" disabled={saving} data-testid="wanted-save">
            {saving ? t('common.saving') : t('wanted.save')}
          </button>
        </div>
      </form>
    </section>
  )
}
