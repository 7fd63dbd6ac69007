import { useQuery } from '@tanstack/react-query'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { UNITS, type Category, type Unit, type WantedBody, type WantedPlace, type WantedRequest } from '../../api'
import { CategorySelect } from '../../components/CategorySelect'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { useNavigate, useSearchParams } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { parseFilters, PLACES } from '../search/filters'

/*
 * /efterfragan/ny (also from the search page's "save this search as a request": the search's filters arrive in the
 * query string and fill the form) and /efterfragan/:id/redigera.
 */

interface FormState {
  text: string
  categoryId: string
  quantity: string
  unit: Unit
  lengthMin: string
  lengthMax: string
  widthMin: string
  widthMax: string
  heightMin: string
  heightMax: string
  conditionMax: string
  place: string
  withinKm: string
  neededBy: string
  priceMax: string
  acceptFuture: boolean
  notes: string
  /** A place the request has that is none of the towns of the list (set through the API): kept as it is. */
  otherPlace: WantedPlace | null
}

const s = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n))

function fromSearch(search: URLSearchParams): FormState {
  const f = parseFilters(search)
  const place = f.lat !== null && f.lon !== null ? PLACES.find((p) => Math.abs(p.lat - f.lat!) < 1e-4 && Math.abs(p.lon - f.lon!) < 1e-4) : undefined
  return {
    text: f.q,
    categoryId: f.category,
    quantity: s(f.minQuantity),
    unit: 'st',
    lengthMin: s(f.lengthMin),
    lengthMax: s(f.lengthMax),
    widthMin: s(f.widthMin),
    widthMax: s(f.widthMax),
    heightMin: s(f.heightMin),
    heightMax: s(f.heightMax),
    conditionMax: s(f.conditionMax),
    place: place?.key ?? (f.withinKm !== null ? 'kalmar' : ''),
    withinKm: s(f.withinKm),
    neededBy: f.availableBy,
    priceMax: f.free ? '0' : s(f.priceMax),
    acceptFuture: true,
    notes: '',
    otherPlace: null,
  }
}

function fromRequest(w: WantedRequest): FormState {
  const place = w.place?.latitude != null ? PLACES.find((p) => Math.abs(p.lat - w.place!.latitude!) < 1e-4 && Math.abs(p.lon - w.place!.longitude!) < 1e-4) : undefined
  return {
    text: w.text ?? '',
    categoryId: w.category?.id ?? '',
    quantity: s(w.quantity),
    unit: w.unit ?? 'st',
    lengthMin: s(w.dimensions.length.min),
    lengthMax: s(w.dimensions.length.max),
    widthMin: s(w.dimensions.width.min),
    widthMax: s(w.dimensions.width.max),
    heightMin: s(w.dimensions.height.min),
    heightMax: s(w.dimensions.height.max),
    conditionMax: s(w.conditionMax),
    place: place?.key ?? (w.place?.latitude != null ? 'other' : ''),
    withinKm: s(w.withinKm),
    neededBy: w.neededBy ?? '',
    priceMax: s(w.priceMaxSek),
    acceptFuture: w.acceptFuture,
    notes: w.notes ?? '',
    otherPlace: !place && w.place?.latitude != null ? w.place : null,
  }
}

function num(value: string): number | null {
  if (value.trim() === '') return null
  const n = Number(value.replace(',', '.'))
  return Number.isFinite(n) ? n : null
}

