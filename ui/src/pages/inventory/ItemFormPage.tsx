import { useQuery } from '@tanstack/react-query'
import { SavingsBadge } from '../../components/SavingsBadge'
import { useState } from 'react'
import { type FieldPath, get, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  CONDITIONS, FATES, HAZARD_CHECKS, STATUSES, SUBSTANCES, UNITS,
  type Building, type Category, type Item, type ItemRequest,
} from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { RiskBadges } from '../../components/RiskBadges'
import { Link, useNavigate } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { z } from 'zod'
import { applyProblem, CategoryField, chosen, FieldMessage, focusFirstInvalid, FormField, numberText, optionalText, parseNumber, requiredText, zodResolver } from '../../forms'
import { group, str, text } from './forms'
import { PhotoPanel } from './PhotoPanel'
import { PublishDialog } from '../listings/PublishDialog'
import { ITEM_DISCARDED_OUTCOMES, ITEM_REUSED_OUTCOMES } from '../../api/outcomes'
import { OutcomeList } from '../outcome/OutcomeList'
import { OutcomeSelect } from '../outcome/OutcomeSelect'
import { outcomeField, outcomeOf } from '../outcome/outcomeField'

const text200 = optionalText(200)
/** ItemRequest's rules (inventory/api/ItemRequest.java) and ItemRules' hazard rules, on the form's text. */
const schema = z
  .object({
    categoryId: chosen(),
    name: requiredText(200),
    material: text200,
    quantity: numberText({ required: true, positive: true, max: 100_000_000 }),
    unit: z.enum(UNITS),
    dimensions: z.object({
      lengthMm: numberText({ whole: true, positive: true, max: 1_000_000 }),
      widthMm: numberText({ whole: true, positive: true, max: 1_000_000 }),
      heightMm: numberText({ whole: true, positive: true, max: 1_000_000 }),
    }),
    weightPerUnitKg: numberText({ min: 0, max: 100_000_000 }),
    manufacturer: text200,
    productName: text200,
    year: numberText({ whole: true, min: 1000, max: 2100 }),
    condition: z.string(),
    functionalDamage: optionalText(2000),
    aestheticDamage: optionalText(2000),
    location: z.object({ floor: optionalText(50), room: optionalText(100), notes: optionalText(500) }),
    dismantling: z.object({ method: text200, notes: optionalText(2000) }),
    availableFrom: z.string(),
    fate: z.enum(FATES),
    hazard: z.object({ check: z.enum(HAZARD_CHECKS), substances: z.array(z.enum(SUBSTANCES)) }),
    status: z.enum(STATUSES),
    outcome: outcomeField(),
  })
  .superRefine((v, context) => {
    if (v.hazard.check === 'CONTAINS' && v.hazard.substances.length === 0) {
      context.addIssue({ code: 'custom', path: ['hazard', 'substances'], message: 'validation.substancesRequired' })
    }
    if (v.hazard.check === 'CONTAINS' && v.fate === 'REUSE') {
      context.addIssue({ code: 'custom', path: ['fate'], message: 'fieldError.HazardRule' })
    }
  })
type Values = z.infer<typeof schema>

/** The form's fields in the order of the form: applyProblem puts the server's errors on them, the first focused. */
const FIELDS: FieldPath<Values>[] = [
  'categoryId', 'name', 'material', 'quantity', 'unit', 'condition', 'functionalDamage', 'aestheticDamage',
  'hazard.check', 'hazard.substances', 'fate', 'status', 'dimensions.lengthMm', 'dimensions.widthMm',
  'dimensions.heightMm', 'weightPerUnitKg', 'year', 'manufacturer', 'productName', 'location.floor', 'location.room',
  'location.notes', 'dismantling.method', 'dismantling.notes', 'availableFrom', 'outcome',
]

