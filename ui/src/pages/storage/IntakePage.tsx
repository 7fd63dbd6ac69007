import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { get, useFieldArray, useForm, useWatch, type Control, type FieldError, type FieldErrors, type FieldPath, type UseFormRegister } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import {
  CONDITIONS, UNITS,
  type Building, type Category, type Intake, type IntakeRequest, type Item, type OrganisationRef, type Site,
  type StorageLocation,
} from '../../api'
import { LoadError, Loading } from '../../components/LoadError'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { loadable, type Loadable } from '../../api'
import {
  applyProblem, CategoryField, chosen, FieldMessage, focusFirstInvalid, FormField, numberText, optionalText, parseNumber,
  requiredText, zodResolver,
} from '../../forms'
import { str, text } from '../inventory/forms'
import { FormError, PdfButton, useStorageFormat } from './shared'

/**
 * IntakeRequest's rules (storage/api/IntakeRequest.java) on the form's text, and the service's: a lot from the
 * inventory names its item. The values mirror the request's shape, so the server's field paths
 * (`lots[1].source.inventoryItemId`) are the form's (`lots.1.source.inventoryItemId`).
 */
const lotSchema = z
  .object({
    source: z.object({ kind: z.enum(['INVENTORY_ITEM', 'DELIVERY']), inventoryItemId: z.string() }),
    // only the form's: the building whose items the item list shows
    buildingId: z.string(),
    locationId: chosen(),
    categoryId: chosen(),
    description: requiredText(500),
    material: optionalText(200),
    quantity: numberText({ required: true, positive: true, max: 1_000_000_000 }),
    unit: z.enum(UNITS),
    condition: z.enum(CONDITIONS.map(String) as [string, ...string[]]),
    conditionNotes: optionalText(2000),
    weightPerUnitKg: numberText({ min: 0, max: 1_000_000 }),
    palletPlaces: numberText({ min: 0, max: 100_000 }),
    floorAreaM2: numberText({ min: 0, max: 1_000_000 }),
  })
  .superRefine((lot, context) => {
    if (lot.source.kind === 'INVENTORY_ITEM' && lot.source.inventoryItemId === '')
      context.addIssue({ code: 'custom', path: ['source', 'inventoryItemId'], message: 'validation.choose' })
  })

const schema = z.object({
  deliveredAt: z.string(),
  deliveredBy: z.object({ organisationId: z.string(), name: optionalText(200) }),
  note: optionalText(2000),
  lots: z.array(lotSchema).min(1).max(50),
})
type Values = z.infer<typeof schema>
type LotValues = Values['lots'][number]

/** A lot's fields in the order of the form. */
const LOT_FIELDS = [
  'source.kind', 'source.inventoryItemId', 'locationId', 'categoryId', 'description', 'material', 'quantity', 'unit',
  'condition', 'conditionNotes', 'weightPerUnitKg', 'palletPlaces', 'floorAreaM2',
] as const

/** The form's fields in the order of the form, for `count` lots: errors go on them, the first is focused. */
function fieldsOf(count: number): FieldPath<Values>[] {
  const lots = Array.from({ length: count }, (_, i) => LOT_FIELDS.map((f) => `lots.${i}.${f}` as FieldPath<Values>))
  return ['deliveredAt', 'deliveredBy.organisationId', 'deliveredBy.name', 'note', ...lots.flat(), 'lots']
}

function emptyLot(locationId = ''): LotValues {
  return {
    source: { kind: 'INVENTORY_ITEM', inventoryItemId: '' },
    buildingId: '',
    locationId,
    categoryId: '',
    description: '',
    material: '',
    quantity: '',
    unit: 'st',
    condition: '2',
    conditionNotes: '',
    weightPerUnitKg: '',
    palletPlaces: '',
    floorAreaM2: '',
  }
}

/** The lot's values taken from an inventory item: what was inventoried is what arrives. */
function fromItem(lot: LotValues, item: Item): LotValues {
  return {
    ...lot,
    source: { kind: 'INVENTORY_ITEM', inventoryItemId: item.id },
    categoryId: item.category.id,
    description: item.name,
    material: str(item.material),
    quantity: str(item.quantity),
    unit: item.unit,
    condition: String(item.condition),
    conditionNotes: [item.functionalDamage, item.aestheticDamage].filter(Boolean).join('. '),
    weightPerUnitKg: str(item.weightPerUnitKg),
  }
}

