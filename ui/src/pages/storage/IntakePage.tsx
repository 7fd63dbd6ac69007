import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CONDITIONS, UNITS,
  type Building, type Category, type Intake, type IntakeLotRequest, type IntakeRequest, type Item, type LotSourceKind,
  type OrganisationRef, type Site, type StorageLocation, type Unit,
} from '../../api'
import { CategorySelect } from '../../components/CategorySelect'
import { Field } from '../../components/Field'
import { LoadError, Loading } from '../../components/LoadError'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { loadable, type Loadable } from '../../api'
import { num, str, text } from '../inventory/forms'
import { FormError, PdfButton, storageFieldErrors, useStorageFormat } from './shared'

const LOT_FIELDS = [
  'source.kind', 'source.inventoryItemId', 'locationId', 'categoryId', 'description', 'material', 'quantity', 'unit',
  'condition', 'conditionNotes', 'weightPerUnitKg', 'palletPlaces', 'floorAreaM2',
] as const
const HEAD_PATHS = ['siteId', 'deliveredAt', 'deliveredBy.organisationId', 'deliveredBy.name', 'note', 'lots']

interface LotRow {
  key: number
  source: LotSourceKind
  buildingId: string
  itemId: string
  locationId: string
  categoryId: string
  description: string
  material: string
  quantity: string
  unit: Unit
  condition: number
  conditionNotes: string
  weightPerUnitKg: string
  palletPlaces: string
  floorAreaM2: string
}

function emptyRow(key: number, locationId = ''): LotRow {
  return {
    key,
    source: 'INVENTORY_ITEM',
    buildingId: '',
    itemId: '',
    locationId,
    categoryId: '',
    description: '',
    material: '',
    quantity: '',
    unit: 'st',
    condition: 2,
    conditionNotes: '',
    weightPerUnitKg: '',
    palletPlaces: '',
    floorAreaM2: '',
  }
}

/** The row's values taken from an inventory item: what was inventoried is what arrives. */
function fromItem(row: LotRow, item: Item): LotRow {
  return {
    ...row,
    itemId: item.id,
    categoryId: item.category.id,
    description: item.name,
    material: str(item.material),
    quantity: str(item.quantity),
    unit: item.unit,
    condition: item.condition,
    conditionNotes: [item.functionalDamage, item.aestheticDamage].filter(Boolean).join('. '),
    weightPerUnitKg: str(item.weightPerUnitKg),
  }
}

