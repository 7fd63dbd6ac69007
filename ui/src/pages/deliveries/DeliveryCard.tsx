import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Delivery } from '../../api/deliveries'
import { PdfButton } from '../storage/shared'
import { ActionError } from '../reservations/ActionError'
import { fromLocalInput, toLocalInput, useActionKey, useReservationFormat } from '../reservations/format'
import { useDeliveryApi } from './useDeliveryApi'

/**
 * One delivery: what goes from where to where, when, whom to meet, its status, the note, and the steps the reader
 * may take now (the server's `may` decides which buttons show): accept or decline (with a reason), plan (a time),
 * set out, deliver (with the driven km), or for the buyer take the request back.
 */
export function DeliveryCard({ delivery, onChanged, level = 2 }: { delivery: Delivery; onChanged?: (d: Delivery) => void; level?: 2 | 4 }) {
  const { t } = useTranslation()
  const api = useDeliveryApi()
  const format = useReservationFormat()
  const key = useActionKey()
  const [d, setD] = useState(delivery)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const [declining, setDeclining] = useState(false)
  const [reason, setReason] = useState('')
  const [plannedAt, setPlannedAt] = useState(toLocalInput(d.plannedAt ?? d.windowFrom))
  const [drivenKm, setDrivenKm] = useState('')
  const may = d.may

  async function step(action: string, call: (k: string) => Promise<Delivery>) {
    setBusy(true)
    setFailure(undefined)
    try {
      const updated = await key.run({ action, id: d.id }, call)
      setD(updated)
      setDeclining(false)
      onChanged?.(updated)
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  const Heading = level === 2 ? 'h2' : 'h4'
  const km = drivenKm.trim() === '' ? null : Number(drivenKm.replace(',', '.'))
  const a = d.address
  return (
    <article className="panel delivery" data-testid="delivery-card" data-status={d.status} data-id={d.id} aria-labelledby={`delivery-${d.id}-title`}>
      <div className="reservation__head">
        <Heading id={`delivery-${d.id}-title`} className="reservation__title">
          {d.goods.title}
        </Heading>
        <span className={`badge badge--status badge--${d.status.toLowerCase()}`} data-testid="delivery-status">
          {t(`delivery.status.${d.status}`, { defaultValue: d.status })}
        </span>
      </div>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('delivery.quantity')}</dt>
          <dd>
            {format.quantity(d.goods.quantity, d.goods.unit)}
            {d.goods.massKg != null && ` · ${t('delivery.mass', { kg: d.goods.massKg })}`}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('delivery.from')}</dt>
          <dd>
            {d.seller?.name}
            {d.source.address && `, ${d.source.address}`}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('delivery.to')}</dt>
          <dd data-testid="delivery-address">
            {d.buyer?.name}, {a.streetAddress}, {[a.postalCode, a.city].filter(Boolean).join(' ')}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('delivery.window')}</dt>
          <dd>{t('delivery.windowValue', { from: format.dateTime(d.windowFrom), to: format.dateTime(d.windowTo) })}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('delivery.contact')}</dt>
          <dd>
            {d.contact.name}, <a href={`tel:${d.contact.phone}`}>{d.contact.phone}</a>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('delivery.carrier')}</dt>
          <dd data-testid="delivery-carrier-name">{d.sellerDelivers ? t('delivery.sellerDelivers', { seller: d.carrier?.name }) : d.carrier?.name}</dd>
        </div>
        {d.plannedAt && (
          <div className="facts__row">
            <dt>{t('delivery.plannedAt')}</dt>
            <dd data-testid="delivery-planned">{format.dateTime(d.plannedAt)}</dd>
          </div>
        )}
        {(d.drivenKm ?? d.distanceKm) != null && (
          <div className="facts__row">
            <dt>{t('delivery.distance')}</dt>
            <dd>{d.drivenKm != null ? t('delivery.driven', { km: d.drivenKm }) : t('delivery.estimated', { km: d.distanceKm })}</dd>
          </div>
        )}
        {d.declineReason && (
          <div className="facts__row">
            <dt>{t('delivery.declineReason')}</dt>
            <dd>{d.declineReason}</dd>
          </div>
        )}
        {d.receivedAt && (
          <div className="facts__row">
            <dt>{t('delivery.received')}</dt>
            <dd data-testid="delivery-received">{t('delivery.receivedValue', { at: format.dateTime(d.receivedAt), by: d.receivedBy })}</dd>
          </div>
        )}
      </dl>
      {d.instructions && <p className="notes">{d.instructions}</p>}

      <div className="actions">
        {may.accept && (
          <button type="button" className="button" disabled={busy} onClick={() => void step('accept', (k) => api.accept(d.id, k))} data-testid="delivery-accept">
            {t('delivery.accept')}
          </button>
        )}
        {may.decline && !declining && (
          <button type="button" className="button button--danger" disabled={busy} onClick={() => setDeclining(true)} data-testid="delivery-decline">
            {t('delivery.decline')}
          </button>
        )}
        {may.depart && (
          <button type="button" className="button" disabled={busy} onClick={() => void step('depart', (k) => api.depart(d.id, k))} data-testid="delivery-depart">
            {t('delivery.depart')}
          </button>
        )}
        {may.cancel && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void step('cancel', (k) => api.cancel(d.id, k))} data-testid="delivery-cancel">
            {t('delivery.cancel')}
          </button>
        )}
        {d.status !== 'DECLINED' && d.status !== 'CANCELLED' && (
          <PdfButton label={t('delivery.note')} filename="foljesedel.pdf" load={() => api.note(d.id)} testId="delivery-note" />
        )}
      </div>

      {declining && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault()
            if (reason.trim()) void step('decline', (k) => api.decline(d.id, reason.trim(), k))
          }}
          data-testid="delivery-decline-form"
        >
          <label className="field">
            <span className="field__label">{t('delivery.declineReason')}</span>
            <input className="input" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} required data-testid="delivery-decline-reason" />
          </label>
          <button type="submit" className="button button--danger" disabled={busy || !reason.trim()} data-testid="delivery-decline-submit">
            {t('delivery.declineSubmit')}
          </button>
        </form>
      )}
      {may.plan && (
        <form
          className="form form--inline"
          onSubmit={(e) => {
            e.preventDefault()
            const at = fromLocalInput(plannedAt)
            if (at) void step('plan', (k) => api.plan(d.id, at, k))
          }}
          data-testid="delivery-plan-form"
        >
          <label className="field">
            <span className="field__label">{t('delivery.plannedAt')}</span>
            <input className="input" type="datetime-local" value={plannedAt} onChange={(e) => setPlannedAt(e.target.value)} required data-testid="delivery-planned-at" />
          </label>
          <button type="submit" className="button" disabled={busy || !plannedAt} data-testid="delivery-plan">
            {d.status === 'PLANNED' ? t('delivery.replan') : t('delivery.plan')}
          </button>
        </form>
      )}
      {may.deliver && (
        <form
          className="form form--inline"
          onSubmit={(e) => {
            e.preventDefault()
            if (km === null || Number.isFinite(km)) void step('deliver', (k) => api.deliver(d.id, km, k))
          }}
          data-testid="delivery-deliver-form"
        >
          <label className="field">
            <span className="field__label">{t('delivery.drivenKm')}</span>
            <input className="input" inputMode="decimal" value={drivenKm} onChange={(e) => setDrivenKm(e.target.value)} data-testid="delivery-driven-km" />
          </label>
          <button type="submit" className="button" disabled={busy || (km !== null && !Number.isFinite(km))} data-testid="delivery-deliver">
            {t('delivery.deliver')}
          </button>
        </form>
      )}
      <ActionError failure={failure} errors={{}} conflictKey="delivery.conflict" />
    </article>
  )
}
