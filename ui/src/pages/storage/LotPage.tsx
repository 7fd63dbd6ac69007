import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Lot, Movement, Site, StorageLocation } from '../../api'
import { LoadError, Loading } from '../../components/LoadError'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { z } from 'zod'
import { applyProblem, chosen, FormField, message, numberText, optionalText, parseNumber, requiredText, zodResolver } from '../../forms'
import { text } from '../inventory/forms'
import { useLocalName } from '../inventory/names'
import { PhotoPanel } from '../inventory/PhotoPanel'
import { PublishSourceDialog } from '../listings/PublishDialog'
import { LotReservations } from '../reservations/LotReservations'
import { FormError, PdfButton, useStorageFormat } from './shared'
import { TableScroll } from '../../components/TableScroll'
import { EmptyState } from '../../components/EmptyState'
import { DISPOSAL_OUTCOMES, PICK_OUTCOMES } from '../../api/outcomes'
import { OutcomeList } from '../outcome/OutcomeList'
import { OutcomeSelect } from '../outcome/OutcomeSelect'
import { outcomeField, outcomeOf } from '../outcome/outcomeField'

interface Loaded {
  lot: Lot
  site: Site
  locations: StorageLocation[]
}

/** /lager/poster/:lotId: one lot, its stock per location, its history, and what can be done with it. */
export function LotPage({ lotId }: { lotId: string }) {
  const { storage } = useSession()
  const stateQuery = useQuery<Loaded>({ queryKey: ['LotPage.state', lotId], queryFn: async () => {
    const lot = await storage.lot(lotId)
    const [site, locations] = await Promise.all([storage.site(lot.siteId), storage.locations(lot.siteId)])
    return { lot, site, locations }
  } })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <section className="card"><LoadError error={state.error} onRetry={reload} /></section>
  return <LotView {...state.data} />
}

