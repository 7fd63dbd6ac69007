import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Listing, Reservation, ReservationRequest } from '../../api'
import { Field } from '../../components/Field'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { num, text } from '../inventory/forms'
import { ActionError, actionFieldErrors, isConflict } from '../reservations/ActionError'
import { fromLocalInput, useActionKey, useReservationFormat } from '../reservations/format'

const PATHS = ['quantity', 'message', 'wishedPickupAt']

/**
 * "Reservera": reserves some of a listing (at most what is available). A modal <dialog>; after sending it shows
 * the reservation and how long it holds, with a way on to "Mina reservationer".
 */
export function ReserveDialog({
  listing,
  onClose,
  onChanged,
}: {
  listing: Listing
  onClose: () => void
  /** The listing's available quantity changed (reserved, or someone else was faster): load it again. */
  onChanged: () => void
}) {
  const { t, i18n } = useTranslation()
  const { reservations } = useSession()
  const format = useReservationFormat()
  const actionKey = useActionKey()
  const dialog = useRef<HTMLDialogElement>(null)
  const available = listing.available
  const [quantity, setQuantity] = useState(
    available.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 3, useGrouping: false }),
  )
  const [message, setMessage] = useState('')
  const [pickup, setPickup] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<unknown>()
  const [saving, setSaving] = useState(false)
  const [created, setCreated] = useState<Reservation>()

  useEffect(() => {
    const element = dialog.current
    // No close() on cleanup: its close event would arrive after StrictMode's second mount and shut the dialog.
    if (element && !element.open) element.showModal()
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    setFailure(undefined)
    const amount = num(quantity)
    const checked: Record<string, string> = {}
    if (amount === null || Number.isNaN(amount) || amount <= 0) checked.quantity = t('reserve.quantityInvalid')
    else if (amount > available) checked.quantity = t('reserve.quantityTooMuch', { quantity: format.quantity(available, listing.unit) })
    setErrors(checked)
    if (Object.keys(checked).length > 0) return
    const body: ReservationRequest = {
      listingId: listing.id,
      quantity: amount as number,
      message: text(message),
      wishedPickupAt: fromLocalInput(pickup),
    }
    setSaving(true)
    try {
      const reservation = await actionKey.run(body, (key) => reservations.create(body, key))
      setCreated(reservation)
      onChanged()
    } catch (error) {
      setErrors(actionFieldErrors(error, PATHS))
      setFailure(error)
      if (isConflict(error)) onChanged()
    } finally {
      setSaving(false)
    }
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="reserve-title" onClose={onClose} data-testid="reserve-dialog">
      {created ? (
        <div className="form" data-testid="reserve-done">
          <h2 id="reserve-title" className="section-title">
            {t('reserve.doneTitle')}
          </h2>
          <p className="success" role="status">
            {t('reserve.done', { quantity: format.quantity(created.quantity, created.listing.unit), title: created.listing.title })}{' '}
            {created.expiresAt && <span data-testid="reserve-expires">{t('reserve.expires', { expires: format.dateTime(created.expiresAt) })}</span>}
          </p>
          <div className="actions">
            <Link to={`/reservationer?id=${encodeURIComponent(created.id)}`} className="button" data-testid="reserve-my-reservations">
              {t('reserve.myReservations')}
            </Link>
            <button type="button" className="button button--secondary" onClick={onClose} data-testid="reserve-close">
              {t('reserve.close')}
            </button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <h2 id="reserve-title" className="section-title">
            {t('reserve.title')}
          </h2>
          <p className="muted">{t('reserve.intro', { title: listing.title, organisation: listing.organisation.name })}</p>
          <fieldset className="fieldset fieldset--plain" disabled={saving}>
            <Field
              label={t('reserve.quantity', { unit: t(`unit.${listing.unit}`) })}
              error={errors.quantity}
              hint={t('reserve.quantityHint', { quantity: format.quantity(available, listing.unit) })}
              required
            >
              <input className="input" type="text" inputMode="decimal" value={quantity} onChange={(e) => setQuantity(e.target.value)} data-testid="reserve-quantity" />
            </Field>
            <Field label={t('reserve.message')} error={errors.message}>
              <textarea className="input" rows={3} value={message} onChange={(e) => setMessage(e.target.value)} data-testid="reserve-message" />
            </Field>
            <Field label={t('reserve.pickup')} error={errors.wishedPickupAt} hint={t('reserve.pickupHint')}>
              <input className="input" type="datetime-local" value={pickup} onChange={(e) => setPickup(e.target.value)} data-testid="reserve-pickup" />
            </Field>
          </fieldset>
          <ActionError failure={failure} errors={errors} conflictKey="reserve.conflict" />
          <div className="actions">
            <button type="submit" className="button" disabled={saving} data-testid="reserve-submit">
              {saving ? t('reserve.sending') : t('reserve.submit')}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose} data-testid="reserve-cancel">
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  )
}
