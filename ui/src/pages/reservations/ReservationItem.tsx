import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTIVE_RESERVATION_STATUSES, type LocationRef, type Reservation, type ReservationRole } from '../../api'
import { Field } from '../../components/Field'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { num, text } from '../inventory/forms'
import { today } from '../listings/format'
import { ActionError, actionFieldErrors, isConflict } from './ActionError'
import { fromLocalInput, toLocalInput, useActionKey, useReservationFormat } from './format'

export interface ItemProps {
  reservation: Reservation
  /** buyer: "Mina reservationer" (cancel); seller: incoming and lot page (confirm, reject, hand over). */
  role: ReservationRole
  /** The reservation a link pointed at (a notification). */
  highlighted?: boolean
  /** The lot's stock per location (lot page): the handover may say where it is taken from. */
  locations?: (LocationRef & { onHand: number })[]
  /** After every change this item made (the answer of the server). */
  onChanged?: (reservation: Reservation) => void
}

/**
 * One reservation: what, how much, with whom, its times and handover, and what the caller may do now (the server's
 * may* flags decide which controls are shown).
 */
export function ReservationItem({ reservation, role, highlighted, locations, onChanged }: ItemProps) {
  const { t } = useTranslation()
  const { reservations } = useSession()
  const format = useReservationFormat()
  const cancelKey = useActionKey()
  const [r, setR] = useState(reservation)
  const [done, setDone] = useState<string>()
  const [notice, setNotice] = useState<string>()
  const [cancelFailure, setCancelFailure] = useState<unknown>()
  const [cancelling, setCancelling] = useState(false)
  const unit = r.listing.unit
  const active = ACTIVE_RESERVATION_STATUSES.includes(r.status)

  function changed(updated: Reservation, message: string) {
    setR(updated)
    setDone(message)
    setNotice(undefined)
    onChanged?.(updated)
  }

  /** A 409 of the data: show the reservation as it is now (the forms start again from it). */
  function failed(error: unknown) {
    if (!isConflict(error)) return
    setDone(undefined)
    reservations.get(r.id).then(
      (current) => {
        setR(current)
        setNotice(t('reservations.conflict'))
        onChanged?.(current)
      },
      () => undefined,
    )
  }

  async function cancel() {
    if (!window.confirm(t('reservations.cancelConfirm'))) return
    setCancelling(true)
    setCancelFailure(undefined)
    try {
      changed(await cancelKey.run({ cancel: r.id }, (key) => reservations.cancel(r.id, key)), t('reservations.cancelled'))
    } catch (error) {
      setCancelFailure(error)
      failed(error)
    } finally {
      setCancelling(false)
    }
  }

  const counterpart =
    role === 'buyer'
      ? r.seller.name
      : [r.buyerName ?? r.buyerUsername, r.buyer.name].filter(Boolean).join(', ')
  const facts: [string, ReactNode, string][] = [
    [t('reservations.quantity'), format.quantity(r.quantity, unit), 'reservation-quantity'],
    [role === 'buyer' ? t('reservations.seller') : t('reservations.buyer'), counterpart, 'reservation-counterpart'],
    [
      t('reservations.lot'),
      r.listing.lotCode && role === 'seller' && r.listing.stockLotId ? (
        <Link to={`/lager/poster/${r.listing.stockLotId}`} className="code">
          {r.listing.lotCode}
        </Link>
      ) : (
        r.listing.lotCode
      ),
      'reservation-lot',
    ],
    [t('reservations.createdAt'), format.dateTime(r.createdAt), 'reservation-created'],
    [t('reservations.expiresAt'), active ? format.dateTime(r.expiresAt) : null, 'reservation-expires'],
    [t('reservations.wishedPickup'), format.dateTime(r.wishedPickupAt), 'reservation-wished-pickup'],
    [
      t('reservations.pickupSlot'),
      r.pickupFrom && r.pickupTo ? t('reservations.pickupSlotValue', { from: format.dateTime(r.pickupFrom), to: format.dateTime(r.pickupTo) }) : null,
      'reservation-pickup',
    ],
    [t('reservations.rejectReason'), r.rejectReason, 'reservation-reject-reason'],
  ]
  const h = r.handover
  const sellerForms = role === 'seller' && (r.mayConfirm || r.mayReject || r.mayHandOver)
  const titleId = `reservation-${r.id}-title`

  return (
    <li
      className={`reservation${highlighted ? ' reservation--highlighted' : ''}`}
      aria-labelledby={titleId}
      aria-current={highlighted ? 'true' : undefined}
      data-testid="reservation-row"
      data-status={r.status}
      data-id={r.id}
    >
      <div className="reservation__head">
        <h3 id={titleId} className="reservation__title">
          <Link to={`/annonser/${r.listing.id}`} data-testid="reservation-listing">
            {r.listing.title}
          </Link>
        </h3>
        <span className={`badge badge--status badge--${r.status.toLowerCase()}`} data-testid="reservation-status">
          {t(`reservationStatus.${r.status}`, { defaultValue: r.status })}
        </span>
      </div>
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
      {r.message && (
        <p className="notes reservation__message" data-testid="reservation-message">
          <span className="muted">{t('reservations.message')}: </span>
          {r.message}
        </p>
      )}
      {h && (
        <dl className="facts reservation__handover" data-testid="reservation-handover">
          <div className="facts__row">
            <dt>{t('reservations.handedOver')}</dt>
            <dd data-testid="reservation-handover-quantity">
              {t('reservations.handedOverValue', { quantity: format.quantity(h.quantity, unit), date: format.date(h.handedOverOn) })}
            </dd>
          </div>
          {h.destinationProject && (
            <div className="facts__row">
              <dt>{t('reservations.destinationProject')}</dt>
              <dd data-testid="reservation-handover-project">{h.destinationProject}</dd>
            </div>
          )}
          {h.destinationAddress && (
            <div className="facts__row">
              <dt>{t('reservations.destinationAddress')}</dt>
              <dd data-testid="reservation-handover-address">{h.destinationAddress}</dd>
            </div>
          )}
          {h.by && (
            <div className="facts__row">
              <dt>{t('reservations.handedOverBy')}</dt>
              <dd>{h.by}</dd>
            </div>
          )}
        </dl>
      )}

      {done && (
        <p className="success" role="status" data-testid="reservation-done">
          {done}
        </p>
      )}
      {notice && (
        <p className="notice" role="status" data-testid="reservation-notice">
          {notice}
        </p>
      )}

      {role === 'buyer' && r.mayCancel && (
        <div className="actions">
          <button type="button" className="button button--danger" disabled={cancelling} onClick={() => void cancel()} data-testid="reservation-cancel">
            {cancelling ? t('common.saving') : t('reservations.cancel')}
          </button>
        </div>
      )}
      {role === 'buyer' && <ActionError failure={cancelFailure} errors={{}} />}

      {sellerForms && (
        // Keyed by version: after any change the forms start again from the reservation as it is now.
        <div className="action-forms" key={r.version}>
          {r.mayConfirm && <ConfirmForm reservation={r} onDone={changed} onFailed={failed} />}
          {r.mayHandOver && <HandoverForm reservation={r} locations={locations} onDone={changed} onFailed={failed} />}
          {r.mayReject && <RejectForm reservation={r} onDone={changed} onFailed={failed} />}
        </div>
      )}
    </li>
  )
}