function LotView({ lot, site, locations }: Loaded) {
  const { t } = useTranslation()
  const { storage } = useSession()
  const queryClient = useQueryClient()
  const localName = useLocalName()
  const format = useStorageFormat()
  const [done, setDone] = useState<string>()
  const [publishing, setPublishing] = useState(false)
  const manageable = site.manageable
  const showHistoryAgain = () => void queryClient.invalidateQueries({ queryKey: ['LotPage.history', lot.id] })

  function changed(updated: Lot, message: string) {
    queryClient.setQueryData<Loaded>(['LotPage.state', lot.id], (old) => old && { ...old, lot: updated })
    setDone(message)
    showHistoryAgain()
  }

  /** A reservation of the lot changed (confirmed, handed over ...): its stock and history did too. */
  function reservationChanged() {
    void queryClient.invalidateQueries({ queryKey: ['LotPage.state', lot.id] })
    showHistoryAgain()
  }

  const source = lot.source
  const deliveredBy = source.deliveredBy
    ? [source.deliveredBy.organisation?.name, source.deliveredBy.name].filter(Boolean).join(', ')
    : ''
  const facts: [string, ReactNode, string][] = [
    [t('storage.lot.category'), localName(lot.category), 'lot-category'],
    [t('storage.lot.material'), lot.material, 'lot-material'],
    [t('storage.lot.weightPerUnitKg'), lot.weightPerUnitKg != null ? `${format.number(lot.weightPerUnitKg)} kg` : null, 'lot-weight'],
    [t('storage.lot.receivedQuantity'), format.quantity(lot.receivedQuantity, lot.unit), 'lot-received-quantity'],
    [
      t('storage.lot.space'),
      [
        lot.palletPlaces != null ? t('storage.pallets', { used: format.number(lot.palletPlaces, 1) }) : null,
        lot.floorAreaM2 != null ? t('storage.area', { used: format.number(lot.floorAreaM2, 1) }) : null,
      ]
        .filter(Boolean)
        .join(', '),
      'lot-space',
    ],
    [
      t('storage.lot.source'),
      source.kind === 'INVENTORY_ITEM' ? (
        <>
          {t('storage.lot.fromInventory')}
          {source.buildingId && (
            <>
              {': '}
              <Link to={source.inventoryItemId ? `/buildings/${source.buildingId}/items/${source.inventoryItemId}` : `/buildings/${source.buildingId}`}>
                {source.buildingName ?? t('storage.lot.building')}
              </Link>
            </>
          )}
        </>
      ) : (
        t('storage.lot.fromDelivery')
      ),
      'lot-source',
    ],
    [t('storage.lot.deliveredBy'), deliveredBy, 'lot-delivered-by'],
    [t('storage.lot.receivedAt'), format.dateTime(lot.receivedAt), 'lot-received-at'],
    [t('storage.lot.receivedBy'), lot.receivedBy, 'lot-received-by'],
  ]

  return (
    <>
      <section className="card card--wide" aria-labelledby="lot-title" data-testid="lot-page">
        <p className="crumb">
          <Link to={`/lager/${site.id}`}>← {lot.siteName || site.name}</Link>
        </p>
        <div className="titlebar">
          <div>
            <p className="muted lot-kicker">{t('storage.lot.title')}</p>
            <h1 id="lot-title" className="lot-code" data-testid="lot-code">
              {lot.code}
            </h1>
          </div>
          <div className="toolbar toolbar--end">
            <PdfButton label={t('storage.lot.printLabel')} filename={`etikett-${lot.code}.pdf`} load={() => storage.lotLabel(lot.id)} testId="print-lot-label" />
            {manageable && lot.available > 0 && (
              <button type="button" className="button button--secondary" onClick={() => setPublishing(true)} data-testid="lot-publish">
                {t('storage.lot.publish')}
              </button>
            )}
          </div>
        </div>
        <p className="lead" data-testid="lot-description">
          {lot.description}
        </p>
        <p className="muted qr">
          {t('storage.lot.qrContent')}: <code data-testid="lot-qr-content">{lot.qrContent}</code>
        </p>
        <p className="lot-age" data-testid="lot-age">
          {t('storage.lot.age')}: <strong>{format.age(lot.ageDays)}</strong>
          {lot.flagged && (
            <>
              {' '}
              <span className="badge badge--flag" data-testid="lot-flagged">
                {t('storage.lot.flaggedLong')}
              </span>
            </>
          )}
        </p>
        <div className="listing__condition" data-testid="lot-condition">
          <span className={`condition condition--${lot.condition}`} aria-hidden="true">
            {lot.condition}
          </span>{' '}
          <span>
            <span className="visually-hidden">{t('item.condition')} {lot.condition}: </span>
            {t(`condition.${lot.condition}`)}
          </span>
        </div>
        {lot.conditionNotes && (
          <p className="notes" data-testid="lot-condition-notes">
            {lot.conditionNotes}
          </p>
        )}

        <div className="stats" data-testid="lot-stock">
          <div className="stat">
            <span className="stat__label">{t('storage.lot.onHand')}</span>
            <span className="stat__value" data-testid="lot-on-hand">
              {format.quantity(lot.onHand, lot.unit)}
            </span>
          </div>
          <div className="stat">
            <span className="stat__label">{t('storage.lot.promised')}</span>
            <span className="stat__value" data-testid="lot-promised">
              {format.quantity(lot.promised, lot.unit)}
            </span>
          </div>
          <div className="stat">
            <span className="stat__label">{t('storage.lot.available')}</span>
            <span className="stat__value" data-testid="lot-available">
              {format.quantity(lot.available, lot.unit)}
            </span>
          </div>
        </div>

        <h2 className="section-title section-title--small">{t('storage.lot.balances')}</h2>
        {lot.locations.length === 0 ? (
          <p data-testid="lot-no-stock">{t('storage.lot.noStock')}</p>
        ) : (
          <TableScroll label={t('storage.lot.balances')} testId="lot-balances">
            <thead>
              <tr>
                <th scope="col">{t('storage.location.code')}</th>
                <th scope="col" className="num">{t('storage.lot.onHand')}</th>
              </tr>
            </thead>
            <tbody>
              {lot.locations.map((l) => (
                <tr key={l.id} data-testid="lot-balance-row">
                  <td>
                    <Link to={`/lager/platser/${l.id}`} className="code">
                      {l.code}
                    </Link>
                  </td>
                  <td className="num" data-testid={`balance-${l.code}`}>
                    {format.quantity(l.onHand, lot.unit)}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableScroll>
        )}

        <dl className="facts facts--spaced">
          {facts
            .filter(([, value]) => value)
            .map(([label, value, testId]) => (
              <div key={testId} className="facts__row">
                <dt>{label}</dt>
                <dd data-testid={testId}>{value}</dd>
              </div>
            ))}
        </dl>
      </section>

      {manageable && <LotReservations lotId={lot.id} locations={lot.locations} onChanged={reservationChanged} />}

      <section className="card card--wide" aria-labelledby="lot-photos-title">
        <h2 id="lot-photos-title" className="visually-hidden">
          {t('item.photos')}
        </h2>
        <PhotoPanel owner="lot" itemId={lot.id} itemName={lot.description} editable={manageable} queued={[]} onQueue={() => undefined} />
      </section>

      {manageable && (
        <section className="card card--wide" aria-labelledby="lot-actions-title" data-testid="lot-actions">
          <h2 id="lot-actions-title" className="section-title">
            {t('storage.lot.actions')}
          </h2>
          {done && (
            <p className="success" role="status" data-testid="lot-action-done">
              {done}
            </p>
          )}
          {lot.locations.length === 0 ? (
            <p className="muted">{t('storage.lot.noStock')}</p>
          ) : (
            <div className="action-forms">
              <StockForm kind="move" lot={lot} locations={locations} onDone={changed} />
              <StockForm kind="pick" lot={lot} locations={locations} onDone={changed} />
              <StockForm kind="dispose" lot={lot} locations={locations} onDone={changed} />
            </div>
          )}
        </section>
      )}

      <OutcomeList outcomes={lot.outcomes} testId="lot-outcomes" />

      <History lotId={lot.id} />

      {publishing && (
        <PublishSourceDialog
          name={lot.description}
          unit={lot.unit}
          quantity={lot.available}
          intro={t('storage.lot.publishIntro', { code: lot.code, description: lot.description })}
          quantityHint={t('storage.lot.publishQuantityHint', { quantity: format.quantity(lot.available, lot.unit) })}
          publish={(body) => storage.publish(lot.id, body)}
          onClose={() => setPublishing(false)}
        />
      )}
    </>
  )
}

type StockKind = 'move' | 'pick' | 'dispose'

/** Move between locations, pick (leaves the store) or dispose (to recycling) some of the lot. */
function StockForm({ kind, lot, locations, onDone }: { kind: StockKind; lot: Lot; locations: StorageLocation[]; onDone: (lot: Lot, message: string) => void }) {
  const { t } = useTranslation()
  const { storage } = useSession()
  const format = useStorageFormat()
  const onHandAt = (locationId: string) => lot.locations.find((l) => l.id === locationId)
  // MoveRequest and TakeOutRequest (storage/api), and the service's rules: no more than the location holds, a
  // reason for a disposal, another location to move to.
  const schema = z
    .object({
      fromLocationId: chosen(),
      toLocationId: z.string(),
      quantity: numberText({ required: true, positive: true, max: 1_000_000_000 }),
      reason: kind === 'dispose' ? requiredText(500) : optionalText(500),
      outcome: outcomeField(),
    })
    .superRefine((v, context) => {
      const at = onHandAt(v.fromLocationId)
      const amount = parseNumber(v.quantity)
      if (at && amount !== null && amount > at.onHand) {
        const atMost = format.quantity(at.onHand, lot.unit)
        context.addIssue({ code: 'custom', path: ['quantity'], message: message('storage.stockForm.atMost', { quantity: atMost }) })
      }
      if (kind === 'move' && v.toLocationId === '') context.addIssue({ code: 'custom', path: ['toLocationId'], message: 'validation.choose' })
    })
  type Values = z.infer<typeof schema>
  const { control, register, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { fromLocationId: lot.locations[0]?.id ?? '', toLocationId: '', quantity: '', reason: '', outcome: '' },
  })
  const { errors, isSubmitting: saving } = formState
  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()
  const from = useWatch({ control, name: 'fromLocationId' })
  const fromBalance = onHandAt(from)
  const titleId = `lot-${kind}-title`

  const submit = handleSubmit(async (v) => {
    setFailure(undefined)
    const amount = parseNumber(v.quantity) as number
    try {
      let updated: Lot
      if (kind === 'move') {
        updated = await storage.move(lot.id, { fromLocationId: v.fromLocationId, toLocationId: v.toLocationId, quantity: amount, reason: text(v.reason) })
      } else if (kind === 'pick') {
        updated = await storage.pick(lot.id, { locationId: v.fromLocationId, quantity: amount, reason: text(v.reason), outcome: outcomeOf(v.outcome) })
      } else {
        updated = await storage.dispose(lot.id, { locationId: v.fromLocationId, quantity: amount, reason: v.reason.trim(), outcome: outcomeOf(v.outcome) })
      }
      const toCode = locations.find((l) => l.id === v.toLocationId)?.code ?? ''
      reset({ fromLocationId: v.fromLocationId, toLocationId: '', quantity: '', reason: '', outcome: '' })
      onDone(updated, t(`storage.${kind}.done`, { quantity: format.quantity(amount, lot.unit), from: onHandAt(v.fromLocationId)?.code ?? '', to: toCode }))
    } catch (error) {
      setRest(applyProblem(error, setError, ['fromLocationId', 'toLocationId', 'quantity', 'reason', 'outcome'], { aliases: { locationId: 'fromLocationId' } }))
      setFailure(error)
    }
  })

  return (
    <form className="form panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId} data-testid={`lot-${kind}-form`}>
      <h3 id={titleId} className="section-title section-title--small">
        {t(`storage.${kind}.title`)}
      </h3>
      <p className="field__hint">{t(`storage.${kind}.intro`)}</p>
      <fieldset className="fieldset fieldset--plain">
        <FormField label={kind === 'move' ? t('storage.move.from') : t('storage.stockForm.location')} error={errors.fromLocationId} required>
          <select className="input" {...register('fromLocationId')} data-testid={`${kind}-from`}>
            {lot.locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.code}
              </option>
            ))}
          </select>
        </FormField>
        {kind === 'move' && (
          <FormField label={t('storage.move.to')} error={errors.toLocationId} required>
            <select className="input" {...register('toLocationId')} data-testid="move-to">
              <option value="">{t('storage.move.chooseTo')}</option>
              {locations
                .filter((l) => l.id !== from)
                .map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.code}
                  </option>
                ))}
            </select>
          </FormField>
        )}
        <FormField
          label={t(`storage.${kind}.quantity`)}
          error={errors.quantity}
          hint={fromBalance ? t('storage.stockForm.atMost', { quantity: format.quantity(fromBalance.onHand, lot.unit) }) : undefined}
          required
        >
          <input className="input" type="text" inputMode="decimal" {...register('quantity')} data-testid={`${kind}-quantity`} />
        </FormField>
        <FormField label={t('storage.stockForm.reason')} error={errors.reason} required={kind === 'dispose'}>
          <input className="input" {...register('reason')} data-testid={`${kind}-reason`} />
        </FormField>
        {kind !== 'move' && (
          <OutcomeSelect
            allowed={kind === 'pick' ? PICK_OUTCOMES : DISPOSAL_OUTCOMES}
            byDefault={kind === 'pick' ? 'REUSED_EXTERNAL' : 'RECYCLED'}
            field={register('outcome')}
            error={errors.outcome}
            testId={`${kind}-outcome`}
          />
        )}
      </fieldset>
      <FormError failure={failure} errors={failure === undefined ? {} : rest === undefined ? { marked: '' } : { _: rest }} />
      <div>
        <button type="submit" className={`button${kind === 'dispose' ? ' button--danger' : ''}`} disabled={saving} data-testid={`${kind}-submit`}>
          {saving ? t('common.saving') : t(`storage.${kind}.submit`)}
        </button>
      </div>
    </form>
  )
}

