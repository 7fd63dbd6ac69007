import { useQuery } from '@tanstack/react-query'
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, type LocationDetail, type LotSummary, type Site, type StocktakeResult } from '../../api'
import { Field } from '../../components/Field'
import { LoadError, Loading } from '../../components/LoadError'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { num, str } from '../inventory/forms'
import { LocationForm } from './LocationForm'
import { FormError, storageFieldErrors, useStorageFormat } from './shared'
import { TableScroll } from '../../components/TableScroll'
import { EmptyState } from '../../components/EmptyState'

interface Loaded {
  location: LocationDetail
  site: Site
}

/** /lager/platser/:locationId: the lots at one location, and its stock-take. */
export function LocationPage({ locationId }: { locationId: string }) {
  const { storage } = useSession()
  const stateQuery = useQuery<Loaded>({ queryKey: ['LocationPage.state', locationId], queryFn: async () => {
    const location = await storage.location(locationId)
    return { location, site: await storage.site(location.siteId) }
  } })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <section className="card"><LoadError error={state.error} onRetry={reload} /></section>
  return <LocationView {...state.data} reload={reload} />
}

/** The stock of a lot at this location. */
const onHandAt = (lot: LotSummary, locationId: string) => lot.locations.find((l) => l.id === locationId)?.onHand ?? 0