function valuesOf(item?: Item): Values {
  return {
    categoryId: item?.category.id ?? '',
    name: str(item?.name),
    material: str(item?.material),
    quantity: str(item?.quantity),
    unit: item?.unit ?? 'st',
    dimensions: { lengthMm: str(item?.dimensions?.lengthMm), widthMm: str(item?.dimensions?.widthMm), heightMm: str(item?.dimensions?.heightMm) },
    weightPerUnitKg: str(item?.weightPerUnitKg),
    manufacturer: str(item?.manufacturer),
    productName: str(item?.productName),
    year: str(item?.year),
    condition: String(item?.condition ?? 2),
    functionalDamage: str(item?.functionalDamage),
    aestheticDamage: str(item?.aestheticDamage),
    location: { floor: str(item?.location?.floor), room: str(item?.location?.room), notes: str(item?.location?.notes) },
    dismantling: { method: str(item?.dismantling?.method), notes: str(item?.dismantling?.notes) },
    availableFrom: str(item?.availableFrom),
    fate: item?.fate ?? 'REUSE',
    hazard: { check: item?.hazard?.check ?? 'NOT_CHECKED', substances: item?.hazard?.substances ?? [] },
    status: item?.status ?? 'INVENTORIED',
    outcome: '',
  }
}

/** Whether the status closes an item: what became of it is then asked (docs/outcomes.md). */
const closes = (status: Values['status']) => status === 'REUSED' || status === 'DISCARDED'

