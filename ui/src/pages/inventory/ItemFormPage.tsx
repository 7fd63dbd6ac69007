import { useQuery } from '@tanstack/react-query'
import { SavingsBadge } from '../../components/SavingsBadge'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CONDITIONS, FATES, HAZARD_CHECKS, STATUSES, SUBSTANCES, UNITS,
  type Building, type Category, type Fate, type HazardCheck, type Item, type ItemRequest, type ItemStatus,
  type Substance, type Unit,
} from '../../api'
import { CategorySelect } from '../../components/CategorySelect'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { RiskBadges } from '../../components/RiskBadges'
import { Link, useNavigate } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { fieldErrorsOf, group, num, str, text } from './forms'
import { PhotoPanel } from './PhotoPanel'
import { PublishDialog } from '../listings/PublishDialog'

const TEXT_PATHS = [
  'name', 'material', 'quantity', 'dimensions.lengthMm', 'dimensions.widthMm', 'dimensions.heightMm',
  'weightPerUnitKg', 'manufacturer', 'productName', 'year', 'functionalDamage', 'aestheticDamage', 'location.floor',
  'location.room', 'location.notes', 'dismantling.method', 'dismantling.notes', 'availableFrom',
] as const
type TextPath = (typeof TEXT_PATHS)[number]
const ALL_PATHS = ['categoryId', ...TEXT_PATHS, 'unit', 'condition', 'fate', 'hazard.check', 'hazard.substances', 'status']

interface Values {
  text: Record<TextPath, string>
  categoryId: string
  unit: Unit
  condition: number
  fate: Fate
  check: HazardCheck
  substances: Substance[]
  status: ItemStatus
}

function valuesOf(item?: Item): Values {
  return {
    text: {
      name: str(item?.name),
      material: str(item?.material),
      quantity: str(item?.quantity),
      'dimensions.lengthMm': str(item?.dimensions?.lengthMm),
      'dimensions.widthMm': str(item?.dimensions?.widthMm),
      'dimensions.heightMm': str(item?.dimensions?.heightMm),
      weightPerUnitKg: str(item?.weightPerUnitKg),
      manufacturer: str(item?.manufacturer),
      productName: str(item?.productName),
      year: str(item?.year),
      functionalDamage: str(item?.functionalDamage),
      aestheticDamage: str(item?.aestheticDamage),
      'location.floor': str(item?.location?.floor),
      'location.room': str(item?.location?.room),
      'location.notes': str(item?.location?.notes),
      'dismantling.method': str(item?.dismantling?.method),
      'dismantling.notes': str(item?.dismantling?.notes),
      availableFrom: str(item?.availableFrom),
    },
    categoryId: item?.category.id ?? '',
    unit: item?.unit ?? 'st',
    condition: item?.condition ?? 2,
    fate: item?.fate ?? 'REUSE',
    check: item?.hazard?.check ?? 'NOT_CHECKED',
    substances: item?.hazard?.substances ?? [],
    status: item?.status ?? 'INVENTORIED',
  }
}

function requestOf(v: Values): ItemRequest {
  const x = v.text
  return {
    categoryId: v.categoryId,
    name: x.name.trim(),
    material: text(x.material),
    quantity: num(x.quantity) as number,
    unit: v.unit,
    dimensions: group({ lengthMm: num(x['dimensions.lengthMm']), widthMm: num(x['dimensions.widthMm']), heightMm: num(x['dimensions.heightMm']) }),
    weightPerUnitKg: num(x.weightPerUnitKg),
    manufacturer: text(x.manufacturer),
    productName: text(x.productName),
    year: num(x.year),
    condition: v.condition,
    functionalDamage: text(x.functionalDamage),
    aestheticDamage: text(x.aestheticDamage),
    location: group({ floor: text(x['location.floor']), room: text(x['location.room']), notes: text(x['location.notes']) }),
    dismantling: group({ method: text(x['dismantling.method']), notes: text(x['dismantling.notes']) }),
    availableFrom: text(x.availableFrom),
    fate: v.fate,
    hazard: { check: v.check, substances: v.check === 'CONTAINS' ? v.substances : [] },
    status: v.status,
  }
}

const testIdOf = (path: string) => `item-${path.replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`

