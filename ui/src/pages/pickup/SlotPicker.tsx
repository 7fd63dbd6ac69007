import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useMemo, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ApiError, loadable, type Reservation, type ReservationRole } from '../../api'
import { PICKUP, PICKUP_DAYS_AHEAD, pickupKeys, type PickupBooking, type PickupSlot } from '../../api/pickup'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, useErrorText } from '../../components/LoadError'
import { applyProblem, FieldMessage, zodResolver } from '../../forms'
import { addDays, storeDay, storeToday, usePickupApi, usePickupFormat } from './shared'

/** Days of slots asked for at once (the server takes at most 31). */
const WINDOW_DAYS = 14

/**
 * The pickup time of a confirmed reservation of a stored lot: the booked slot (the seller's proposal, or the
 * buyer's own booking) with "move" and "cancel", or the picker to book one. Buyer and seller both use it; the
 * server marks a seller's booking as a proposal.
 */
export function PickupPanel({ reservation: r, role }: { reservation: Reservation; role: ReservationRole }) {
  const siteId = r.listing.storageSiteId
  if (!siteId || r.status !== 'CONFIRMED') return null
  return <Panel reservationId={r.id} siteId={siteId} role={role} />
}

function Panel({ reservationId, siteId, role }: { reservationId: string; siteId: string; role: ReservationRole }) {
  const { t } = useTranslation()
  const api = usePickupApi()
  const queryClient = useQueryClient()
  const format = usePickupFormat()
  const errorText = useErrorText()
  const titleId = useId()
  const bookingQuery = useQuery({ queryKey: pickupKeys.booking(reservationId), queryFn: () => api.booking(reservationId) })
  const booking = loadable(bookingQuery)
  const [moving, setMoving] = useState(false)
  const [done, setDone] = useState<string>()
  const cancel = useMutation({
    mutationFn: () => api.cancel(reservationId),
    onSuccess: () => {
      setDone(t('pickup.picker.cancelled'))
      return queryClient.invalidateQueries({ queryKey: [PICKUP] })
    },
  })

  const booked = booking.kind === 'loaded' ? booking.data : null
  const describe = (b: Pick<PickupBooking, 'startsAt' | 'endsAt'>) =>
    t('pickup.picker.when', { day: format.day(storeDay(b.startsAt)), time: format.span(b.startsAt, b.endsAt) })

  return (
    <section className="panel pickup-panel" aria-labelledby={titleId} data-testid="pickup-panel">
      <h4 id={titleId} className="section-title section-title--small">
        {t('pickup.picker.title')}
      </h4>
      {booking.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {booking.kind === 'failed' && <LoadError error={booking.error} onRetry={() => void bookingQuery.refetch()} />}
      {done && (
        <p className="success" role="status" data-testid="pickup-done">
          {done}
        </p>
      )}
      {booked && (
        <>
          <p data-testid="pickup-booked" data-starts-at={booked.startsAt}>
            <strong>{describe(booked)}</strong>
            {booked.bySeller && <span className="muted"> ({t('pickup.picker.proposedBySeller')})</span>}
          </p>
          {!moving && (
            <div className="actions">
              <button type="button" className="button button--secondary" onClick={() => { setDone(undefined); setMoving(true) }} data-testid="pickup-move">
                {t('pickup.picker.move')}
              </button>
              <button
                type="button"
                className="button button--danger"
                disabled={cancel.isPending}
                onClick={() => {
                  if (!window.confirm(t('pickup.picker.cancelConfirm'))) return
                  setDone(undefined)
                  cancel.mutate()
                }}
                data-testid="pickup-cancel"
              >
                {cancel.isPending ? t('common.saving') : t('pickup.picker.cancel')}
              </button>
            </div>
          )}
          {cancel.isError && <ErrorMessage {...errorText(cancel.error, 'errors.save')} />}
        </>
      )}
      {booking.kind === 'loaded' && (!booked || moving) && (
        <SlotForm
          reservationId={reservationId}
          siteId={siteId}
          mode={booked ? 'move' : role === 'seller' ? 'propose' : 'book'}
          current={booked?.startsAt}
          onBooked={(b) => {
            setMoving(false)
            setDone(t('pickup.picker.booked', { when: describe(b) }))
          }}
          onCancel={booked ? () => setMoving(false) : undefined}
        />
      )}
    </section>
  )
}

const schema = z.object({ day: z.string(), startsAt: z.string().min(1, 'pickup.picker.chooseSlot') })
type Values = z.infer<typeof schema>

interface SlotFormProps {
  reservationId: string
  siteId: string
  mode: 'book' | 'propose' | 'move'
  /** The slot booked now (moving), not offered again. */
  current?: string
  onBooked: (booking: PickupBooking) => void
  onCancel?: () => void
}

/** A day, then a free slot of it: full slots are shown but cannot be chosen; the server lists no past ones. */
export function SlotForm({ reservationId, siteId, mode, current, onBooked, onCancel }: SlotFormProps) {
  const { t } = useTranslation()
  const api = usePickupApi()
  const queryClient = useQueryClient()
  const format = usePickupFormat()
  const errorText = useErrorText()
  const today = storeToday()
  const [from, setFrom] = useState(today)
  const to = addDays(from, WINDOW_DAYS - 1)
  const slotsQuery = useQuery({ queryKey: pickupKeys.slots(siteId, from, to), queryFn: () => api.slots(siteId, from, to) })
  const slots = loadable(slotsQuery)
  const byDay = useMemo(() => {
    const days = new Map<string, PickupSlot[]>()
    if (slots.kind !== 'loaded') return days
    for (const slot of slots.data) {
      const day = storeDay(slot.startsAt)
      days.set(day, [...(days.get(day) ?? []), slot])
    }
    return days
  }, [slots])
  const firstOpen = [...byDay.entries()].find(([, s]) => s.some((slot) => slot.free > 0))?.[0] ?? [...byDay.keys()][0] ?? ''

  const { control, register, handleSubmit, setError, setValue, clearErrors, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { day: '', startsAt: '' },
  })
  const chosenDay = useWatch({ control, name: 'day' })
  const day = byDay.has(chosenDay) ? chosenDay : firstOpen
  // A new window of days starts on its first day with a free slot.
  useEffect(() => {
    if (!byDay.has(chosenDay) && firstOpen) setValue('day', firstOpen)
  }, [byDay, chosenDay, firstOpen, setValue])

  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()
  const book = useMutation({
    mutationFn: (startsAt: string) => api.book(reservationId, startsAt),
    onSuccess: async (booking) => {
      await queryClient.invalidateQueries({ queryKey: [PICKUP] })
      onBooked(booking)
    },
    onError: (error) => {
      setFailure(error)
      setRest(applyProblem(error, setError, ['startsAt']))
      // A full slot (or one gone meanwhile): show the slots as they are now.
      if (error instanceof ApiError && (error.status === 409 || error.status === 422)) {
        void queryClient.invalidateQueries({ queryKey: [PICKUP, 'slots', siteId] })
      }
    },
  })
  const submit = handleSubmit((v) => {
    setFailure(undefined)
    setRest(undefined)
    book.mutate(v.startsAt)
  })

  const legendId = useId()
  const daySlots = byDay.get(day) ?? []
  const lastDay = addDays(today, PICKUP_DAYS_AHEAD)
  const noHours = slots.kind === 'failed' && slots.error instanceof ApiError && slots.error.status === 404
  const submitLabel = mode === 'move' ? t('pickup.picker.moveSubmit') : mode === 'propose' ? t('pickup.picker.propose') : t('pickup.picker.book')

  if (noHours) {
    return (
      <p className="notice" data-testid="pickup-no-hours">
        {t('pickup.picker.noHours')}
      </p>
    )
  }
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="pickup-form">
      <p className="field__hint">{mode === 'propose' ? t('pickup.picker.introSeller') : t('pickup.picker.intro')}</p>
      {slots.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {slots.kind === 'failed' && <LoadError error={slots.error} onRetry={() => void slotsQuery.refetch()} />}
      {slots.kind === 'loaded' && (
        <>
          <div className="toolbar">
            <button type="button" className="button button--secondary" disabled={from <= today} onClick={() => setFrom(addDays(from, -WINDOW_DAYS) < today ? today : addDays(from, -WINDOW_DAYS))} data-testid="pickup-earlier">
              {t('pickup.picker.earlier')}
            </button>
            <button type="button" className="button button--secondary" disabled={to >= lastDay} onClick={() => setFrom(addDays(from, WINDOW_DAYS))} data-testid="pickup-later">
              {t('pickup.picker.later')}
            </button>
          </div>
          {byDay.size === 0 ? (
            <p data-testid="pickup-no-slots">{t('pickup.picker.noSlots', { from: format.dayShort(from), to: format.dayShort(to) })}</p>
          ) : (
            <>
              <label className="field">
                <span className="field__label">{t('pickup.picker.day')}</span>
                <select
                  className="input"
                  {...register('day', { onChange: () => clearErrors('startsAt') })}
                  value={day}
                  data-testid="pickup-day"
                >
                  {[...byDay.entries()].map(([d, s]) => {
                    const free = s.filter((slot) => slot.free > 0).length
                    return (
                      <option key={d} value={d}>
                        {free > 0 ? t('pickup.picker.dayOption', { day: format.day(d), count: free }) : t('pickup.picker.dayFull', { day: format.day(d) })}
                      </option>
                    )
                  })}
                </select>
              </label>
              <fieldset className="fieldset fieldset--plain" aria-labelledby={legendId} aria-describedby={formState.errors.startsAt ? `${legendId}-error` : undefined}>
                <legend id={legendId} className="field__label">
                  {t('pickup.picker.slot')}
                </legend>
                <ul className="slot-grid" data-testid="pickup-slots">
                  {daySlots.map((slot) => {
                    const full = slot.free <= 0
                    const isCurrent = current !== undefined && new Date(current).getTime() === new Date(slot.startsAt).getTime()
                    return (
                      <li key={slot.startsAt}>
                        <label className={`slot${full ? ' slot--full' : ''}`} data-testid="pickup-slot" data-starts-at={slot.startsAt} data-free={slot.free}>
                          <input type="radio" value={slot.startsAt} disabled={full || isCurrent} {...register('startsAt')} data-testid="pickup-slot-input" />
                          <span className="slot__time">{format.span(slot.startsAt, slot.endsAt)}</span>
                          <span className="slot__free">
                            {isCurrent ? t('pickup.picker.currentSlot') : full ? t('pickup.picker.full') : t('pickup.picker.free', { free: slot.free, capacity: slot.capacity })}
                          </span>
                        </label>
                      </li>
                    )
                  })}
                </ul>
                {formState.errors.startsAt?.message && (
                  <div id={`${legendId}-error`} role="alert">
                    <FieldMessage message={formState.errors.startsAt.message} />
                  </div>
                )}
              </fieldset>
            </>
          )}
        </>
      )}
      {failure !== undefined && rest !== undefined && <ErrorMessage {...errorText(failure, 'errors.save')} detail={rest} />}
      <div className="actions">
        <button type="submit" className="button" disabled={book.isPending || slots.kind !== 'loaded' || byDay.size === 0} data-testid="pickup-submit">
          {book.isPending ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel} data-testid="pickup-move-cancel">
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