function lotRequestOf(row: LotRow): IntakeLotRequest {
  return {
    locationId: row.locationId,
    categoryId: row.categoryId,
    description: row.description.trim(),
    material: text(row.material),
    unit: row.unit,
    quantity: num(row.quantity) as number,
    condition: row.condition,
    conditionNotes: text(row.conditionNotes),
    weightPerUnitKg: num(row.weightPerUnitKg),
    palletPlaces: num(row.palletPlaces),
    floorAreaM2: num(row.floorAreaM2),
    source: { kind: row.source, inventoryItemId: row.source === 'INVENTORY_ITEM' ? row.itemId || null : null },
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
  const nextKey = useRef(1)
  const [deliveredAt, setDeliveredAt] = useState(nowLocal)
  const [organisationId, setOrganisationId] = useState(() => (!site.manageable && me ? me.organisation.id : ''))
  const [person, setPerson] = useState('')
  const [note, setNote] = useState('')
  const [rows, setRows] = useState<LotRow[]>(() => [emptyRow(0)])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<unknown>()
  const [saving, setSaving] = useState(false)
  const [intake, setIntake] = useState<Intake>()

  // Buildings once for the page, items once per building (several rows may come from the same building).
  const buildingsQuery = useQuery<Building[]>({ queryKey: ['IntakePage.buildings'], queryFn: () => api.buildings(0, 100).then((page) => page.items) })
  const buildings = loadable(buildingsQuery)
  const queryClient = useQueryClient()
  const buildingIds = [...new Set(rows.map((r) => r.buildingId).filter(Boolean))]
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

  const updateRow = (key: number, change: (row: LotRow) => LotRow) => setRows((old) => old.map((r) => (r.key === key ? change(r) : r)))
  const addRow = () => setRows((old) => [...old, emptyRow(nextKey.current++, old[old.length - 1]?.locationId ?? '')])
  const removeRow = (key: number) => setRows((old) => old.filter((r) => r.key !== key))

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    setErrors({})
    setFailure(undefined)
    const body: IntakeRequest = {
      siteId: site.id,
      deliveredAt: toOffsetIso(deliveredAt),
      deliveredBy: organisationId || text(person) ? { organisationId: organisationId || null, name: text(person) } : null,
      note: text(note),
      lots: rows.map(lotRequestOf),
    }
    try {
      setIntake(await storage.createIntake(body))
      window.scrollTo(0, 0)
    } catch (error) {
      const known = [...HEAD_PATHS, ...rows.flatMap((_, i) => LOT_FIELDS.map((f) => `lots[${i}].${f}`))]
      setErrors(storageFieldErrors(error, known))
      setFailure(error)
    } finally {
      setSaving(false)
    }
  }

  function startOver() {
    setIntake(undefined)
    setRows([emptyRow(nextKey.current++)])
    setNote('')
    setPerson('')
    setDeliveredAt(nowLocal())
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
        <fieldset className="fieldset" disabled={saving}>
          <legend>{t('storage.intake.delivery')}</legend>
          <div className="grid">
            <Field label={t('storage.intake.deliveredAt')} error={errors.deliveredAt}>
              <input
                className="input"
                type="datetime-local"
                value={deliveredAt}
                onChange={(e) => setDeliveredAt(e.target.value)}
                data-testid="intake-delivered-at"
              />
            </Field>
            <Field label={t('storage.intake.organisation')} error={errors['deliveredBy.organisationId']}>
              <select className="input" value={organisationId} onChange={(e) => setOrganisationId(e.target.value)} data-testid="intake-organisation">
                <option value="">{t('storage.intake.noOrganisation')}</option>
                {organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('storage.intake.person')} error={errors['deliveredBy.name']}>
              <input className="input" value={person} autoComplete="off" onChange={(e) => setPerson(e.target.value)} data-testid="intake-person" />
            </Field>
          </div>
          <Field label={t('storage.intake.note')} error={errors.note}>
            <textarea className="input" rows={2} value={note} onChange={(e) => setNote(e.target.value)} data-testid="intake-note" />
          </Field>
        </fieldset>

        {rows.map((row, index) => (
          <LotRowFields
            key={row.key}
            row={row}
            index={index}
            removable={rows.length > 1}
            disabled={saving}
            locations={locations}
            categories={categories}
            buildings={buildings}
            items={row.buildingId ? items[row.buildingId] : undefined}
            errors={errors}
            onChange={(change) => updateRow(row.key, change)}
            onRetryItems={retryItems}
            onRemove={() => removeRow(row.key)}
          />
        ))}
        {errors.lots && <p className="field__error">{errors.lots}</p>}
        <div>
          <button type="button" className="button button--secondary" onClick={addRow} disabled={saving} data-testid="intake-add-lot">
            {t('storage.intake.addLot')}
          </button>
        </div>

        <FormError failure={failure} errors={errors} />
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

interface RowProps {
  row: LotRow
  index: number
  removable: boolean
  disabled: boolean
  locations: StorageLocation[]
  categories: Category[]
  buildings: Loadable<Building[]>
  items: Loadable<Item[]> | undefined
  errors: Record<string, string>
  onChange: (change: (row: LotRow) => LotRow) => void
  onRetryItems: (buildingId: string) => void
  onRemove: () => void
}

function LotRowFields({ row, index, removable, disabled, locations, categories, buildings, items, errors, onChange, onRetryItems, onRemove }: RowProps) {
  const { t } = useTranslation()
  const format = useStorageFormat()
  const n = index + 1
  const chosen = items?.kind === 'loaded' && row.itemId ? items.data.find((i) => i.id === row.itemId) : undefined
  const err = (field: (typeof LOT_FIELDS)[number]) => errors[`lots[${index}].${field}`]
  const tid = (field: string) => `intake-lot-${index}-${field}`
  const locationHint = (l: StorageLocation | undefined) =>
    l ? [t(`locationKind.${l.kind}`), l.description].filter(Boolean).join(' – ') : undefined
  const set = <K extends keyof LotRow>(key: K, value: LotRow[K]) => onChange((r) => ({ ...r, [key]: value }))
  const textInput = (key: 'description' | 'material' | 'conditionNotes', label: string, field: (typeof LOT_FIELDS)[number], required = false) => (
    <Field label={label} error={err(field)} required={required}>
      <input className="input" value={row[key]} onChange={(e) => set(key, e.target.value)} data-testid={tid(key)} />
    </Field>
  )
  const decimalInput = (key: 'quantity' | 'weightPerUnitKg' | 'palletPlaces' | 'floorAreaM2', label: string, required = false) => (
    <Field label={label} error={err(key)} required={required}>
      <input className="input" type="text" inputMode="decimal" value={row[key]} onChange={(e) => set(key, e.target.value)} data-testid={tid(key)} />
    </Field>
  )

  return (
    <fieldset className="fieldset" disabled={disabled} data-testid="intake-lot">
      <legend>{t('storage.intake.lotN', { n })}</legend>
      <fieldset className="fieldset fieldset--plain">
        <legend className="field__label">{t('storage.intake.source')}</legend>
        <div className="choices choices--row">
          {(['INVENTORY_ITEM', 'DELIVERY'] as const).map((kind) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name={`source-${row.key}`}
                checked={row.source === kind}
                onChange={() => onChange((r) => ({ ...r, source: kind, itemId: kind === 'DELIVERY' ? '' : r.itemId }))}
                data-testid={tid(`source-${kind}`)}
              />
              <span>{t(`storage.intake.sourceKind.${kind}`)}</span>
            </label>
          ))}
        </div>
        {err('source.kind') && <p className="field__error">{err('source.kind')}</p>}
      </fieldset>

      {row.source === 'INVENTORY_ITEM' && (
        <div className="grid grid--top">
          <Field label={t('storage.intake.building')} hint={buildings.kind === 'loaded' && buildings.data.length === 0 ? t('storage.intake.noBuildings') : undefined}>
            <select
              className="input"
              value={row.buildingId}
              onChange={(e) => {
                const buildingId = e.target.value
                onChange((r) => ({ ...r, buildingId, itemId: '' }))
              }}
              data-testid={tid('building')}
            >
              <option value="">{buildings.kind === 'loading' ? t('app.loading') : t('storage.intake.chooseBuilding')}</option>
              {buildings.kind === 'loaded' &&
                buildings.data.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
            </select>
          </Field>
          <Field
            label={t('storage.intake.item')}
            error={err('source.inventoryItemId')}
            hint={
              items?.kind === 'loaded' && items.data.length === 0
                ? t('storage.intake.noItems')
                : chosen
                  ? t('storage.intake.itemChosen', { quantity: format.quantity(chosen.quantity, chosen.unit), status: t(`status.${chosen.status ?? 'INVENTORIED'}`) })
                  : t('storage.intake.itemHint')
            }
            required
          >
            <select
              className="input"
              value={row.itemId}
              disabled={!row.buildingId || items?.kind !== 'loaded'}
              onChange={(e) => {
                const item = items?.kind === 'loaded' ? items.data.find((i) => i.id === e.target.value) : undefined
                onChange((r) => (item ? fromItem(r, item) : { ...r, itemId: '' }))
              }}
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
          </Field>
          {buildings.kind === 'failed' && <LoadError error={buildings.error} />}
          {items?.kind === 'failed' && <LoadError error={items.error} onRetry={() => onRetryItems(row.buildingId)} />}
        </div>
      )}

      <Field label={t('storage.intake.location')} error={err('locationId')} hint={locationHint(locations.find((l) => l.id === row.locationId))} required>
        <select className="input" value={row.locationId} onChange={(e) => set('locationId', e.target.value)} data-testid={tid('location')}>
          <option value="">{t('storage.intake.chooseLocation')}</option>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.code}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('item.category')} error={err('categoryId')} required>
        <CategorySelect
          categories={categories}
          value={row.categoryId}
          onChange={(id) => set('categoryId', id)}
          emptyLabel={t('item.chooseCategory')}
          data-testid={tid('category')}
        />
      </Field>
      {textInput('description', t('storage.lot.description'), 'description', true)}
      {textInput('material', t('item.material'), 'material')}
      <div className="grid grid--2">
        {decimalInput('quantity', t('item.quantity'), true)}
        <Field label={t('item.unit')} error={err('unit')} required>
          <select className="input" value={row.unit} onChange={(e) => set('unit', e.target.value as Unit)} data-testid={tid('unit')}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`unit.${u}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="grid grid--2 grid--top">
        <Field label={t('item.condition')} error={err('condition')} required>
          <select className="input" value={row.condition} onChange={(e) => set('condition', Number(e.target.value))} data-testid={tid('condition')}>
            {CONDITIONS.map((c) => (
              <option key={c} value={c}>
                {`${c} – ${t(`condition.${c}`)}`}
              </option>
            ))}
          </select>
        </Field>
        {decimalInput('weightPerUnitKg', t('item.weightPerUnitKg'))}
      </div>
      {textInput('conditionNotes', t('listing.conditionNotes'), 'conditionNotes')}
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
