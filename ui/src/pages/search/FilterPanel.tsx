import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Category, Facet, SearchAnswer } from '../../api'
import { CategorySelect } from '../../components/CategorySelect'
import { Field } from '../../components/Field'
import { DISTANCES_KM, PLACES, placeOf, type Filters } from './filters'

interface Props {
  filters: Filters
  facets: SearchAnswer['facets'] | undefined
  /** The category tree; null when it cannot be read (anonymous): then the facets alone name the categories. */
  tree: Category[] | null
  /** `replace` for a control that changes in small steps (a typed date): one history entry, not one per step. */
  update: (patch: Partial<Filters>, replace?: boolean) => void
  /** Asks the browser for the searcher's position. */
  onLocate: () => void
  locating: boolean
  locateFailed: boolean
}

/** A number filter: typed freely, applied on Enter or when the field is left (not on every key). */
function NumberFilter({ label, value, onCommit, testId, min = 0, step = 1, whole = false }: {
  label: string
  value: number | null
  onCommit: (value: number | null) => void
  testId: string
  min?: number
  step?: number
  /** Whole numbers only (millimetres): a typed decimal is rounded. */
  whole?: boolean
}) {
  const [draft, setDraft] = useState(value === null ? '' : String(value))
  useEffect(() => setDraft(value === null ? '' : String(value)), [value])
  const commit = () => {
    const trimmed = draft.trim().replace(',', '.')
    const typed = trimmed === '' ? null : Number(trimmed)
    if (typed !== null && (!Number.isFinite(typed) || typed < min)) return
    const n = typed !== null && whole ? Math.round(typed) : typed
    if (n !== value) onCommit(n)
  }
  return (
    <Field label={label}>
      <input
        className="input"
        type="number"
        inputMode={whole ? 'numeric' : 'decimal'}
        min={min}
        step={step}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            commit()
          }
        }}
        data-testid={testId}
      />
    </Field>
  )
}

function FacetChecks({ legend, facets, selected, onChange, testId }: {
  legend: string
  facets: Facet[] | undefined
  selected: string[]
  onChange: (keys: string[]) => void
  testId: string
}) {
  const { i18n } = useTranslation()
  const list = [...(facets ?? [])]
  // A chosen value stays visible (and can be unticked) even when the answer has no count for it.
  for (const key of selected) if (!list.some((f) => f.key === key)) list.push({ key, label: key, labelEn: key, count: 0 })
  if (list.length === 0) return null
  return (
    <fieldset className="fieldset facet" data-testid={testId}>
      <legend>{legend}</legend>
      {list.map((f) => (
        <label key={f.key} className="check check--facet">
          <input
            type="checkbox"
            checked={selected.includes(f.key)}
            onChange={(e) => onChange(e.target.checked ? [...selected, f.key] : selected.filter((k) => k !== f.key))}
            data-testid={`${testId}-${f.key}`}
          />
          <span>{i18n.language === 'en' ? f.labelEn || f.label : f.label}</span>
          {f.count > 0 && <span className="facet__count">{f.count}</span>}
        </label>
      ))}
    </fieldset>
  )
}

/** Category counts by id; a top-level category also counts the hits of its children. */
function categoryCounts(tree: Category[], facets: Facet[] | undefined): Record<string, number> {
  const own: Record<string, number> = {}
  for (const f of facets ?? []) own[f.key] = (own[f.key] ?? 0) + f.count
  const counts: Record<string, number> = { ...own }
  for (const top of tree) {
    const children = top.children ?? []
    counts[top.id] = (own[top.id] ?? 0) + children.reduce((sum, c) => sum + (own[c.id] ?? 0), 0)
  }
  return counts
}

