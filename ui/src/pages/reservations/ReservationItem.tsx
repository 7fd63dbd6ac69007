import { useState, type ReactNode } from 'react'
import { useForm, useWatch, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ACTIVE_RESERVATION_STATUSES, type LocationRef, type Reservation, type ReservationRole } from '../../api'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { z } from 'zod'
import { applyProblem, FormField, message, numberText, optionalText, parseNumber, requiredText, zodResolver } from '../../forms'
import { text } from '../inventory/forms'
import { today } from '../listings/format'
import { StartThread } from '../conversations/StartThread'
import { ActionError, actionErrors, isConflict } from './ActionError'
import { EXTERNAL_OUTCOMES } from '../../api/outcomes'
import { OutcomeSelect } from '../outcome/OutcomeSelect'
import { outcomeField, outcomeOf } from '../outcome/outcomeField'
import { fromLocalInput, toLocalInput, useActionKey, useReservationFormat } from './format'
import { PickupPanel } from '../pickup/SlotPicker'
import { ReservationDelivery } from '../deliveries/ReservationDelivery'

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
          {h.outcome && (
            <div className="facts__row">
              <dt>{t('outcome.what')}</dt>
              <dd data-testid="reservation-handover-outcome">{t(`outcome.value.${h.outcome.outcome}`)}</dd>
            </div>
          )}
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

      <PickupPanel reservation={r} role={role} />

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
      {(r.status === 'CONFIRMED' || r.status === 'HANDED_OVER' || r.status === 'CANCELLED') && <ReservationDelivery reservation={r} />}

      <StartThread subjectKind="RESERVATION" subjectId={r.id} label={t('conversation.reservationThread')} testId="reservation-messages" headingLevel={4} />
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

/**
 * What the seller's forms share: the action key (a repeated action is sent with the same Idempotency-Key), the
 * failure, and the server's field errors put on the form's fields (the first focused).
 */
function useActionForm<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly Path<T>[]) {
  const key = useActionKey()
  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()
  async function submit<B>(body: B, call: (body: B, key: string) => Promise<Reservation>, done: (r: Reservation) => void, onFailed: (e: unknown) => void) {
    setFailure(undefined)
    try {
      const updated = await key.run(body, (k) => call(body, k))
      done(updated)
    } catch (error) {
      setRest(applyProblem(error, setError, fields))
      setFailure(error)
      onFailed(error)
    }
  }
  return { failure, errors: actionErrors(failure, rest), submit }
}

function ConfirmForm({ reservation: r, onDone, onFailed }: FormProps) {
  const { t } = useTranslation()
  const { reservations } = useSession()
  // ConfirmRequest: both ends, the end after the start
  const schema = z
    .object({ pickupFrom: z.string().min(1, 'validation.required'), pickupTo: z.string().min(1, 'validation.required') })
    .refine((v) => !v.pickupFrom || !v.pickupTo || v.pickupTo > v.pickupFrom, { path: ['pickupTo'], message: 'reservations.confirm.toBeforeFrom' })
  type Values = z.infer<typeof schema>
  const { control, register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    // The buyer's wish is the first proposal: from then, for an hour.
    defaultValues: {
      pickupFrom: toLocalInput(r.pickupFrom ?? r.wishedPickupAt),
      pickupTo: r.pickupTo ? toLocalInput(r.pickupTo) : toLocalInput(r.wishedPickupAt, 60),
    },
  })
  const { errors, isSubmitting: saving } = formState
  const from = useWatch({ control, name: 'pickupFrom' })
  const form = useActionForm(setError, ['pickupFrom', 'pickupTo'])
  const titleId = `confirm-${r.id}-title`

  const submit = handleSubmit((v) =>
    form.submit(
      { pickupFrom: fromLocalInput(v.pickupFrom) ?? '', pickupTo: fromLocalInput(v.pickupTo) ?? '' },
      (body, key) => reservations.confirm(r.id, body, key),
      (updated) => onDone(updated, t('reservations.confirm.done')),
      onFailed,
    ),
  )

  return (
    <form className="form panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId} data-testid="confirm-form">
      <h4 id={titleId} className="section-title section-title--small">
        {t('reservations.confirm.title')}
      </h4>
      <p className="field__hint">{t('reservations.confirm.intro')}</p>
      <fieldset className="fieldset fieldset--plain">
        <FormField label={t('reservations.confirm.from')} error={errors.pickupFrom} required>
          <input className="input" type="datetime-local" {...register('pickupFrom')} data-testid="confirm-from" />
        </FormField>
        <FormField label={t('reservations.confirm.to')} error={errors.pickupTo} required>
          <input className="input" type="datetime-local" min={from || undefined} {...register('pickupTo')} data-testid="confirm-to" />
        </FormField>
      </fieldset>
      <ActionError failure={form.failure} errors={form.errors} conflictKey="reservations.conflict" />
      <div>
        <button type="submit" className="button" disabled={saving} data-testid="reservation-confirm">
          {saving ? t('common.saving') : t('reservations.confirm.submit')}
        </button>
      </div>
    </form>
  )
}