function LocationView({ location, site, reload }: Loaded & { reload: () => void }) {
  const { t } = useTranslation()
  const format = useStorageFormat()
  const [editing, setEditing] = useState(false)
  const [result, setResult] = useState<StocktakeResult>()
  const l = location

  const facts: [string, string | null | undefined, string][] = [
    [t('storage.location.kind'), t(`locationKind.${l.kind}`), 'location-kind'],
    [t('storage.locationForm.description'), l.description, 'location-description'],
    [t('storage.locationForm.palletCapacity'), l.palletCapacity !== null ? format.number(l.palletCapacity) : null, 'location-pallet-capacity'],
    [t('storage.locationForm.floorCapacityM2'), l.floorCapacityM2 !== null ? `${format.number(l.floorCapacityM2)} m²` : null, 'location-floor-capacity'],
  ]

  return (
    <>
      <section className="card card--wide" aria-labelledby="location-title" data-testid="location-page">
        <p className="crumb">
          <Link to={`/lager/${site.id}`}>← {site.name}</Link>
        </p>
        <div className="titlebar">
          <h1 id="location-title" className="card__title">
            {t('storage.location.title')} <span className="code" data-testid="location-code">{l.code}</span>
          </h1>
          {site.manageable && !editing && (
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)} data-testid="edit-location">
              {t('storage.location.edit')}
            </button>
          )}
        </div>
        {editing ? (
          <LocationForm
            siteId={site.id}
            location={l}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false)
              reload()
            }}
          />
        ) : (
          <dl className="facts">
            {facts
              .filter(([, value]) => value)
              .map(([label, value, testId]) => (
                <div key={testId} className="facts__row">
                  <dt>{label}</dt>
                  <dd data-testid={testId}>{value}</dd>
                </div>
              ))}
          </dl>
        )}
      </section>

      <section className="card card--wide" aria-labelledby="location-lots-title" data-testid="location-lots">
        <h2 id="location-lots-title" className="section-title">
          {t('storage.location.lots')} <span className="count">({l.lots.length})</span>
        </h2>
        {l.lots.length === 0 ? (
          <EmptyState testId="location-empty" message={t('storage.location.empty')} hint={t('emptyHint.location')} />
        ) : (
          <TableScroll labelledBy="location-lots-title" className="table table--cards" testId="location-lots-table">
            <thead>
              <tr>
                <th scope="col">{t('storage.lot.code')}</th>
                <th scope="col">{t('storage.lot.description')}</th>
                <th scope="col" className="num">{t('storage.location.onHandHere')}</th>
                <th scope="col" className="num">{t('storage.lot.age')}</th>
              </tr>
            </thead>
            <tbody>
              {l.lots.map((lot) => (
                <tr key={lot.id} data-testid="location-lot-row">
                  <td data-label={t('storage.lot.code')}>
                    <Link to={`/lager/poster/${lot.id}`} className="code" data-testid="lot-link">
                      {lot.code}
                    </Link>
                  </td>
                  <td data-label={t('storage.lot.description')}>{lot.description}</td>
                  <td data-label={t('storage.location.onHandHere')} className="num" data-testid={`on-hand-here-${lot.code}`}>
                    {format.quantity(onHandAt(lot, l.id), lot.unit)}
                  </td>
                  <td data-label={t('storage.lot.age')} className="num">
                    {format.age(lot.ageDays)}
                    {lot.flagged && (
                      <>
                        {' '}
                        <span className="badge badge--flag">{t('storage.lot.flagged')}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableScroll>
        )}
      </section>

      {site.manageable && (
        <section className="card card--wide" aria-labelledby="stocktake-title" data-testid="stocktake">
          <h2 id="stocktake-title" className="section-title">
            {t('storage.stocktake.title')}
          </h2>
          <p className="muted">{t('storage.stocktake.intro')}</p>
          {result && <StocktakeOutcome result={result} />}
          <StocktakeForm
            key={l.version + JSON.stringify(l.lots.map((x) => [x.id, onHandAt(x, l.id)]))}
            location={l}
            onDone={(done) => {
              setResult(done)
              reload()
            }}
          />
        </section>
      )}
    </>
  )
}

interface FoundRow {
  key: number
  code: string
  counted: string
}

function StocktakeForm({ location, onDone }: { location: LocationDetail; onDone: (result: StocktakeResult) => void }) {
  const { t } = useTranslation()
  const { storage } = useSession()
  const format = useStorageFormat()
  const nextKey = useRef(0)
  const [counted, setCounted] = useState<Record<string, string>>(() =>
    Object.fromEntries(location.lots.map((lot) => [lot.id, str(onHandAt(lot, location.id))])),
  )
  const [found, setFound] = useState<FoundRow[]>([])
  const [complete, setComplete] = useState(false)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<unknown>()
  const [saving, setSaving] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    setErrors({})
    setFailure(undefined)
    try {
      // Lots found here by their label: the code leads to the lot (same rules as scanning).
      const foundCounts: { lotId: string; counted: number }[] = []
      const codeErrors: Record<string, string> = {}
      for (const [index, row] of found.entries()) {
        if (!row.code.trim()) continue
        try {
          const lot = await storage.resolveLabel(row.code.trim())
          foundCounts.push({ lotId: lot.id, counted: num(row.counted) as number })
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) codeErrors[`found[${index}].code`] = t('storage.code.notFound', { code: row.code.trim() })
          else throw error
        }
      }
      if (Object.keys(codeErrors).length > 0) {
        setErrors(codeErrors)
        setSaving(false)
        return
      }
      const listed = location.lots.map((lot) => ({ lotId: lot.id, counted: num(counted[lot.id] ?? '') as number }))
      const counts = [...listed, ...foundCounts.filter((f) => !listed.some((x) => x.lotId === f.lotId))]
      const result = await storage.stocktake(location.id, { reason: reason.trim(), complete, counts })
      setSaving(false)
      onDone(result)
    } catch (error) {
      const known = ['reason', 'complete', 'counts', ...location.lots.map((_, i) => `counts[${i}].counted`)]
      const fieldErrors = storageFieldErrors(error, known)
      // Count errors are shown at the lot they belong to.
      const byLot: Record<string, string> = {}
      for (const [path, message] of Object.entries(fieldErrors)) {
        const match = /^counts\[(\d+)\]/.exec(path)
        const lot = match ? location.lots[Number(match[1])] : undefined
        if (lot) byLot[`lot:${lot.id}`] = message
        else byLot[path] = message
      }
      setErrors(byLot)
      setFailure(error)
      setSaving(false)
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="stocktake-title" data-testid="stocktake-form">
      <fieldset className="fieldset fieldset--plain" disabled={saving}>
        {location.lots.length > 0 && (
          <div className="count-rows">
            {location.lots.map((lot) => (
              <Field
                key={lot.id}
                label={t('storage.stocktake.countedFor', { code: lot.code })}
                hint={t('storage.stocktake.expected', {
                  description: lot.description,
                  quantity: format.quantity(onHandAt(lot, location.id), lot.unit),
                })}
                error={errors[`lot:${lot.id}`]}
              >
                <input
                  className="input"
                  type="text"
                  inputMode="decimal"
                  value={counted[lot.id] ?? ''}
                  onChange={(e) => setCounted((old) => ({ ...old, [lot.id]: e.target.value }))}
                  data-testid={`stocktake-counted-${lot.code}`}
                />
              </Field>
            ))}
          </div>
        )}
        <fieldset className="fieldset">
          <legend>{t('storage.stocktake.found')}</legend>
          <p className="field__hint">{t('storage.stocktake.foundHint')}</p>
          {found.map((row, index) => (
            <div key={row.key} className="grid grid--found" data-testid="stocktake-found-row">
              <Field label={t('storage.stocktake.foundCode', { n: index + 1 })} error={errors[`found[${index}].code`]}>
                <input
                  className="input input--code"
                  value={row.code}
                  autoCapitalize="characters"
                  autoComplete="off"
                  onChange={(e) => setFound((old) => old.map((r) => (r.key === row.key ? { ...r, code: e.target.value } : r)))}
                  data-testid={`stocktake-found-code-${index}`}
                />
              </Field>
              <Field label={t('storage.stocktake.foundCounted', { n: index + 1 })}>
                <input
                  className="input"
                  type="text"
                  inputMode="decimal"
                  value={row.counted}
                  onChange={(e) => setFound((old) => old.map((r) => (r.key === row.key ? { ...r, counted: e.target.value } : r)))}
                  data-testid={`stocktake-found-counted-${index}`}
                />
              </Field>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setFound((old) => old.filter((r) => r.key !== row.key))}
                data-testid={`stocktake-found-remove-${index}`}
              >
                {t('storage.stocktake.removeFound', { n: index + 1 })}
              </button>
            </div>
          ))}
          <div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setFound((old) => [...old, { key: nextKey.current++, code: '', counted: '' }])}
              data-testid="stocktake-add-found"
            >
              {t('storage.stocktake.addFound')}
            </button>
          </div>
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={complete} onChange={(e) => setComplete(e.target.checked)} data-testid="stocktake-complete" />
          {t('storage.stocktake.complete')}
        </label>
        <p className="field__hint">{t('storage.stocktake.completeHint')}</p>
        <Field label={t('storage.stocktake.reason')} error={errors.reason} required>
          <input className="input" value={reason} onChange={(e) => setReason(e.target.value)} data-testid="stocktake-reason" />
        </Field>
      </fieldset>
      <FormError failure={failure} errors={errors} />
      <div className="actions">
        <button type="submit" className="button" disabled={saving} data-testid="stocktake-submit">
          {saving ? t('common.saving') : t('storage.stocktake.submit')}
        </button>
      </div>
    </form>
  )
}