function body(f: FormState): WantedBody {
  const range = (min: string, max: string) => (num(min) === null && num(max) === null ? null : { min: num(min), max: num(max) })
  const town = PLACES.find((p) => p.key === f.place)
  const place: WantedPlace | null = town ? { name: town.name, latitude: town.lat, longitude: town.lon } : f.place === 'other' ? f.otherPlace : null
  const quantity = num(f.quantity)
  return {
    text: f.text.trim() || null,
    notes: f.notes.trim() || null,
    categoryId: f.categoryId || null,
    quantity,
    unit: quantity === null ? null : f.unit,
    dimensions: {
      length: range(f.lengthMin, f.lengthMax),
      width: range(f.widthMin, f.widthMax),
      height: range(f.heightMin, f.heightMax),
    },
    conditionMax: num(f.conditionMax),
    place,
    withinKm: place ? num(f.withinKm) : null,
    neededBy: f.neededBy || null,
    priceMaxSek: num(f.priceMax),
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
  const [form, setForm] = useState<FormState>(() => (existing ? fromRequest(existing) : fromSearch(search)))
  const [categories, setCategories] = useState<Category[]>([])
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  useEffect(() => {
    api.categories().then(setCategories, () => setCategories([]))
  }, [api])
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    setFailure(undefined)
    try {
      const saved = existing ? await wanted.update(existing.id, existing.version, body(form)) : await wanted.create(body(form))
      navigate(`/efterfragan/${saved.id}`)
    } catch (error) {
      setFailure(error)
      setSaving(false)
    }
  }

  const input = (key: keyof FormState, label: string, type = 'text', testId?: string) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="input"
        type={type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        value={String(form[key])}
        onChange={(e) => set({ [key]: e.target.value } as Partial<FormState>)}
        data-testid={testId ?? `wanted-${key}`}
      />
    </label>
  )

  return (
    <section className="card" aria-labelledby="wanted-form-title" data-testid="wanted-form">
      <h1 id="wanted-form-title" className="card__title">
        {existing ? t('wanted.editTitle') : t('wanted.newTitle')}
      </h1>
      {fromSearchPage && <p className="muted">{t('wanted.fromSearch')}</p>}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="fieldset fieldset--plain" disabled={saving}>
          <label className="field">
            <span className="field__label">{t('wanted.text')}</span>
            <input className="input" value={form.text} onChange={(e) => set({ text: e.target.value })} maxLength={200} data-testid="wanted-text" />
            <span className="field__hint">{t('wanted.textHint')}</span>
          </label>
          <label className="field">
            <span className="field__label">{t('wanted.category')}</span>
            <CategorySelect categories={categories} value={form.categoryId} onChange={(categoryId) => set({ categoryId })} emptyLabel={t('wanted.anyCategory')} topLevelChoosable data-testid="wanted-category" />
          </label>
          <div className="grid grid--2">
            {input('quantity', t('wanted.quantity'), 'number')}
            <label className="field">
              <span className="field__label">{t('wanted.unit')}</span>
              <select className="input" value={form.unit} onChange={(e) => set({ unit: e.target.value as Unit })} data-testid="wanted-unit">
                {UNITS.map((u) => (
                  <option key={u} value={u}>
                    {t(`unit.${u}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <fieldset className="fieldset">
            <legend>{t('wanted.dimensions')}</legend>
            {(['length', 'width', 'height'] as const).map((d) => (
              <div className="grid grid--2" key={d}>
                {input(`${d}Min` as keyof FormState, `${t(`wanted.${d}`)} ${t('wanted.min')}`, 'number')}
                {input(`${d}Max` as keyof FormState, `${t(`wanted.${d}`)} ${t('wanted.max')}`, 'number')}
              </div>
            ))}
          </fieldset>
          <label className="field">
            <span className="field__label">{t('wanted.conditionMax')}</span>
            <select className="input" value={form.conditionMax} onChange={(e) => set({ conditionMax: e.target.value })} data-testid="wanted-conditionMax">
              <option value="">{t('wanted.anyCondition')}</option>
              {[1, 2, 3, 4].map((c) => (
                <option key={c} value={c}>
                  {t(`condition.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="grid grid--2">
            <label className="field">
              <span className="field__label">{t('wanted.place')}</span>
              <select className="input" value={form.place} onChange={(e) => set({ place: e.target.value })} data-testid="wanted-place">
                <option value="">{t('wanted.anyPlace')}</option>
                {form.otherPlace && <option value="other">{form.otherPlace.name ?? `${form.otherPlace.latitude}, ${form.otherPlace.longitude}`}</option>}
                {PLACES.map((p) => (
                  <option key={p.key} value={p.key}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
            {form.place && input('withinKm', t('wanted.withinKm'), 'number')}
          </div>
          <div className="grid grid--2">
            {input('neededBy', t('wanted.neededBy'), 'date')}
            {input('priceMax', t('wanted.priceMax'), 'number')}
          </div>
          <label className="check">
            <input type="checkbox" checked={form.acceptFuture} onChange={(e) => set({ acceptFuture: e.target.checked })} data-testid="wanted-acceptFuture" />
            <span>{t('wanted.acceptFuture')}</span>
          </label>
          <label className="field">
            <span className="field__label">{t('wanted.notes')}</span>
            <textarea className="input" value={form.notes} onChange={(e) => set({ notes: e.target.value })} maxLength={2000} data-testid="wanted-notes" />
          </label>
        </fieldset>
        {failure !== undefined && <ErrorMessage {...errorText(failure, 'errors.save')} />}
        <div>
          <button type="submit" className="button" disabled={saving} data-testid="wanted-save">
            {saving ? t('common.saving') : t('wanted.save')}
          </button>
        </div>
      </form>
    </section>
  )
}