export function FilterPanel({ filters, facets, tree, update, onLocate, locating, locateFailed }: Props) {
  const { t } = useTranslation()
  const place = placeOf(filters)
  const conditionCounts = Object.fromEntries((facets?.condition ?? []).map((f) => [f.key, f.count]))
  const upTo = (n: number) => [1, 2, 3, 4].filter((c) => c <= n).reduce((sum, c) => sum + (conditionCounts[String(c)] ?? 0), 0)

  // Without the tree (anonymous), the category facet is a flat list; a chosen category not in it is still shown.
  const categoryOptions: Category[] =
    tree ??
    (facets?.category ?? []).map((f, index) => ({
      id: f.key,
      parentId: null,
      code: f.key,
      nameSv: f.label,
      nameEn: f.labelEn || f.label,
      sortOrder: index,
      children: [],
    }))
  if (filters.category && !tree && !categoryOptions.some((c) => c.id === filters.category)) {
    categoryOptions.push({ id: filters.category, parentId: null, code: '', nameSv: t('search.chosenCategory'), nameEn: t('search.chosenCategory'), sortOrder: 9999, children: [] })
  }

  return (
    <div className="filter-panel" data-testid="search-filters">
      <Field label={t('search.category')}>
        <CategorySelect
          categories={categoryOptions}
          value={filters.category}
          onChange={(category) => update({ category })}
          emptyLabel={t('search.allCategories')}
          topLevelChoosable
          counts={categoryCounts(categoryOptions, facets?.category)}
          data-testid="filter-category"
        />
      </Field>

      <fieldset className="fieldset" data-testid="filter-condition">
        <legend>{t('search.condition')}</legend>
        <div className="choices choices--compact">
          {[null, 1, 2, 3].map((n) => (
            <label key={n ?? 'all'} className="choice">
              <input
                type="radio"
                name="conditionMax"
                checked={filters.conditionMax === n || (n === null && filters.conditionMax === 4)}
                onChange={() => update({ conditionMax: n })}
                data-testid={`filter-condition-${n ?? 'all'}`}
              />
              <span>
                {n === null ? t('search.anyCondition') : <><strong>{n === 1 ? '1' : t('search.conditionUpTo', { n })}</strong> {t(`condition.${n}`)}</>}
                {/* The counts come from hits already filtered: above the chosen grade they would mislead. */}
                {facets?.condition && n !== null && (filters.conditionMax === null || n <= filters.conditionMax) && (
                  <span className="facet__count">{upTo(n)}</span>
                )}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="fieldset" data-testid="filter-distance">
        <legend>{t('search.distance')}</legend>
        <Field label={t('search.from')}>
          <select
            className="input"
            value={place?.key ?? 'custom'}
            onChange={(e) => {
              if (e.target.value === 'me') {
                onLocate()
                return
              }
              const chosen = PLACES.find((p) => p.key === e.target.value)
              if (chosen) update(chosen.key === PLACES[0].key ? { lat: null, lon: null } : { lat: chosen.lat, lon: chosen.lon })
            }}
            data-testid="filter-place"
          >
            {PLACES.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
            {!place && (
              <option value="custom">
                {t('search.ownPosition', { lat: filters.lat?.toFixed(3), lon: filters.lon?.toFixed(3) })}
              </option>
            )}
            {'geolocation' in navigator && <option value="me">{t('search.useMyPosition')}</option>}
          </select>
        </Field>
        {locating && <p role="status" className="field__hint">{t('search.locating')}</p>}
        {locateFailed && <p role="status" className="field__hint">{t('search.locateFailed')}</p>}
        <Field label={t('search.within')}>
          <select
            className="input"
            value={filters.withinKm ?? ''}
            onChange={(e) => update({ withinKm: e.target.value ? Number(e.target.value) : null })}
            data-testid="filter-within"
          >
            <option value="">{t('search.anyDistance')}</option>
            {DISTANCES_KM.map((km) => (
              <option key={km} value={km}>
                {t('search.withinKm', { km })}
              </option>
            ))}
            {filters.withinKm !== null && !(DISTANCES_KM as readonly number[]).includes(filters.withinKm) && (
              <option value={filters.withinKm}>{t('search.withinKm', { km: filters.withinKm })}</option>
            )}
          </select>
        </Field>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('search.priceAndQuantity')}</legend>
        <label className="check">
          <input type="checkbox" checked={filters.free} onChange={(e) => update({ free: e.target.checked })} data-testid="filter-free" />
          {t('search.freeOnly')}
        </label>
        {!filters.free && (
          <NumberFilter label={t('search.priceMax')} value={filters.priceMax} onCommit={(priceMax) => update({ priceMax })} testId="filter-price-max" />
        )}
        <NumberFilter label={t('search.minQuantity')} value={filters.minQuantity} onCommit={(minQuantity) => update({ minQuantity })} testId="filter-min-quantity" step={0.1} />
      </fieldset>

      <fieldset className="fieldset" data-testid="filter-dimensions">
        <legend>{t('search.dimensions')}</legend>
        {(['width', 'height', 'length'] as const).map((d) => (
          <div key={d} className="grid grid--2 range">
            <NumberFilter
              label={t(`search.${d}Min`)}
              value={filters[`${d}Min`]}
              onCommit={(v) => update({ [`${d}Min`]: v })}
              testId={`filter-${d}-min`}
              whole
            />
            <NumberFilter
              label={t(`search.${d}Max`)}
              value={filters[`${d}Max`]}
              onCommit={(v) => update({ [`${d}Max`]: v })}
              testId={`filter-${d}-max`}
              whole
            />
          </div>
        ))}
      </fieldset>

      <Field label={t('search.availableBy')} hint={t('search.availableByHint')}>
        <input
          className="input"
          type="date"
          value={filters.availableBy}
          onChange={(e) => update({ availableBy: e.target.value }, true)}
          data-testid="filter-available-by"
        />
      </Field>

      <FacetChecks
        legend={t('search.material')}
        facets={facets?.material}
        selected={filters.material}
        onChange={(material) => update({ material })}
        testId="filter-material"
      />
      <FacetChecks
        legend={t('search.organisation')}
        facets={facets?.organisation}
        selected={filters.organisation}
        onChange={(organisation) => update({ organisation })}
        testId="filter-organisation"
      />
    </div>
  )
}