function requestOf(v: Values): ItemRequest {
  return {
    categoryId: v.categoryId,
    name: v.name.trim(),
    material: text(v.material),
    quantity: parseNumber(v.quantity) as number,
    unit: v.unit,
    dimensions: group({
      lengthMm: parseNumber(v.dimensions.lengthMm),
      widthMm: parseNumber(v.dimensions.widthMm),
      heightMm: parseNumber(v.dimensions.heightMm),
    }),
    weightPerUnitKg: parseNumber(v.weightPerUnitKg),
    manufacturer: text(v.manufacturer),
    productName: text(v.productName),
    year: parseNumber(v.year),
    condition: Number(v.condition),
    functionalDamage: text(v.functionalDamage),
    aestheticDamage: text(v.aestheticDamage),
    location: group({ floor: text(v.location.floor), room: text(v.location.room), notes: text(v.location.notes) }),
    dismantling: group({ method: text(v.dismantling.method), notes: text(v.dismantling.notes) }),
    availableFrom: text(v.availableFrom),
    fate: v.fate,
    hazard: { check: v.hazard.check, substances: v.hazard.check === 'CONTAINS' ? v.hazard.substances : [] },
    status: v.status,
    outcome: closes(v.status) ? outcomeOf(v.outcome) : undefined,
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
  const { register, control, handleSubmit, setError, setFocus, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: valuesOf(item),
    shouldFocusError: false,
  })
  const { errors, isSubmitting: saving } = formState
  const [queued, setQueued] = useState<File[]>([])
  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()
  const editable = building.editable && !building.archived
  const back = `/buildings/${building.id}`
  const risky = building.hazardRisk.pcb || building.hazardRisk.asbestos || building.hazardRisk.ageUnknown
  const name = useWatch({ control, name: 'name' })
  const check = useWatch({ control, name: 'hazard.check' })
  const status = useWatch({ control, name: 'status' })
  const fate = useWatch({ control, name: 'fate' })
  const closing = closes(status) && status !== item?.status

  const save = handleSubmit(async (values) => {
    setFailure(undefined)
    try {
      const body = requestOf(values)
      const saved = item ? await api.updateItem(item.id, item.version, body) : await api.createItem(building.id, body)
      for (const file of queued) await api.uploadPhoto(saved.id, file)
      navigate(back)
    } catch (error) {
      setRest(applyProblem(error, setError, FIELDS))
      setFailure(error)
    }
  }, focusFirstInvalid(setFocus, FIELDS))

  async function remove() {
    if (!item || !window.confirm(t('item.deleteConfirm'))) return
    try {
      await api.deleteItem(item.id, item.version)
      navigate(back)
    } catch (error) {
      setRest(undefined)
      setFailure(error)
    }
  }

  const input = (path: FieldPath<Values>, label: string, props: Record<string, unknown> = {}, required = false) => (
    <FormField label={label} error={get(errors, path)} required={required}>
      <input className="input" {...register(path)} data-testid={testIdOf(path)} {...props} />
    </FormField>
  )
  const area = (path: FieldPath<Values>, label: string) => (
    <FormField label={label} error={get(errors, path)}>
      <textarea className="input" rows={2} {...register(path)} data-testid={testIdOf(path)} />
    </FormField>
  )
  const decimal = { type: 'text', inputMode: 'decimal' }
  const integer = { type: 'number', inputMode: 'numeric', min: 1, step: 1 }
  const message = (error: { message?: string } | undefined) => error?.message && <FieldMessage message={error.message} />

  const formError = failure !== undefined ? errorText(failure, 'errors.save') : undefined
  const fieldsMarked = failure !== undefined && rest === undefined

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
      <form className="form form--phone" onSubmit={(e) => void save(e)} noValidate data-testid="item-form">
        <fieldset className="fieldset fieldset--plain" disabled={!editable}>
          <CategoryField
            control={control}
            name="categoryId"
            label={t('item.category')}
            categories={categories}
            emptyLabel={t('item.chooseCategory')}
            required
            testId="item-category"
          />
          {input('name', t('item.name'), { autoComplete: 'off' }, true)}
          {input('material', t('item.material'))}
          <div className="grid grid--2">
            {input('quantity', t('item.quantity'), decimal, true)}
            <FormField label={t('item.unit')} error={errors.unit} required>
              <select className="input" {...register('unit')} data-testid="item-unit">
                {UNITS.map((u) => (
                  <option key={u} value={u}>{t(`unit.${u}`)}</option>
                ))}
              </select>
            </FormField>
          </div>

          <fieldset className="fieldset" data-testid="item-condition">
            <legend>{t('item.condition')} *</legend>
            <div className="choices">
              {CONDITIONS.map((c) => (
                <label key={c} className="choice">
                  <input type="radio" value={String(c)} {...register('condition')} data-testid={`item-condition-${c}`} />
                  <span><strong>{c}</strong> {t(`condition.${c}`)}</span>
                </label>
              ))}
            </div>
            {message(errors.condition)}
          </fieldset>
          {area('functionalDamage', t('item.functionalDamage'))}
          {area('aestheticDamage', t('item.aestheticDamage'))}

          <fieldset className="fieldset">
            <legend>{t('risk.title')}</legend>
            <FormField label={t('item.hazardCheck')} error={errors.hazard?.check}>
              <select className="input" {...register('hazard.check')} data-testid="item-hazard-check">
                {HAZARD_CHECKS.map((h) => (
                  <option key={h} value={h}>{t(`hazardCheck.${h}`)}</option>
                ))}
              </select>
            </FormField>
            {check === 'CONTAINS' && (
              <div className="choices choices--row" role="group" aria-label={t('item.substances')}>
                {SUBSTANCES.map((s) => (
                  <label key={s} className="choice">
                    <input type="checkbox" value={s} {...register('hazard.substances')} data-testid={`item-substance-${s}`} />
                    <span>{t(`substance.${s}`)}</span>
                  </label>
                ))}
              </div>
            )}
            {message(errors.hazard?.substances)}
          </fieldset>

          <FormField label={t('item.fate')} error={errors.fate} required>
            <select className="input" {...register('fate')} data-testid="item-fate">
              {FATES.map((f) => (
                <option key={f} value={f}>{t(`fate.${f}`)}</option>
              ))}
            </select>
          </FormField>
          <FormField label={t('item.status')} error={errors.status}>
            <select className="input" {...register('status')} data-testid="item-status">
              {STATUSES.map((s) => (
                <option key={s} value={s}>{t(`status.${s}`)}</option>
              ))}
            </select>
          </FormField>
          {closing && (
            <OutcomeSelect
              allowed={status === 'REUSED' ? ITEM_REUSED_OUTCOMES : ITEM_DISCARDED_OUTCOMES}
              byDefault={status === 'REUSED' ? 'REUSED_INTERNAL' : fate === 'RECYCLE' ? 'RECYCLED' : 'DISPOSED'}
              field={register('outcome')}
              error={errors.outcome}
              testId="item-outcome"
            />
          )}

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

        <PhotoPanel itemId={item?.id} itemName={name} editable={editable} queued={queued} onQueue={setQueued} />

        {item && <OutcomeList outcomes={item.outcomes} testId="item-outcomes" />}

        {formError && (
          <ErrorMessage
            {...formError}
            message={fieldsMarked ? t('common.fixFields') : formError.message}
            detail={rest ?? formError.detail}
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