const rejectSchema = z.object({ reason: requiredText(1000) })

function RejectForm({ reservation: r, onDone, onFailed }: FormProps) {
  const { t } = useTranslation()
  const { reservations } = useSession()
  const { register, handleSubmit, setError, formState } = useForm<z.infer<typeof rejectSchema>>({
    resolver: zodResolver(rejectSchema),
    defaultValues: { reason: '' },
  })
  const { errors, isSubmitting: saving } = formState
  const form = useActionForm(setError, ['reason'])
  const titleId = `reject-${r.id}-title`

  const submit = handleSubmit((v) =>
    form.submit(
      { reason: v.reason.trim() },
      (body, key) => reservations.reject(r.id, body, key),
      (updated) => onDone(updated, t('reservations.reject.done')),
      onFailed,
    ),
  )

  return (
    <form className="form panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId} data-testid="reject-form">
      <h4 id={titleId} className="section-title section-title--small">
        {t('reservations.reject.title')}
      </h4>
      <p className="field__hint">{t('reservations.reject.intro')}</p>
      <fieldset className="fieldset fieldset--plain">
        <FormField label={t('reservations.reject.reason')} error={errors.reason} required>
          <input className="input" {...register('reason')} data-testid="reject-reason" />
        </FormField>
      </fieldset>
      <ActionError failure={form.failure} errors={form.errors} conflictKey="reservations.conflict" />
      <div>
        <button type="submit" className="button button--danger" disabled={saving} data-testid="reservation-reject">
          {saving ? t('common.saving') : t('reservations.reject.submit')}
        </button>
      </div>
    </form>
  )
}

