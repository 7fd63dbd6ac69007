import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useFieldArray, useForm, type FieldPath } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ApiError, type LocationDetail, type LotSummary, type Site, type StocktakeResult } from '../../api'
import { LoadError, Loading } from '../../components/LoadError'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { applyProblem, FieldMessage, FormField, numberText, optionalText, parseNumber, requiredText, zodResolver } from '../../forms'
import { str } from '../inventory/forms'
import { LocationForm } from './LocationForm'
import { FormError, useStorageFormat } from './shared'
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
    [t('storage.locationForm.palletCapacity'), l.palletCapacity != null ? format.number(l.palletCapacity) : null, 'location-pallet-capacity'],
    [t('storage.locationForm.floorCapacityM2'), l.floorCapacityM2 != null ? `${format.number(l.floorCapacityM2)} m²` : null, 'location-floor-capacity'],
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

/**
 * StocktakeRequest's rules (storage/api/StocktakeRequest.java) on the form's text. `counts` are the lots listed
 * here, in the order of the request, so the server's `counts[2].counted` is the form's `counts.2.counted`; lots
 * found here by their label (`found`) are added after them. A found row left empty is left out.
 */
const COUNT = numberText({ required: true, min: 0, max: 1_000_000_000 })
const schema = z.object({
  counts: z.array(z.object({ lotId: z.string(), counted: COUNT })).max(500),
  found: z.array(
    z
      .object({ code: optionalText(100), counted: numberText({ min: 0, max: 1_000_000_000 }) })
      .superRefine((row, context) => {
        const code = row.code.trim() !== ''
        const counted = row.counted.trim() !== ''
        if (counted && !code) context.addIssue({ code: 'custom', path: ['code'], message: 'validation.required' })
        if (code && !counted) context.addIssue({ code: 'custom', path: ['counted'], message: 'validation.required' })
      }),
  ),
  complete: z.boolean(),
  reason: requiredText(500),
})
type Values = z.infer<typeof schema>

/** The form's fields in the order of the form, for this many listed lots and found rows. */
function fieldsOf(listed: number, found: number): FieldPath<Values>[] {
  return [
    ...Array.from({ length: listed }, (_, i) => `counts.${i}.counted` as const),
    ...Array.from({ length: found }, (_, i) => [`found.${i}.code` as const, `found.${i}.counted` as const]).flat(),
    'complete',
    'reason',
  ]
}

function StocktakeForm({ location, onDone }: { location: LocationDetail; onDone: (result: StocktakeResult) => void }) {
  const { t } = useTranslation()
  const { storage } = useSession()
  const format = useStorageFormat()
  const { register, control, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      counts: location.lots.map((lot) => ({ lotId: lot.id, counted: str(onHandAt(lot, location.id)) })),
      found: [],
      complete: false,
      reason: '',
    },
  })
  const { errors, isSubmitting: saving } = formState
  const found = useFieldArray({ control, name: 'found' })
  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()

  const submit = handleSubmit(async (values) => {
    setFailure(undefined)
    setRest(undefined)
    const fields = fieldsOf(values.counts.length, values.found.length)
    // Lots found here by their label: the code leads to the lot (same rules as scanning).
    const foundCounts: { lotId: string; counted: number; row: number }[] = []
    const unknown: number[] = []
    try {
      for (const [row, { code, counted }] of values.found.entries()) {
        if (!code.trim()) continue
        try {
          const lot = await storage.resolveLabel(code.trim())
          foundCounts.push({ lotId: lot.id, counted: parseNumber(counted) as number, row })
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) unknown.push(row)
          else throw error
        }
      }
    } catch (error) {
      setRest(applyProblem(error, setError, fields))
      setFailure(error)
      return
    }
    if (unknown.length > 0) {
      unknown.forEach((row, i) =>
        setError(`found.${row}.code`, { type: 'server', message: t('storage.code.notFound', { code: values.found[row].code.trim() }) }, { shouldFocus: i === 0 }),
      )
      return
    }
    const listed = values.counts.map((c) => ({ lotId: c.lotId, counted: parseNumber(c.counted) as number }))
    const added = foundCounts.filter((f) => !listed.some((x) => x.lotId === f.lotId))
    // the server's errors of a found lot's count belong to its row
    const aliases = Object.fromEntries(added.map((f, i) => [`counts[${listed.length + i}].counted`, `found.${f.row}.counted` as const]))
    try {
      const result = await storage.stocktake(location.id, {
        reason: values.reason.trim(),
        complete: values.complete,
        counts: [...listed, ...added.map(({ lotId, counted }) => ({ lotId, counted }))],
      })
      onDone(result)
    } catch (error) {
      setRest(applyProblem(error, setError, fields, { aliases }))
      setFailure(error)
    }
  })

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="stocktake-title" data-testid="stocktake-form">
      <fieldset className="fieldset fieldset--plain">
        {location.lots.length > 0 && (
          <div className="count-rows">
            {location.lots.map((lot, index) => (
              <FormField
                key={lot.id}
                label={t('storage.stocktake.countedFor', { code: lot.code })}
                hint={t('storage.stocktake.expected', {
                  description: lot.description,
                  quantity: format.quantity(onHandAt(lot, location.id), lot.unit),
                })}
                error={errors.counts?.[index]?.counted}
              >
                <input className="input" type="text" inputMode="decimal" {...register(`counts.${index}.counted`)} data-testid={`stocktake-counted-${lot.code}`} />
              </FormField>
            ))}
          </div>
        )}
        <fieldset className="fieldset">
          <legend>{t('storage.stocktake.found')}</legend>
          <p className="field__hint">{t('storage.stocktake.foundHint')}</p>
          {found.fields.map((row, index) => (
            <div key={row.id} className="grid grid--found" data-testid="stocktake-found-row">
              <FormField label={t('storage.stocktake.foundCode', { n: index + 1 })} error={errors.found?.[index]?.code}>
                <input
                  className="input input--code"
                  autoCapitalize="characters"
                  autoComplete="off"
                  {...register(`found.${index}.code`)}
                  data-testid={`stocktake-found-code-${index}`}
                />
              </FormField>
              <FormField label={t('storage.stocktake.foundCounted', { n: index + 1 })} error={errors.found?.[index]?.counted}>
                <input className="input" type="text" inputMode="decimal" {...register(`found.${index}.counted`)} data-testid={`stocktake-found-counted-${index}`} />
              </FormField>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => found.remove(index)}
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
              onClick={() => found.append({ code: '', counted: '' })}
              data-testid="stocktake-add-found"
            >
              {t('storage.stocktake.addFound')}
            </button>
          </div>
        </fieldset>
        <label className="check">
          <input type="checkbox" {...register('complete')} data-testid="stocktake-complete" />
          {t('storage.stocktake.complete')}
        </label>
        <p className="field__hint">{t('storage.stocktake.completeHint')}</p>
        {errors.complete?.message && <FieldMessage message={errors.complete.message} />}
        <FormField label={t('storage.stocktake.reason')} error={errors.reason} required>
          <input className="input" {...register('reason')} data-testid="stocktake-reason" />
        </FormField>
      </fieldset>
      <FormError failure={failure} errors={failure === undefined ? {} : rest === undefined ? { marked: '' } : { _: rest }} />
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