function StocktakeOutcome({ result }: { result: StocktakeResult }) {
  const { t } = useTranslation()
  const format = useStorageFormat()
  if (result.adjustments.length === 0) {
    return (
      <p className="success stocktake-result" role="status" data-testid="stocktake-result">
        {t('storage.stocktake.noDifferences')}
      </p>
    )
  }
  return (
    <div className="success stocktake-result" role="status" data-testid="stocktake-result">
      <p>{t('storage.stocktake.adjusted', { count: result.adjustments.length })}</p>
      <TableScroll labelledBy="stocktake-title" testId="stocktake-adjustments">
        <thead>
          <tr>
            <th scope="col">{t('storage.lot.code')}</th>
            <th scope="col" className="num">{t('storage.stocktake.expectedColumn')}</th>
            <th scope="col" className="num">{t('storage.stocktake.countedColumn')}</th>
            <th scope="col" className="num">{t('storage.stocktake.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {result.adjustments.map((a) => (
            <tr key={a.lotId} data-testid="stocktake-adjustment">
              <td>
                <Link to={`/lager/poster/${a.lotId}`} className="code">
                  {a.code}
                </Link>
              </td>
              <td className="num">{format.number(a.expected)}</td>
              <td className="num">{format.number(a.counted)}</td>
              <td className="num" data-testid={`stocktake-difference-${a.code}`}>
                {format.signed(a.difference)}
              </td>
            </tr>
          ))}
        </tbody>
      </TableScroll>
    </div>
  )
}