function History({ lotId }: { lotId: string }) {
  const { t } = useTranslation()
  const { storage } = useSession()
  const format = useStorageFormat()
  const stateQuery = useQuery<Movement[]>({ queryKey: ['LotPage.history', lotId], queryFn: () => storage.movements(lotId) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  return (
    <section className="card card--wide" aria-labelledby="history-title" data-testid="lot-history">
      <h2 id="history-title" className="section-title">
        {t('storage.history.title')}
      </h2>
      {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={reload} />}
      {state.kind === 'loaded' &&
        (state.data.length === 0 ? (
          <EmptyState message={t('storage.history.empty')} hint={t('emptyHint.movements')} />
        ) : (
          <TableScroll labelledBy="history-title" className="table table--cards" testId="movements-table">
            <thead>
              <tr>
                <th scope="col">{t('storage.history.kind')}</th>
                <th scope="col" className="num">{t('storage.history.quantity')}</th>
                <th scope="col">{t('storage.history.from')}</th>
                <th scope="col">{t('storage.history.to')}</th>
                <th scope="col">{t('storage.history.reason')}</th>
                <th scope="col">{t('storage.history.actor')}</th>
                <th scope="col">{t('storage.history.at')}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((m) => (
                <tr key={m.id} data-testid="movement-row" data-kind={m.kind}>
                  <td data-label={t('storage.history.kind')} data-testid="movement-kind">
                    {t(`movementKind.${m.kind}`, { defaultValue: m.kind })}
                  </td>
                  <td data-label={t('storage.history.quantity')} className="num" data-testid="movement-quantity">
                    {/* A move within the store leaves the on-hand quantity as it was: show how much was moved. */}
                    {m.signedQuantity === 0 && m.quantity !== 0 ? format.number(m.quantity) : format.signed(m.signedQuantity)}
                  </td>
                  <td data-label={t('storage.history.from')}>{m.from?.code ?? t('common.none')}</td>
                  <td data-label={t('storage.history.to')}>{m.to?.code ?? t('common.none')}</td>
                  <td data-label={t('storage.history.reason')}>
                    {m.reason ?? ''}
                    {m.reference && <span className="muted"> ({m.reference})</span>}
                  </td>
                  <td data-label={t('storage.history.actor')}>{m.actor ?? t('common.none')}</td>
                  <td data-label={t('storage.history.at')}>{format.dateTime(m.at)}</td>
                </tr>
              ))}
            </tbody>
          </TableScroll>
        ))}
    </section>
  )
}
