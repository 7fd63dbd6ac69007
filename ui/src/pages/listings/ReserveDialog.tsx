import { useEffect, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Listing, Reservation, ReservationRequest } from '../../api'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { z } from 'zod'
import { applyProblem, FormField, message, numberText, optionalText, parseNumber, zodResolver } from '../../forms'
import { text } from '../inventory/forms'
import { ActionError, actionErrors, isConflict } from '../reservations/ActionError'
import { fromLocalInput, useActionKey, useReservationFormat } from '../reservations/format'

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
  const schema = z.object({
    // ReservationRequest: more than 0, and (the service's rule) at most what the listing has available
    quantity: numberText({ required: true, positive: true, max: 1_000_000_000 }).refine(
      (v) => (parseNumber(v) ?? 0) <= available,
      message('reserve.quantityTooMuch', { quantity: format.quantity(available, listing.unit) }),
    ),
    message: optionalText(2000),
    wishedPickupAt: z.string(),
  })
  type Values = z.infer<typeof schema>
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      quantity: available.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 3, useGrouping: false }),
      message: '',
      wishedPickupAt: '',
    },
  })
  const { errors, isSubmitting: saving } = formState
  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()
  const [created, setCreated] = useState<Reservation>()

  useEffect(() => {
    const element = dialog.current
    // No close() on cleanup: its close event would arrive after StrictMode's second mount and shut the dialog.
    if (element && !element.open) element.showModal()
  }, [])

  const submit = handleSubmit(async (values) => {
    setFailure(undefined)
    const body: ReservationRequest = {
      listingId: listing.id,
      quantity: parseNumber(values.quantity) as number,
      message: text(values.message),
      wishedPickupAt: fromLocalInput(values.wishedPickupAt),
    }
    try {
      const reservation = await actionKey.run(body, (key) => reservations.create(body, key))
      setCreated(reservation)
      onChanged()
    } catch (error) {
      setRest(applyProblem(error, setError, ['quantity', 'message', 'wishedPickupAt']))
      setFailure(error)
      if (isConflict(error)) onChanged()
    }
  })

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
          <fieldset className="fieldset fieldset--plain">
            <FormField
              label={t('reserve.quantity', { unit: t(`unit.${listing.unit}`) })}
              error={errors.quantity}
              hint={t('reserve.quantityHint', { quantity: format.quantity(available, listing.unit) })}
              required
            >
              <input className="input" type="text" inputMode="decimal" {...register('quantity')} data-testid="reserve-quantity" />
            </FormField>
            <FormField label={t('reserve.message')} error={errors.message}>
              <textarea className="input" rows={3} {...register('message')} data-testid="reserve-message" />
            </FormField>
            <FormField label={t('reserve.pickup')} error={errors.wishedPickupAt} hint={t('reserve.pickupHint')}>
              <input className="input" type="datetime-local" {...register('wishedPickupAt')} data-testid="reserve-pickup" />
            </FormField>
          </fieldset>
          <ActionError failure={failure} errors={actionErrors(failure, rest)} conflictKey="reserve.conflict" />
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