/** Create (no itemId) or edit an inventory item of a building. */
export function ItemFormPage({ buildingId, itemId }: { buildingId: string; itemId?: string }) {
  const { api } = useSession()
  const stateQuery = useQuery({ queryKey: ['ItemFormPage.state', buildingId, itemId], queryFn: () => Promise.all([api.building(buildingId), api.categories(), itemId ? api.item(itemId) : Promise.resolve(undefined)]) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <section className="card"><LoadError error={state.error} onRetry={reload} /></section>
  const [building, categories, item] = state.data
  return <ItemForm building={building} categories={categories} item={item} />
}

function ItemForm({ building, categories, item }: { building: Building; categories: Category[]; item?: Item }) {
  const navigate = useNavigate()
  const { t } = useTranslation()
  const { api, canList } = useSession()
  const errorText = useErrorText()
  const [publishing, setPublishing] = useState(false)
  const [values, setValues] = useState<Values>(() => valuesOf(item))
  const [queued, setQueued] = useState<File[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<unknown>()
  const [saving, setSaving] = useState(false)
  const editable = building.editable && !building.archived
  const back = `/buildings/${building.id}`
  const risky = building.hazardRisk.pcb || building.hazardRisk.asbestos || building.hazardRisk.ageUnknown

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }))
  const setText = (path: TextPath, value: string) => setValues((v) => ({ ...v, text: { ...v.text, [path]: value } }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    setFailure(undefined)
    setErrors({})
    try {
      const body = requestOf(values)
      const saved = item ? await api.updateItem(item.id, item.version, body) : await api.createItem(building.id, body)
      for (const file of queued) await api.uploadPhoto(saved.id, file)
      navigate(back)
    } catch (error) {
      setErrors(fieldErrorsOf(error, ALL_PATHS))
      setFailure(error)
      setSaving(false)
    }
  }

  async function remove() {
    if (!item || !window.confirm(t('item.deleteConfirm'))) return
    try {
      await api.deleteItem(item.id, item.version)
      navigate(back)
    } catch (error) {
      setFailure(error)
    }
  }

  const input = (path: TextPath, label: string, props: Record<string, unknown> = {}, required = false) => (
    <Field label={label} error={errors[path]} required={required}>
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
  const area = (path: TextPath, label: string) => (
    <Field label={label} error={errors[path]}>
      <textarea className="input" rows={2} value={values.text[path]} onChange={(e) => setText(path, e.target.value)} data-testid={testIdOf(path)} />
    </Field>
  )
  const decimal = { type: 'text', inputMode: 'decimal' }
  const integer = { type: 'number', inputMode: 'numeric', min: 1, step: 1 }

  const formError = failure !== undefined ? errorText(failure, 'errors.save') : undefined

  return (
    <section className="card" aria-labelledby="item-form-title" data-testid="item-form-page">
      <p className="crumb">
        <Link to={back}>← {building.name}</Link>
      </p>
      <h1 id="item-form-title" className="card__title">
        {item ? item.name : t('item.newTitle')}
      </h1>
      {item && <SavingsBadge key={`${item.id}-${item.version}`} itemId={item.id} />}
      {item && <ItemDemandNote itemId={item.id} />}
      {risky && (
        <div className="notice" data-testid="item-risk-notice">
          <RiskBadges risk={building.hazardRisk} /> <p>{t('item.riskNotice')}</p>
        </div>
      )}
      <form className="form form--phone" onSubmit={(e) => void submit(e)} noValidate data-testid="item-form">
        <fieldset className="fieldset fieldset--plain" disabled={!editable || saving}>
          <Field label={t('item.category')} error={errors.categoryId} required>
            <CategorySelect
              categories={categories}
              value={values.categoryId}
              onChange={(id) => set('categoryId', id)}
              emptyLabel={t('item.chooseCategory')}
              data-testid="item-category"
            />
          </Field>
          {input('name', t('item.name'), { autoComplete: 'off' }, true)}
          {input('material', t('item.material'))}
          <div className="grid grid--2">
            {input('quantity', t('item.quantity'), decimal, true)}
            <Field label={t('item.unit')} error={errors.unit} required>
              <select className="input" value={values.unit} onChange={(e) => set('unit', e.target.value as Unit)} data-testid="item-unit">
                {UNITS.map((u) => (
                  <option key={u} value={u}>{t(`unit.${u}`)}</option>
                ))}
              </select>
            </Field>
          </div>

          <fieldset className="fieldset" data-testid="item-condition">
            <legend>{t('item.condition')} *</legend>
            <div className="choices">
              {CONDITIONS.map((c) => (
                <label key={c} className="choice">
                  <input type="radio" name="condition" value={c} checked={values.condition === c} onChange={() => set('condition', c)} data-testid={`item-condition-${c}`} />
                  <span><strong>{c}</strong> {t(`condition.${c}`)}</span>
                </label>
              ))}
            </div>
            {errors.condition && <p className="field__error">{errors.condition}</p>}
          </fieldset>
          {area('functionalDamage', t('item.functionalDamage'))}
          {area('aestheticDamage', t('item.aestheticDamage'))}

          <fieldset className="fieldset">
            <legend>{t('risk.title')}</legend>
            <Field label={t('item.hazardCheck')} error={errors['hazard.check']}>
              <select className="input" value={values.check} onChange={(e) => set('check', e.target.value as HazardCheck)} data-testid="item-hazard-check">
                {HAZARD_CHECKS.map((h) => (
                  <option key={h} value={h}>{t(`hazardCheck.${h}`)}</option>
                ))}
              </select>
            </Field>
            {values.check === 'CONTAINS' && (
              <div className="choices choices--row" role="group" aria-label={t('item.substances')}>
                {SUBSTANCES.map((s) => (
                  <label key={s} className="choice">
                    <input
                      type="checkbox"
                      checked={values.substances.includes(s)}
                      onChange={(e) => set('substances', e.target.checked ? [...values.substances, s] : values.substances.filter((x) => x !== s))}
                      data-testid={`item-substance-${s}`}
                    />
                    <span>{t(`substance.${s}`)}</span>
                  </label>
                ))}
              </div>
            )}
            {errors['hazard.substances'] && <p className="field__error">{errors['hazard.substances']}</p>}
          </fieldset>

          <Field label={t('item.fate')} error={errors.fate} required>
            <select className="input" value={values.fate} onChange={(e) => set('fate', e.target.value as Fate)} data-testid="item-fate">
              {FATES.map((f) => (
                <option key={f} value={f}>{t(`fate.${f}`)}</option>
              ))}
            </select>
          </Field>
          <Field label={t('item.status')} error={errors.status}>
            <select className="input" value={values.status} onChange={(e) => set('status', e.target.value as ItemStatus)} data-testid="item-status">
              {STATUSES.map((s) => (
                <option key={s} value={s}>{t(`status.${s}`)}</option>
              ))}
            </select>
          </Field>

          <fieldset className="fieldset">
            <legend>{t('item.dimensions')}</legend>
            <div className="grid grid--3">
              {input('dimensions.lengthMm', t('item.lengthMm'), integer)}
              {input('dimensions.widthMm', t('item.widthMm'), integer)}
              {input('dimensions.heightMm', t('item.heightMm'), integer)}
            </div>
          </fieldset>
          <div className="grid grid--2">
            {input('weightPerUnitKg', t('item.weightPerUnitKg'), decimal)}
            {input('year', t('item.year'), { type: 'number', inputMode: 'numeric', min: 1000, max: 2100 })}
          </div>
          <div className="grid grid--2">
            {input('manufacturer', t('item.manufacturer'))}
            {input('productName', t('item.productName'))}
          </div>
          <fieldset className="fieldset">
            <legend>{t('item.location')}</legend>
            <div className="grid grid--2">
              {input('location.floor', t('item.floor'))}
              {input('location.room', t('item.room'))}
            </div>
            {input('location.notes', t('item.locationNotes'))}
          </fieldset>
          <fieldset className="fieldset">
            <legend>{t('item.dismantling')}</legend>
            {input('dismantling.method', t('item.dismantlingMethod'))}
            {area('dismantling.notes', t('item.dismantlingNotes'))}
          </fieldset>
          {input('availableFrom', t('item.availableFrom'), { type: 'date' })}
        </fieldset>

        <PhotoPanel itemId={item?.id} itemName={values.text.name} editable={editable} queued={queued} onQueue={setQueued} />

        {formError && (
          <ErrorMessage
            {...formError}
            message={Object.keys(errors).length > 0 ? t('common.fixFields') : formError.message}
            detail={errors._ ?? formError.detail}
          />
        )}
        {!editable && <p className="muted">{t('common.readOnly')}</p>}
        <div className="actions actions--sticky">
          {editable && (
            <button type="submit" className="button" disabled={saving} data-testid="item-save">
              {saving ? t('common.saving') : t('common.save')}
            </button>
          )}
          <Link to={back} className="button button--secondary" data-testid="item-cancel">
            {editable ? t('common.cancel') : t('common.back')}
          </Link>
          {item && canList && !building.archived && item.status !== 'REUSED' && item.status !== 'DISCARDED' && (
            <button type="button" className="button button--secondary" onClick={() => setPublishing(true)} data-testid="item-publish">
              {t('publish.open')}
            </button>
          )}
          {editable && item && (
            <button type="button" className="button button--danger" onClick={() => void remove()} data-testid="item-delete">
              {t('common.delete')}
            </button>
          )}
        </div>
      </form>
      {publishing && item && <PublishDialog item={item} onClose={() => setPublishing(false)} />}
    </section>
  )
}

/** How many open wanted requests this item would satisfy, and whose. */
function ItemDemandNote({ itemId }: { itemId: string }) {
  const { t } = useTranslation()
  const { wanted } = useSession()
  // A bonus: nothing is shown when it cannot be fetched.
  const { data: demand } = useQuery({ queryKey: ['item-demand', itemId], queryFn: () => wanted.itemDemand(itemId) })
  if (!demand) return null
  return (
    <p className="notice" data-testid="item-demand-count" data-count={demand.openRequests}>
      {t('itemDemand.count', { count: demand.openRequests })}
      {demand.requests.length > 0 && `: ${[...new Set(demand.requests.map((r) => r.organisationName))].join(', ')}`}
    </p>
  )
}