interface FormProps {
  reservation: Reservation
  onDone: (updated: Reservation, message: string) => void
  onFailed: (error: unknown) => void
}

/** Shared state of the seller's forms: client checks, the server's field errors, the failure and the action key. */
function useActionForm(paths: string[]) {
  const key = useActionKey()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<unknown>()
  const [saving, setSaving] = useState(false)
  async function submit<T>(checked: Record<string, string>, body: T, call: (body: T, key: string) => Promise<Reservation>, done: (r: Reservation) => void, onFailed: (e: unknown) => void) {
    setFailure(undefined)
    setErrors(checked)
    if (Object.keys(checked).length > 0) return
    setSaving(true)
    try {
      const updated = await key.run(body, (k) => call(body, k))
      setSaving(false)
      done(updated)
    } catch (error) {
      setErrors(actionFieldErrors(error, paths))
      setFailure(error)
      setSaving(false)
      onFailed(error)
    }
  }
  return { errors, failure, saving, submit }
}

function ConfirmForm({ reservation: r, onDone, onFailed }: FormProps) {
  const { t } = useTranslation()
  const { reservations } = useSession()
  // The buyer's wish is the first proposal: from then, for an hour.
  const [from, setFrom] = useState(toLocalInput(r.pickupFrom ?? r.wishedPickupAt))
  const [to, setTo] = useState(r.pickupTo ? toLocalInput(r.pickupTo) : toLocalInput(r.wishedPickupAt, 60))
  const form = useActionForm(['pickupFrom', 'pickupTo'])
  const titleId = `confirm-${r.id}-title`

  function submit(event: FormEvent) {
    event.preventDefault()
    const pickupFrom = fromLocalInput(from)
    const pickupTo = fromLocalInput(to)
    const checked: Record<string, string> = {}
    if (!pickupFrom) checked.pickupFrom = t('reservations.required')
    if (!pickupTo) checked.pickupTo = t('reservations.required')
    else if (pickupFrom && pickupTo <= pickupFrom) checked.pickupTo = t('reservations.confirm.toBeforeFrom')
    void form.submit(
      checked,
      { pickupFrom: pickupFrom ?? '', pickupTo: pickupTo ?? '' },
      (body, key) => reservations.confirm(r.id, body, key),
      (updated) => onDone(updated, t('reservations.confirm.done')),
      onFailed,
    )
  }

  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby={titleId} data-testid="confirm-form">
      <h4 id={titleId} className="section-title section-title--small">
        {t('reservations.confirm.title')}
      </h4>
      <p className="field__hint">{t('reservations.confirm.intro')}</p>
      <fieldset className="fieldset fieldset--plain" disabled={form.saving}>
        <Field label={t('reservations.confirm.from')} error={form.errors.pickupFrom} required>
          <input className="input" type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="confirm-from" />
        </Field>
        <Field label={t('reservations.confirm.to')} error={form.errors.pickupTo} required>
          <input className="input" type="datetime-local" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} data-testid="confirm-to" />
        </Field>
      </fieldset>
      <ActionError failure={form.failure} errors={form.errors} conflictKey="reservations.conflict" />
      <div>
        <button type="submit" className="button" disabled={form.saving} data-testid="reservation-confirm">
          {form.saving ? t('common.saving') : t('reservations.confirm.submit')}
        </button>
      </div>
    </form>
  )
}