function requestOf(site: Site, v: Values): IntakeRequest {
  const organisationId = v.deliveredBy.organisationId || null
  const name = text(v.deliveredBy.name)
  return {
    siteId: site.id,
    deliveredAt: toOffsetIso(v.deliveredAt),
    deliveredBy: organisationId || name ? { organisationId, name } : null,
    note: text(v.note),
    lots: v.lots.map((lot) => ({
      locationId: lot.locationId,
      categoryId: lot.categoryId,
      description: lot.description.trim(),
      material: text(lot.material),
      unit: lot.unit,
      quantity: parseNumber(lot.quantity) as number,
      condition: Number(lot.condition),
      conditionNotes: text(lot.conditionNotes),
      weightPerUnitKg: parseNumber(lot.weightPerUnitKg),
      palletPlaces: parseNumber(lot.palletPlaces),
      floorAreaM2: parseNumber(lot.floorAreaM2),
      source: {
        kind: lot.source.kind,
        inventoryItemId: lot.source.kind === 'INVENTORY_ITEM' ? lot.source.inventoryItemId || null : null,
      },
    })),
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Now as the value of a datetime-local input (local time, minutes). */
function nowLocal(): string {
  const d = new Date()
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** A datetime-local value as an ISO-8601 timestamp with the browser's offset; empty: null (the server takes now). */
function toOffsetIso(local: string): string | null {
  if (!local) return null
  const date = new Date(local)
  if (Number.isNaN(date.getTime())) return local
  const offset = -date.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  const abs = Math.abs(offset)
  return `${local.length === 16 ? `${local}:00` : local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

interface Loaded {
  site: Site
  locations: StorageLocation[]
  categories: Category[]
}

/** /lager/:siteId/inleverans: register a delivery of one or more lots to a site. */
export function IntakePage({ siteId }: { siteId: string }) {
  const { storage, api } = useSession()
  const stateQuery = useQuery<Loaded>({ queryKey: ['IntakePage.state', siteId], queryFn: async () => {
    const [site, locations, categories] = await Promise.all([storage.site(siteId), storage.locations(siteId), api.categories()])
    return { site, locations, categories }
  } })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <section className="card"><LoadError error={state.error} onRetry={reload} /></section>
  return <IntakeForm {...state.data} />
}

function IntakeForm({ site, locations, categories }: Loaded) {
  const { t } = useTranslation()
  const { storage, api, me } = useSession()
  const defaults = (): Values => ({
    deliveredAt: nowLocal(),
    deliveredBy: { organisationId: !site.manageable && me ? me.organisation.id : '', name: '' },
    note: '',
    lots: [emptyLot()],
  })
  // The category is a Controller, registered after the plain inputs: the focus goes by FIELDS instead.
  const { register, control, handleSubmit, setError, setFocus, getValues, setValue, reset, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: defaults(),
    shouldFocusError: false,
  })
  const { errors, isSubmitting: saving } = formState
  const { fields, append, remove } = useFieldArray({ control, name: 'lots' })
  const lots = useWatch({ control, name: 'lots' })
  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()
  const [intake, setIntake] = useState<Intake>()

  // Buildings once for the page, items once per building (several lots may come from the same building).
  const buildingsQuery = useQuery<Building[]>({ queryKey: ['IntakePage.buildings'], queryFn: () => api.buildings(0, 100).then((page) => page.items) })
  const buildings = loadable(buildingsQuery)
  const queryClient = useQueryClient()
  const buildingIds = [...new Set(lots.map((l) => l.buildingId).filter(Boolean))]
  const itemQueries = useQueries({
    queries: buildingIds.map((buildingId) => ({
      queryKey: ['IntakePage.items', buildingId],
      queryFn: () => api.items(buildingId, { page: 0, size: 100, sort: 'name', dir: 'asc' }).then((page) => page.items),
      // another building's items must not stand in while these load
      placeholderData: undefined,
    })),
  })
  const items: Record<string, Loadable<Item[]>> = Object.fromEntries(buildingIds.map((id, i) => [id, loadable(itemQueries[i])]))
  const retryItems = (buildingId: string) => void queryClient.refetchQueries({ queryKey: ['IntakePage.items', buildingId] })

  const organisations: OrganisationRef[] = []
  for (const o of [site.organisation, ...site.deliverers, ...(me ? [me.organisation] : [])]) {
    if (!organisations.some((x) => x.id === o.id)) organisations.push({ id: o.id, code: o.code, name: o.name })
  }

  const submit = handleSubmit(
    async (values) => {
      setFailure(undefined)
      setRest(undefined)
      try {
        setIntake(await storage.createIntake(requestOf(site, values)))
        window.scrollTo(0, 0)
      } catch (error) {
        setRest(applyProblem(error, setError, fieldsOf(values.lots.length)))
        setFailure(error)
      }
    },
    focusFirstInvalid(setFocus, fieldsOf(fields.length)),
  )

  function startOver() {
    setIntake(undefined)
    setFailure(undefined)
    reset(defaults())
  }

  if (intake) return <IntakeDone site={site} intake={intake} onAnother={startOver} />

  return (
    <section className="card" aria-labelledby="intake-title" data-testid="intake-page">
      <p className="crumb">
        <Link to={`/lager/${site.id}`}>← {site.name}</Link>
      </p>
      <h1 id="intake-title" className="card__title">
        {t('storage.intake.title')}
      </h1>
      <p className="muted">{t('storage.intake.intro', { site: site.name })}</p>
      {locations.length === 0 && (
        <p className="notice" data-testid="intake-no-locations">
          {t('storage.intake.noLocations')}
        </p>
      )}
      <form className="form form--phone" onSubmit={(e) => void submit(e)} noValidate data-testid="intake-form">
        <fieldset className="fieldset">
          <legend>{t('storage.intake.delivery')}</legend>
          <div className="grid">
            <FormField label={t('storage.intake.deliveredAt')} error={errors.deliveredAt}>
              <input className="input" type="datetime-local" {...register('deliveredAt')} data-testid="intake-delivered-at" />
            </FormField>
            <FormField label={t('storage.intake.organisation')} error={errors.deliveredBy?.organisationId}>
              <select className="input" {...register('deliveredBy.organisationId')} data-testid="intake-organisation">
                <option value="">{t('storage.intake.noOrganisation')}</option>
                {organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={t('storage.intake.person')} error={errors.deliveredBy?.name}>
              <input className="input" autoComplete="off" {...register('deliveredBy.name')} data-testid="intake-person" />
            </FormField>
          </div>
          <FormField label={t('storage.intake.note')} error={errors.note}>
            <textarea className="input" rows={2} {...register('note')} data-testid="intake-note" />
          </FormField>
        </fieldset>

        {fields.map((field, index) => (
          <LotFields
            key={field.id}
            index={index}
            lot={lots[index] ?? field}
            removable={fields.length > 1}
            register={register}
            control={control}
            errors={errors}
            locations={locations}
            categories={categories}
            buildings={buildings}
            items={lots[index]?.buildingId ? items[lots[index].buildingId] : undefined}
            onBuilding={(buildingId) => {
              setValue(`lots.${index}.buildingId`, buildingId)
              setValue(`lots.${index}.source.inventoryItemId`, '')
            }}
            onItem={(item) => {
              const lot = getValues(`lots.${index}`)
              if (item) setValue(`lots.${index}`, fromItem(lot, item), { shouldValidate: formState.isSubmitted })
              else setValue(`lots.${index}.source.inventoryItemId`, '')
            }}
            onRetryItems={retryItems}
            onRemove={() => remove(index)}
          />
        ))}
        {errors.lots?.root && <FieldMessage message={errors.lots.root.message ?? ''} />}
        {errors.lots?.message && <FieldMessage message={errors.lots.message} />}
        <div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => append(emptyLot(getValues('lots').at(-1)?.locationId ?? ''), { shouldFocus: false })}
            disabled={saving}
            data-testid="intake-add-lot"
          >
            {t('storage.intake.addLot')}
          </button>
        </div>

        <FormError failure={failure} errors={failure === undefined ? {} : rest === undefined ? { marked: '' } : { _: rest }} />
        <div className="actions actions--sticky">
          <button type="submit" className="button" disabled={saving} data-testid="intake-submit">
            {saving ? t('common.saving') : t('storage.intake.submit')}
          </button>
          <Link to={`/lager/${site.id}`} className="button button--secondary" data-testid="intake-cancel">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </section>
  )
}

interface LotProps {
  index: number
  lot: LotValues
  removable: boolean
  register: UseFormRegister<Values>
  control: Control<Values>
  errors: FieldErrors<Values>
  locations: StorageLocation[]
  categories: Category[]
  buildings: Loadable<Building[]>
  items: Loadable<Item[]> | undefined
  onBuilding: (buildingId: string) => void
  onItem: (item: Item | undefined) => void
  onRetryItems: (buildingId: string) => void
  onRemove: () => void
}

function LotFields({ index, lot, removable, register, control, errors, locations, categories, buildings, items, onBuilding, onItem, onRetryItems, onRemove }: LotProps) {
  const { t } = useTranslation()
  const format = useStorageFormat()
  const n = index + 1
  const itemId = lot.source.inventoryItemId
  const chosenItem = items?.kind === 'loaded' && itemId ? items.data.find((i) => i.id === itemId) : undefined
  const path = <F extends (typeof LOT_FIELDS)[number]>(field: F) => `lots.${index}.${field}` as const
  const err = (field: (typeof LOT_FIELDS)[number]): FieldError | undefined => get(errors, path(field))
  const tid = (field: string) => `intake-lot-${index}-${field}`
  const locationHint = (l: StorageLocation | undefined) =>
    l ? [t(`locationKind.${l.kind}`), l.description].filter(Boolean).join(' – ') : undefined
  const textInput = (field: 'description' | 'material' | 'conditionNotes', label: string, required = false) => (
    <FormField label={label} error={err(field)} required={required}>
      <input className="input" {...register(path(field))} data-testid={tid(field)} />
    </FormField>
  )
  const decimalInput = (field: 'quantity' | 'weightPerUnitKg' | 'palletPlaces' | 'floorAreaM2', label: string, required = false) => (
    <FormField label={label} error={err(field)} required={required}>
      <input className="input" type="text" inputMode="decimal" {...register(path(field))} data-testid={tid(field)} />
    </FormField>
  )

  return (
    <fieldset className="fieldset" data-testid="intake-lot">
      <legend>{t('storage.intake.lotN', { n })}</legend>
      <fieldset className="fieldset fieldset--plain">
        <legend className="field__label">{t('storage.intake.source')}</legend>
        <div className="choices choices--row">
          {(['INVENTORY_ITEM', 'DELIVERY'] as const).map((kind) => (
            <label key={kind} className="choice">
              <input type="radio" value={kind} {...register(path('source.kind'))} data-testid={tid(`source-${kind}`)} />
              <span>{t(`storage.intake.sourceKind.${kind}`)}</span>
            </label>
          ))}
        </div>
        {err('source.kind')?.message && <FieldMessage message={err('source.kind')?.message ?? ''} />}
      </fieldset>

      {lot.source.kind === 'INVENTORY_ITEM' && (
        <div className="grid grid--top">
          <FormField label={t('storage.intake.building')} hint={buildings.kind === 'loaded' && buildings.data.length === 0 ? t('storage.intake.noBuildings') : undefined}>
            <select className="input" value={lot.buildingId} onChange={(e) => onBuilding(e.target.value)} data-testid={tid('building')}>
              <option value="">{buildings.kind === 'loading' ? t('app.loading') : t('storage.intake.chooseBuilding')}</option>
              {buildings.kind === 'loaded' &&
                buildings.data.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
            </select>
          </FormField>
          <FormField
            label={t('storage.intake.item')}
            error={err('source.inventoryItemId')}
            hint={
              items?.kind === 'loaded' && items.data.length === 0
                ? t('storage.intake.noItems')
                : chosenItem
                  ? t('storage.intake.itemChosen', { quantity: format.quantity(chosenItem.quantity, chosenItem.unit), status: t(`status.${chosenItem.status ?? 'INVENTORIED'}`) })
                  : t('storage.intake.itemHint')
            }
            required
          >
            {/* Registered for its value, its error and the focus; choosing an item fills the lot (onItem). */}
            <select
              className="input"
              {...register(path('source.inventoryItemId'), {
                onChange: (e: { target: { value: string } }) =>
                  onItem(items?.kind === 'loaded' ? items.data.find((i) => i.id === e.target.value) : undefined),
              })}
              data-testid={tid('item')}
            >
              <option value="">{items?.kind === 'loading' ? t('app.loading') : t('storage.intake.chooseItem')}</option>
              {items?.kind === 'loaded' &&
                items.data.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
            </select>
          </FormField>
          {buildings.kind === 'failed' && <LoadError error={buildings.error} />}
          {items?.kind === 'failed' && <LoadError error={items.error} onRetry={() => onRetryItems(lot.buildingId)} />}
        </div>
      )}

      <FormField label={t('storage.intake.location')} error={err('locationId')} hint={locationHint(locations.find((l) => l.id === lot.locationId))} required>
        <select className="input" {...register(path('locationId'))} data-testid={tid('location')}>
          <option value="">{t('storage.intake.chooseLocation')}</option>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.code}
            </option>
          ))}
        </select>
      </FormField>
      <CategoryField
        control={control}
        name={path('categoryId')}
        label={t('item.category')}
        categories={categories}
        emptyLabel={t('item.chooseCategory')}
        required
        testId={tid('category')}
      />
      {textInput('description', t('storage.lot.description'), true)}
      {textInput('material', t('item.material'))}
      <div className="grid grid--2">
        {decimalInput('quantity', t('item.quantity'), true)}
        <FormField label={t('item.unit')} error={err('unit')} required>
          <select className="input" {...register(path('unit'))} data-testid={tid('unit')}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`unit.${u}`)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <div className="grid grid--2 grid--top">
        <FormField label={t('item.condition')} error={err('condition')} required>
          <select className="input" {...register(path('condition'))} data-testid={tid('condition')}>
            {CONDITIONS.map((c) => (
              <option key={c} value={String(c)}>
                {`${c} – ${t(`condition.${c}`)}`}
              </option>
            ))}
          </select>
        </FormField>
        {decimalInput('weightPerUnitKg', t('item.weightPerUnitKg'))}
      </div>
      {textInput('conditionNotes', t('listing.conditionNotes'))}
      <fieldset className="fieldset fieldset--plain">
        <legend className="field__label">{t('storage.intake.space')}</legend>
        <p className="field__hint">{t('storage.intake.spaceHint')}</p>
        <div className="grid grid--2">
          {decimalInput('palletPlaces', t('storage.intake.palletPlaces'))}
          {decimalInput('floorAreaM2', t('storage.intake.floorAreaM2'))}
        </div>
      </fieldset>
      {removable && (
        <div>
          <button type="button" className="button button--danger button--small" onClick={onRemove} data-testid={tid('remove')}>
            {t('storage.intake.removeLot', { n })}
          </button>
        </div>
      )}
    </fieldset>
  )
}

/** After the intake: the new lots with their codes, their labels and links. */
function IntakeDone({ site, intake, onAnother }: { site: Site; intake: Intake; onAnother: () => void }) {
  const { t } = useTranslation()
  const { storage } = useSession()
  const format = useStorageFormat()
  const ids = intake.lots.map((l) => l.id)
  return (
    <section className="card" aria-labelledby="intake-done-title" data-testid="intake-done">
      <p className="crumb">
        <Link to={`/lager/${site.id}`}>← {site.name}</Link>
      </p>
      <h1 id="intake-done-title" className="card__title">
        {t('storage.intake.doneTitle')}
      </h1>
      <p className="success" role="status">
        {t('storage.intake.done', { count: intake.lots.length })}
      </p>
      <ul className="created-lots" data-testid="created-lots">
        {intake.lots.map((lot) => (
          <li key={lot.id} className="created-lot" data-testid="created-lot">
            <Link to={`/lager/poster/${lot.id}`} className="lot-code lot-code--small" data-testid="created-lot-code">
              {lot.code}
            </Link>
            <span>
              {lot.description} · {format.quantity(lot.onHand, lot.unit)}
              {lot.locations.length > 0 && ` · ${lot.locations.map((l) => l.code).join(', ')}`}
            </span>
          </li>
        ))}
      </ul>
      <div className="actions">
        <PdfButton
          label={t('storage.site.printLabels')}
          filename={`etiketter-${intake.id}.pdf`}
          load={() => storage.siteLabels(site.id, ids)}
          testId="print-intake-labels"
          secondary={false}
        />
        <button type="button" className="button button--secondary" onClick={onAnother} data-testid="intake-another">
          {t('storage.intake.another')}
        </button>
        <Link to={`/lager/${site.id}`} className="button button--secondary" data-testid="intake-to-site">
          {t('storage.intake.toSite')}
        </Link>
      </div>
    </section>
  )
}