function HandoverForm({ reservation: r, locations, onDone, onFailed }: FormProps & { locations?: ItemProps['locations'] }) {
  const { t, i18n } = useTranslation()
  const { reservations } = useSession()
  const format = useReservationFormat()
  // HandoverRequest, and the service's rule: no more than the reservation holds
  const schema = z.object({
    quantity: numberText({ required: true, positive: true, max: 1_000_000_000 }).refine(
      (v) => (parseNumber(v) ?? 0) <= r.quantity,
      message('reservations.handover.quantityTooMuch', { quantity: format.quantity(r.quantity, r.listing.unit) }),
    ),
    handedOverOn: z.string(),
    destinationProject: optionalText(200),
    destinationAddress: optionalText(300),
    locationId: z.string(),
    // for the climate figures' transport part (km, 0–100 000, one decimal on the server)
    transportDistanceKm: numberText({ min: 0, max: 100_000 }),
    outcome: outcomeField(),
  })
  type Values = z.infer<typeof schema>
  const internal = r.seller.id === r.buyer.id
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      quantity: r.quantity.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 3, useGrouping: false }),
      handedOverOn: today(),
      destinationProject: '',
      destinationAddress: '',
      locationId: '',
      transportDistanceKm: '',
      outcome: '',
    },
  })
  const { errors, isSubmitting: saving } = formState
  const form = useActionForm(setError, ['quantity', 'handedOverOn', 'destinationProject', 'destinationAddress', 'locationId', 'transportDistanceKm', 'outcome'])
  const stocked = (locations ?? []).filter((l) => l.onHand > 0)
  const titleId = `handover-${r.id}-title`

  const submit = handleSubmit((v) => {
    const amount = parseNumber(v.quantity) as number
    return form.submit(
      {
        quantity: amount,
        handedOverOn: v.handedOverOn || null,
        destinationProject: text(v.destinationProject),
        destinationAddress: text(v.destinationAddress),
        locationId: v.locationId || null,
        transportDistanceKm: parseNumber(v.transportDistanceKm),
        outcome: outcomeOf(v.outcome),
      },
      (body, key) => reservations.handover(r.id, body, key),
      (updated) => onDone(updated, t('reservations.handover.done', { quantity: format.quantity(updated.handover?.quantity ?? amount, r.listing.unit) })),
      onFailed,
    )
  })

  return (
    <form className="form panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId} data-testid="handover-form">
      <h4 id={titleId} className="section-title section-title--small">
        {t('reservations.handover.title')}
      </h4>
      <p className="field__hint">{t('reservations.handover.intro')}</p>
      <fieldset className="fieldset fieldset--plain">
        <FormField
          label={`${t('reservations.handover.quantity')} (${t(`unit.${r.listing.unit}`)})`}
          error={errors.quantity}
          hint={t('reservations.handover.quantityHint', { quantity: format.quantity(r.quantity, r.listing.unit) })}
          required
        >
          <input className="input" type="text" inputMode="decimal" {...register('quantity')} data-testid="handover-quantity" />
        </FormField>
        <FormField label={t('reservations.handover.date')} error={errors.handedOverOn}>
          <input className="input" type="date" {...register('handedOverOn')} data-testid="handover-date" />
        </FormField>
        <FormField label={t('reservations.handover.project')} error={errors.destinationProject}>
          <input className="input" {...register('destinationProject')} data-testid="handover-project" />
        </FormField>
        <FormField label={t('reservations.handover.address')} error={errors.destinationAddress}>
          <input className="input" autoComplete="street-address" {...register('destinationAddress')} data-testid="handover-address" />
        </FormField>
        <FormField label={t('climateReport.distance')} hint={t('climateReport.distanceHint')} error={errors.transportDistanceKm}>
          <input className="input" type="text" inputMode="decimal" {...register('transportDistanceKm')} data-testid="handover-distance" />
        </FormField>
        <OutcomeSelect
          allowed={internal ? ['REUSED_INTERNAL'] : EXTERNAL_OUTCOMES}
          byDefault={internal ? 'REUSED_INTERNAL' : 'REUSED_EXTERNAL'}
          defaultLabel={internal ? undefined : t('outcome.byPrice')}
          field={register('outcome')}
          error={errors.outcome}
          testId="handover-outcome"
        />
        {stocked.length > 1 && (
          <FormField label={t('reservations.handover.location')} error={errors.locationId}>
            <select className="input" {...register('locationId')} data-testid="handover-location">
              <option value="">{t('reservations.handover.locationAuto')}</option>
              {stocked.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.code} ({format.quantity(l.onHand, r.listing.unit)})
                </option>
              ))}
            </select>
          </FormField>
        )}
      </fieldset>
      <ActionError failure={form.failure} errors={form.errors} conflictKey="reservations.conflict" />
      <div>
        <button type="submit" className="button" disabled={saving} data-testid="reservation-handover">
          {saving ? t('common.saving') : t('reservations.handover.submit')}
        </button>
      </div>
    </form>
  )
}