function RejectForm({ reservation: r, onDone, onFailed }: FormProps) {
  const { t } = useTranslation()
  const { reservations } = useSession()
  const [reason, setReason] = useState('')
  const form = useActionForm(['reason'])
  const titleId = `reject-${r.id}-title`

  function submit(event: FormEvent) {
    event.preventDefault()
    const checked: Record<string, string> = reason.trim() ? {} : { reason: t('reservations.required') }
    void form.submit(
      checked,
      { reason: reason.trim() },
      (body, key) => reservations.reject(r.id, body, key),
      (updated) => onDone(updated, t('reservations.reject.done')),
      onFailed,
    )
  }

  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby={titleId} data-testid="reject-form">
      <h4 id={titleId} className="section-title section-title--small">
        {t('reservations.reject.title')}
      </h4>
      <p className="field__hint">{t('reservations.reject.intro')}</p>
      <fieldset className="fieldset fieldset--plain" disabled={form.saving}>
        <Field label={t('reservations.reject.reason')} error={form.errors.reason} required>
          <input className="input" value={reason} onChange={(e) => setReason(e.target.value)} data-testid="reject-reason" />
        </Field>
      </fieldset>
      <ActionError failure={form.failure} errors={form.errors} conflictKey="reservations.conflict" />
      <div>
        <button type="submit" className="button button--danger" disabled={form.saving} data-testid="reservation-reject">
          {form.saving ? t('common.saving') : t('reservations.reject.submit')}
        </button>
      </div>
    </form>
  )
}

function HandoverForm({ reservation: r, locations, onDone, onFailed }: FormProps & { locations?: ItemProps['locations'] }) {
  const { t, i18n } = useTranslation()
  const { reservations } = useSession()
  const format = useReservationFormat()
  const [quantity, setQuantity] = useState(r.quantity.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 3, useGrouping: false }))
  const [date, setDate] = useState(today())
  const [project, setProject] = useState('')
  const [address, setAddress] = useState('')
  const [locationId, setLocationId] = useState('')
  const [distance, setDistance] = useState('')
  const form = useActionForm(['quantity', 'handedOverOn', 'destinationProject', 'destinationAddress', 'locationId', 'transportDistanceKm'])
  const stocked = (locations ?? []).filter((l) => l.onHand > 0)
  const titleId = `handover-${r.id}-title`

  function submit(event: FormEvent) {
    event.preventDefault()
    const amount = num(quantity)
    const checked: Record<string, string> = {}
    if (amount === null || Number.isNaN(amount) || amount <= 0) checked.quantity = t('reserve.quantityInvalid')
    else if (amount > r.quantity) checked.quantity = t('reservations.handover.quantityTooMuch', { quantity: format.quantity(r.quantity, r.listing.unit) })
    const km = distance.trim() === '' ? null : num(distance)
    if (km !== null && (Number.isNaN(km) || km < 0)) checked.transportDistanceKm = t('climateReport.distanceInvalid')
    void form.submit(
      checked,
      {
        quantity: amount as number,
        handedOverOn: date || null,
        destinationProject: text(project),
        destinationAddress: text(address),
        locationId: locationId || null,
        transportDistanceKm: km,
      },
      (body, key) => reservations.handover(r.id, body, key),
      (updated) => onDone(updated, t('reservations.handover.done', { quantity: format.quantity(updated.handover?.quantity ?? (amount as number), r.listing.unit) })),
      onFailed,
    )
  }

  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby={titleId} data-testid="handover-form">
      <h4 id={titleId} className="section-title section-title--small">
        {t('reservations.handover.title')}
      </h4>
      <p className="field__hint">{t('reservations.handover.intro')}</p>
      <fieldset className="fieldset fieldset--plain" disabled={form.saving}>
        <Field
          label={`${t('reservations.handover.quantity')} (${t(`unit.${r.listing.unit}`)})`}
          error={form.errors.quantity}
          hint={t('reservations.handover.quantityHint', { quantity: format.quantity(r.quantity, r.listing.unit) })}
          required
        >
          <input className="input" type="text" inputMode="decimal" value={quantity} onChange={(e) => setQuantity(e.target.value)} data-testid="handover-quantity" />
        </Field>
        <Field label={t('reservations.handover.date')} error={form.errors.handedOverOn}>
          <input className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="handover-date" />
        </Field>
        <Field label={t('reservations.handover.project')} error={form.errors.destinationProject}>
          <input className="input" value={project} onChange={(e) => setProject(e.target.value)} data-testid="handover-project" />
        </Field>
        <Field label={t('reservations.handover.address')} error={form.errors.destinationAddress}>
          <input className="input" value={address} autoComplete="street-address" onChange={(e) => setAddress(e.target.value)} data-testid="handover-address" />
        </Field>
        <Field label={t('climateReport.distance')} hint={t('climateReport.distanceHint')} error={form.errors.transportDistanceKm}>
          <input className="input" type="text" inputMode="decimal" value={distance} onChange={(e) => setDistance(e.target.value)} data-testid="handover-distance" />
        </Field>
        {stocked.length > 1 && (
          <Field label={t('reservations.handover.location')} error={form.errors.locationId}>
            <select className="input" value={locationId} onChange={(e) => setLocationId(e.target.value)} data-testid="handover-location">
              <option value="">{t('reservations.handover.locationAuto')}</option>
              {stocked.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.code} ({format.quantity(l.onHand, r.listing.unit)})
                </option>
              ))}
            </select>
          </Field>
        )}
      </fieldset>
      <ActionError failure={form.failure} errors={form.errors} conflictKey="reservations.conflict" />
      <div>
        <button type="submit" className="button" disabled={form.saving} data-testid="reservation-handover">
          {form.saving ? t('common.saving') : t('reservations.handover.submit')}
        </button>
      </div>
    </form>
  )
}
